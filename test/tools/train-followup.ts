// `npm run train:followup`: the follow-up status model (src/eval/train.ts) measured
// against the hand rules, held out by pair over the opened status gold: precision and
// recall of each status, then the weights fitted on every pair. The model is worth
// keeping only where it beats the rules on pairs it did not see; so far it does not
// (docs/followup-model.md), and the rules decide.
import { share, type StatusScore } from '../../src/eval/evidence.js';
import { byModel, byRules, fitRows, heldOut, trainingRows } from '../../src/eval/train.js';

const format = (name: string, counts: StatusScore['counts']) =>
  [`${name}`, ...Object.entries(counts).map(([status, c]) => `  ${status.padEnd(12)} gold ${String(c.gold).padStart(4)} called ${String(c.called).padStart(4)} right ${String(c.right).padStart(4)}  P ${share(c.right, c.called).padStart(6)}  R ${share(c.right, c.gold).padStart(6)}`)].join('\n');

const rows = await trainingRows('corpus');
console.log(`${rows.length} commitments of ${new Set(rows.map((r) => r.pair)).size} pairs, held out by pair`);
console.log(format('hand rules', heldOut(rows, byRules)));
console.log(format('model over every commitment', heldOut(rows, byModel())));
// The rules least often right on the opened gold (about half): where a model might help most.
for (const rule of ['followup:names-part', 'followup:stated-outcome']) console.log(format(`model where the rules say ${rule}`, heldOut(rows, byModel(new Set([rule])))));
console.log(format('model where the rules say either', heldOut(rows, byModel(new Set(['followup:names-part', 'followup:stated-outcome'])))));
const model = fitRows(rows);
console.log('fitted on every pair: the strongest weights of each status');
model.classes.forEach((status, k) => {
  const strongest = model.features.map((id, j) => ({ id, weight: model.weights[k]![j]! })).sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight)).slice(0, 6);
  console.log(`  ${status.padEnd(12)} bias ${model.bias[k]}  ${strongest.map(({ id, weight }) => `${id} ${weight}`).join(', ')}`);
});
