import { describe, expect, it } from 'vitest';
import { readDocument } from '../src/ingest/index.js';
import { analyzeDocument } from '../src/pipeline.js';
import type { Analysis } from '../src/types.js';

const squeeze = (text: string) => text.replace(/\s+/g, '');
const outline = (analysis: Analysis) =>
  analysis.sections.map((s) => [s.level, s.role, squeeze(s.heading ?? ''), squeeze(analysis.text.slice(s.start, s.end)).length]);

describe('one report in every format', async () => {
  const seed = analyzeDocument(await readDocument('corpus/xuchang-demo-zone-2021.txt'));
  it.each([
    ['xuchang.gb18030.txt', 'gb18030'],
    ['xuchang.utf16le.txt', 'utf-16le'],
    ['xuchang.utf16be.txt', 'utf-16be'],
    ['xuchang.utf8bom.txt', 'utf-8'],
    ['xuchang.html', 'gb18030'],
    ['xuchang.docx', null],
    ['xuchang.pdf', null],
  ])('%s gives the same text, sections and figures', async (file, encoding) => {
    const analysis = analyzeDocument(await readDocument(`test/fixtures/${file}`));
    expect(analysis.source.encoding).toBe(encoding);
    expect(squeeze(analysis.text)).toBe(squeeze(seed.text));
    expect(outline(analysis)).toEqual(outline(seed));
    expect(analysis.meta).toEqual(seed.meta);
    expect(analysis.figures.map((f) => [f.surface, f.value, f.label])).toEqual(seed.figures.map((f) => [f.surface, f.value, f.label]));
  });

  it('--until stops after a stage', () => {
    expect(analyzeDocument({ ...seedDoc(seed), text: seed.text }, { until: 'normalize' }).sections).toEqual([]);
  });
});

function seedDoc(seed: Analysis) {
  return { name: seed.source.name, format: seed.source.format, encoding: seed.source.encoding, sha256: seed.source.sha256, bytes: 0, text: '' };
}
