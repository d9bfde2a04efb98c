// Precision of `addressed`: every commitment the tool calls addressed, with its
// best evidence, looked up in hand-made judgements (corpus/verdicts/evidence.gold.jsonl:
// does this sentence show the promised thing was done?).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { followUpCommitments } from '../compare/evidence.js';
import { readDocument } from '../ingest/index.js';
import { analyzeDocument } from '../pipeline.js';

interface Judgement {
  pair: string;
  commitment: string;
  evidence: string;
  addressed: boolean;
}

export interface EvidenceScore {
  addressed: number;
  right: number;
  wrong: number;
  /** Calls whose evidence nobody has judged yet: re-judge when this grows. */
  unjudged: number;
  wrongExamples: string[];
}

export async function evaluateEvidence(folder: string): Promise<EvidenceScore> {
  const lines = (await readFile(join(folder, 'verdicts', 'evidence.gold.jsonl'), 'utf8')).trim().split('\n');
  const judgements = lines.map((line) => JSON.parse(line) as Judgement);
  const verdict = new Map(judgements.map((j) => [`${j.pair}|${j.commitment}|${j.evidence}`, j.addressed]));
  const score: EvidenceScore = { addressed: 0, right: 0, wrong: 0, unjudged: 0, wrongExamples: [] };
  for (const pair of new Set(judgements.map((j) => j.pair))) {
    const [from, to] = pair.split('__');
    const older = analyzeDocument(await readDocument(join(folder, `${from}.txt`)));
    const newer = analyzeDocument(await readDocument(join(folder, `${to}.txt`)));
    for (const followUp of followUpCommitments(older, newer).filter((f) => f.status === 'addressed')) {
      score.addressed++;
      const judged = verdict.get(`${pair}|${followUp.text}|${followUp.evidence[0]!.text}`);
      if (judged === undefined) score.unjudged++;
      else if (judged) score.right++;
      else {
        score.wrong++;
        score.wrongExamples.push(`${followUp.text.slice(0, 30)} → ${followUp.evidence[0]!.text.slice(0, 40)}`);
      }
    }
  }
  return score;
}

export function formatEvidence(score: EvidenceScore, verbose: boolean): string {
  const judged = score.right + score.wrong;
  const lines = [
    '\ncommitment evidence (gold: corpus/verdicts/evidence.gold.jsonl)',
    `  addressed calls    ${score.addressed} (${score.unjudged} not yet judged)`,
    `  precision          ${score.right}/${judged} (${judged === 0 ? '—' : ((score.right / judged) * 100).toFixed(1)}%)`,
  ];
  if (verbose) for (const example of score.wrongExamples) lines.push(`    wrong  ${example}`);
  return lines.join('\n');
}
