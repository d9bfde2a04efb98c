// A multinomial logistic regression over named features: the follow-up status model.
// The fit is deterministic (zero start, full-batch gradient descent, a fixed number
// of steps, no randomness), so the training script reproduces the committed weights.

/** Named feature values, each in [0, 1]; a feature not given is 0. */
export type Features = Record<string, number>;

export interface Model {
  classes: string[];
  /** Feature ids, in the order of each class's weights. */
  features: string[];
  /** Per class, its bias and one weight per feature. */
  bias: number[];
  weights: number[][];
}

export interface Example {
  features: Features;
  label: string;
}

export interface FitOptions {
  steps: number;
  rate: number;
  /** L2 penalty on the weights (not the biases): keeps a feature seen in few examples from deciding alone. */
  penalty: number;
}

export const FIT: FitOptions = { steps: 3000, rate: 0.5, penalty: 0.01 };

function softmax(scores: number[]): number[] {
  const top = Math.max(...scores);
  const exps = scores.map((s) => Math.exp(s - top));
  const sum = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / sum);
}

const rowOf = (ids: string[], features: Features) => ids.map((id) => features[id] ?? 0);

export function fit(examples: Example[], classes: string[], options: FitOptions = FIT): Model {
  const ids = [...new Set(examples.flatMap((e) => Object.keys(e.features)))].sort();
  const rows = examples.map((e) => rowOf(ids, e.features));
  const labels = examples.map((e) => classes.indexOf(e.label));
  const bias = classes.map(() => 0);
  const weights = classes.map(() => ids.map(() => 0));
  const n = examples.length;
  for (let step = 0; step < options.steps; step++) {
    const gradBias = classes.map(() => 0);
    const grad = classes.map(() => ids.map(() => 0));
    rows.forEach((row, i) => {
      const p = softmax(classes.map((_, k) => scoreOf(bias[k]!, weights[k]!, row)));
      p.forEach((pk, k) => {
        const error = pk - (labels[i] === k ? 1 : 0);
        gradBias[k]! += error / n;
        row.forEach((x, j) => {
          if (x !== 0) grad[k]![j]! += (error * x) / n;
        });
      });
    });
    classes.forEach((_, k) => {
      bias[k]! -= options.rate * gradBias[k]!;
      ids.forEach((_, j) => {
        weights[k]![j]! -= options.rate * (grad[k]![j]! + options.penalty * weights[k]![j]!);
      });
    });
  }
  const round = (x: number) => Number(x.toFixed(4));
  return { classes, features: ids, bias: bias.map(round), weights: weights.map((w) => w.map(round)) };
}

function scoreOf(bias: number, weights: number[], row: number[]): number {
  let score = bias;
  row.forEach((x, j) => (score += x * weights[j]!));
  return score;
}

export interface Prediction {
  label: string;
  probability: number;
  /** The features that most raised the chosen class against the others, strongest first. */
  strongest: string[];
}

export function predict(model: Model, features: Features): Prediction {
  const row = rowOf(model.features, features);
  const p = softmax(model.classes.map((_, k) => scoreOf(model.bias[k]!, model.weights[k]!, row)));
  const k = p.indexOf(Math.max(...p));
  // A feature's pull towards the chosen class: its weight there over its mean weight across classes, times its value.
  const pull = model.features.map((id, j) => {
    const mean = model.weights.reduce((sum, w) => sum + w[j]!, 0) / model.classes.length;
    return { id, pull: row[j]! * (model.weights[k]![j]! - mean) };
  });
  const strongest = pull.filter((f) => f.pull > 0).sort((a, b) => b.pull - a.pull).slice(0, 2).map((f) => f.id);
  return { label: model.classes[k]!, probability: p[k]!, strongest };
}
