// Every reason the server gives for a target verdict reads in Chinese on the
// compare page: the reasons of real consecutive pairs, each translated by
// web/src/reasons.ts. A form the page does not know shows the server's English.
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/compare/index.js';
import { readDocument } from '../../src/ingest/index.js';
import { analyzeDocument } from '../../src/pipeline.js';
import scopeRules from '../../src/compare/lexicon/scope.json' with { type: 'json' };
import { reasonText } from '../../web/src/reasons.js';

const PAIRS = [
  ['state-council-gwr-2019', 'state-council-gwr-2020'],
  ['state-council-gwr-2020', 'state-council-gwr-2021'],
  ['state-council-gwr-2022', 'state-council-gwr-2023'],
  ['hubei-gwr-2025', 'hubei-gwr-2026'],
  ['shandong-gwr-2025', 'shandong-gwr-2026'],
  ['guizhou-gwr-2025', 'guizhou-gwr-2026'],
];

const SCOPE_IDS = Object.values(scopeRules).flatMap((group) => (typeof group === 'object' && 'id' in group ? [group.id] : []));

describe('reasonText', () => {
  it.each(SCOPE_IDS)('%s: the scope rule said in Chinese', (id) => {
    expect(reasonText(`${id}: the target counts one thing, the outcome another`)).toMatch(/^[^A-Za-z]+$/);
  });

  it.each(PAIRS)('%s → %s: every verdict reason in Chinese', async (older, newer) => {
    const analyse = async (name: string) => analyzeDocument(await readDocument(`corpus/${name}.txt`));
    const { targets } = compare(await analyse(older), await analyse(newer));
    const english = targets.map((t) => `${t.rule}: ${reasonText(t.reason)}`).filter((text) => /[A-Za-z]{3,} [A-Za-z]{3,}/.test(text.replace(/^\S+: /, '')));
    expect(english).toEqual([]);
  });
});
