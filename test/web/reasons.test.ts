// Every reason the server gives for a target verdict reads in Chinese on the
// compare page: the verdicts of real consecutive pairs, each said by its rule
// in web/src/reasons.ts. A rule the page does not know shows the server's
// English, marked untranslated.
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/compare/index.js';
import { readDocument } from '../../src/ingest/index.js';
import { analyzeDocument } from '../../src/pipeline.js';
import scopeRules from '../../src/compare/lexicon/scope.json' with { type: 'json' };
import verdictRules from '../../src/compare/lexicon/verdicts.json' with { type: 'json' };
import type { TargetCheck } from '../../src/types.js';
import { reasonOf, TRANSLATED_RULES } from '../../web/src/reasons.js';

const PAIRS = [
  ['state-council-gwr-2019', 'state-council-gwr-2020'],
  ['state-council-gwr-2020', 'state-council-gwr-2021'],
  ['state-council-gwr-2022', 'state-council-gwr-2023'],
  ['hubei-gwr-2025', 'hubei-gwr-2026'],
  ['shandong-gwr-2025', 'shandong-gwr-2026'],
  ['guizhou-gwr-2025', 'guizhou-gwr-2026'],
];

const SCOPE_IDS = Object.values(scopeRules).flatMap((group) => (typeof group === 'object' && 'id' in group ? [group.id] : []));
const VERDICT_IDS = verdictRules.rules.map((rule) => rule.id);

const side = (surface: string, label: string) => ({ value: 0, valueMax: null, qualifier: 'exact' as const, surface, label, sentence: '', start: 0 });
/** A verdict as the server gives it, with a target of 城镇新增就业 900万人 unless said. */
const check = (rule: string, verdict: TargetCheck['verdict'], reason: string, actual: TargetCheck['actual'] = null) => ({
  rule,
  verdict,
  reason,
  target: side('900万人', '城镇新增就业'),
  actual,
});

describe('reasonOf', () => {
  // [the verdict, what the page says]: the numbers and quotes of real reasons (src/compare/targets.ts).
  const cases: Array<[ReturnType<typeof check>, string]> = [
    [check('verdict:floor', 'met', '1186万人 vs 900万人: at least reached'), '实际 1186万人，目标不少于 900万人：已达到'],
    [check('verdict:floor', 'missed', '850万人 vs 900万人: below the floor'), '实际 850万人，目标不少于 900万人：没有达到'],
    [check('verdict:ceiling', 'missed', '3.6% vs 3.5%: above the ceiling'), '实际 3.6%，目标不超过 3.5%：超出了'],
    [check('verdict:good-side', 'met', '7.7% vs 7.5%: on the good side (higher is better)'), '实际 7.7%，目标 7.5%：此项越高越好，已做到'],
    [check('verdict:about', 'met', '7.4% vs 7.5%: short by 0.1 points, within the allowance of "about"'), '实际 7.4%，目标 7.5%：差 0.1个百分点，在“左右”允许的范围内'],
    [check('verdict:short', 'missed', '2.3% vs 6%: short by 3.7 points'), '实际 2.3%，目标 6%：差 3.7个百分点'],
    [
      check('verdict:plan-share', 'met', '118.2% of the plan ("完成年计划的118.2%"): 1063.8万人 vs 900万人: at least reached'),
      '完成计划的 118.2%（“完成年计划的118.2%”）；实际 1063.8万人，目标不少于 900万人：已达到',
    ],
    [check('verdict:completion-word', 'met', 'the report says so: "全面完成全年目标任务"'), '报告明确这样说：“全面完成全年目标任务”'],
    [check('verdict:period', 'unclear', 'the outcome is on another basis (average)'), '本年报告的结果口径不同（年均）'],
    [check('verdict:later-years', 'unclear', 'due in 2025; the newer report reviews 2023'), '目标的期限是 2025，本年报告回顾的是 2023 年'],
    [
      check('verdict:unsure-match', 'unclear', 'the closest outcome, "高校毕业生就业", may measure something else', side('1158万人', '高校毕业生就业')),
      '最接近的结果“高校毕业生就业”可能统计的是另一回事',
    ],
    [check('verdict:payer-only', 'unclear', '"城镇新增就业" names who pays, not for what'), '“城镇新增就业”只说了谁出资，没说用于什么'],
  ];
  it.each(cases)('%j', (verdict, expected) => {
    expect(reasonOf(verdict)).toEqual({ text: expected, translated: true });
  });

  it('a rule the page does not know shows the server\'s words, marked untranslated', () => {
    const unknown = check('verdict:not-yet-known', 'unclear', 'a reason of a rule added later');
    expect(reasonOf(unknown)).toEqual({ text: 'a reason of a rule added later', translated: false });
  });

  it('a known rule whose reason cannot be read shows the server\'s words too, never half a sentence', () => {
    expect(reasonOf(check('verdict:short', 'missed', 'short in some new way'))).toEqual({ text: 'short in some new way', translated: false });
  });

  it.each([...VERDICT_IDS, ...SCOPE_IDS])('%s: a rule of the lexicons is said in Chinese', (id) => {
    expect(TRANSLATED_RULES).toContain(id);
  });

  it.each(PAIRS)('%s → %s: every verdict reason in Chinese', async (older, newer) => {
    const analyse = async (name: string) => analyzeDocument(await readDocument(`corpus/${name}.txt`));
    const { targets } = compare(await analyse(older), await analyse(newer));
    const untranslated = targets.map((t) => ({ rule: t.rule, ...reasonOf(t) })).filter((r) => !r.translated || /[A-Za-z]{3,} [A-Za-z]{3,}/.test(r.text));
    expect(untranslated).toEqual([]);
  });
});
