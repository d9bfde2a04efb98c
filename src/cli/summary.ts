// The readable summary `nianbao analyze` prints for one report.
import { diagnosticCount } from '../output/columns.js';
import { clip } from '../output/table.js';
import type { Analysis, SectionRole } from '../types.js';

const ROLES: SectionRole[] = ['preamble', 'review', 'problems', 'plans', 'closing'];


export function summarize(analysis: Analysis, path: string): string {
  const { source, meta, sections, sentences, figures } = analysis;
  const encoding = source.encoding ? `, ${source.encoding}` : '';
  const counts = ROLES.map((role) => [role, sections.filter((s) => s.role === role).length] as const)
    .filter(([, n]) => n > 0)
    .map(([role, n]) => `${role} ${n}`)
    .join(', ');
  const lines = [
    `${path}  (${source.format}${encoding}, ${source.chars} chars)`,
    `  title      ${meta.title ?? '—'}`,
    `  issuer     ${meta.issuer ?? '—'}`,
    `  year       ${meta.year ?? '—'}`,
    `  issued     ${meta.issuedDate ?? '—'}`,
    `  kind       ${meta.kind ?? '—'}`,
    `  sections   ${sections.length} (${counts})`,
  ];
  for (const section of sections.filter((s) => s.level <= 2)) {
    const heading = section.heading ?? `[${clip(analysis.text.slice(section.start, section.end).split('\n')[0]!, 48)}]`;
    lines.push(`    ${'  '.repeat(section.level - 1)}${section.role.padEnd(9)} ${clip(heading, 80)}`);
  }
  const targets = figures.filter((f) => f.modality === 'target').length;
  lines.push(`  sentences  ${sentences.length}`);
  lines.push(`  figures    ${figures.length} (${figures.length - targets} actual, ${targets} target)`);
  lines.push(`  commitments ${analysis.commitments.length} (${analysis.commitments.filter((c) => c.targets.length > 0).length} with targets)`);
  lines.push(`  problems   ${analysis.problems.length}`);
  const guessed = diagnosticCount(analysis.diagnostics.filter((d) => !d.rule.startsWith('not-figure:')));
  const all = diagnosticCount(analysis.diagnostics);
  lines.push(`  diagnostics ${all} (${all - guessed} numbers not kept, ${guessed} figures read by a guess; --json lists them, past 200 of a rule counted)`);
  if (analysis.tokens) lines.push(`  tokens     ${analysis.tokens.length}`);
  return lines.join('\n');
}
