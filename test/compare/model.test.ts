import { describe, expect, it } from 'vitest';
import { fit, predict, type Example } from '../../src/compare/model.js';
import wordings from '../../src/compare/lexicon/followup.json' with { type: 'json' };

const F = wordings.features.ids;
const CLASSES = ['addressed', 'partly', 'no-evidence'];
// Follow-ups reduced to the features that tell them apart: completion said, effort said, nothing named.
const done = { [F.completion]: 1, [F.pairCoverBest]: 1 };
const worked = { [F.effort]: 1, [F.pairCoverBest]: 1 };
const none = { [F.pairCoverBest]: 0.1 };
const examples: Example[] = [
  ...Array.from({ length: 6 }, () => ({ features: done, label: 'addressed' })),
  ...Array.from({ length: 4 }, () => ({ features: worked, label: 'partly' })),
  ...Array.from({ length: 5 }, () => ({ features: none, label: 'no-evidence' })),
  // One follow-up the features cannot explain: a fit must not chase it.
  { features: worked, label: 'addressed' },
];

describe('the follow-up status model', () => {
  const model = fit(examples, CLASSES);

  // [features, status, the features that pulled towards it, strongest first]
  const cases: Array<[Record<string, number>, string, string[]]> = [
    [done, 'addressed', [F.completion, F.pairCoverBest]],
    [worked, 'partly', [F.effort, F.pairCoverBest]],
    // Nothing present argues for no-evidence: its bias decides, and the reason names no feature.
    [none, 'no-evidence', []],
  ];
  it.each(cases)('%o → %s', (features, status, strongest) => {
    const prediction = predict(model, features);
    expect(prediction.label).toBe(status);
    expect(prediction.strongest).toEqual(strongest);
  });

  it('fits the same weights every time (no randomness: the training script reproduces them)', () => {
    expect(fit(examples, CLASSES)).toEqual(model);
    expect(model.features).toEqual([...model.features].sort());
  });
});
