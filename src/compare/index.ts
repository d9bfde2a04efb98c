// Two reports of one body side by side: aligned figures, targets judged
// against outcomes, commitments followed up, and what the text carried over.
import type { Analysis, Comparison, ReportRef } from '../types.js';
import { followUpCommitments } from './evidence.js';
import { alignFigures } from './figures.js';
import { judgeTargets } from './targets.js';
import { alignSections, findReuse } from './text.js';

function refOf(analysis: Analysis): ReportRef {
  return { name: analysis.source.name, ...analysis.meta };
}

export function compare(older: Analysis, newer: Analysis): Comparison {
  const targets = judgeTargets(older, newer);
  return {
    from: refOf(older),
    to: refOf(newer),
    figures: alignFigures(older, newer),
    targets: targets.distinct,
    commitments: followUpCommitments(older, newer, targets.all),
    sections: alignSections(older, newer),
    reuse: findReuse(older, newer),
  };
}
