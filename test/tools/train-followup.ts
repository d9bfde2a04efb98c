// `npm run train:followup`: fits the follow-up status model on the opened status
// gold (src/eval/train.ts) and writes src/compare/lexicon/followup-model.json; first
// prints the held-out (leave one pair out) precision and recall of the hand rules
// and of the model, so a model is kept only where it beats the rules on pairs it did not see.
import { writeFileSync } from 'node:fs';
import { byModel, byRules, fitStatuses, heldOut, trainingRows, type Counts } from '../../src/eval/train.js';

const share = (part: number, whole: number) => (whole === 0 ? '—' : `${((part / whole) * 100).toFixed(1)}%`);
const format = (name: string, counts: Counts) =>
  [`${name}`, ...Object.entries(counts).map(([status, c]) => `  ${status.padEnd(12)} gold ${String(c.gold).padStart(4)} called ${String(c.called).padStart(4)} right ${String(c.right).padStart(4)}  P ${share(c.right, c.called).padStart(6)}  R ${share(c.right, c.gold).padStart(6)}`)].join('\n');

const rows = await trainingRows('corpus');
console.log(`${rows.length} commitments of ${new Set(rows.map((r) => r.pair)).size} pairs, held out by pair`);
console.log(format('hand rules', heldOut(rows, byRules)));
console.log(format('model over every commitment', heldOut(rows, byModel())));
if (process.argv.includes('--dump')) writeFileSync('/tmp/fm9/rows.json', JSON.stringify(rows));
if (process.argv.includes('--write')) {
  writeFileSync('src/compare/lexicon/followup-model.json', `${JSON.stringify(fitStatuses(rows), null, 2)}\n`);
}
