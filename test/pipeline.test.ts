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

  it.each([
    ['normalize', { sections: false, tokens: false, figures: false }],
    ['structure', { sections: true, tokens: false, figures: false }],
    ['segment', { sections: true, tokens: true, figures: false }],
    ['extract', { sections: true, tokens: false, figures: true }],
  ] as const)('--until %s stops after that stage', (until, reached) => {
    const analysis = analyzeDocument({ ...seedDoc(seed), text: seed.text }, { until });
    expect({
      sections: analysis.sections.length > 0,
      tokens: (analysis.tokens?.length ?? 0) > 0,
      figures: analysis.figures.length > 0,
    }).toEqual(reached);
  });
});

function seedDoc(seed: Analysis) {
  return { name: seed.source.name, format: seed.source.format, encoding: seed.source.encoding, sha256: seed.source.sha256, bytes: 0, text: '' };
}
