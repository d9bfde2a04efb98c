// Every target verdict reads in Chinese on the compare page, said by its rule
// in web/src/reasons.ts from the verdict's fields (compared, quote, due),
// never from the English reason: the verdicts of real consecutive pairs too. A
// rule the page does not know shows the server's English, marked untranslated.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/compare/index.js';
import { readDocument } from '../../src/ingest/index.js';
import { analyzeDocument } from '../../src/pipeline.js';
import scopeRules from '../../src/compare/lexicon/scope.json' with { type: 'json' };
import verdictRules from '../../src/compare/lexicon/verdicts.json' with { type: 'json' };
import itemRules from '../../src/extract/lexicon/items.json' with { type: 'json' };
import followUpRules from '../../src/compare/lexicon/followup.json' with { type: 'json' };
import type { TargetCheck } from '../../src/types.js';
import { NAMED_RULES, reasonOf, ruleName, TRANSLATED_RULES } from '../../web/src/reasons.js';

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
const ITEM_IDS = Object.keys(itemRules).filter((key) => key !== '$comment');
// The follow-up rules with an id in followup.json (the others are named in evidence.ts).
const FOLLOWUP_IDS = Object.values(followUpRules).flatMap((entry) => (typeof entry === 'object' && 'id' in entry ? [entry.id] : []));

// The rule ids the comparison's code names itself, outside the lexicons (followup:similar in evidence.ts …).
const CODE_IDS = [
  ...new Set(
    readdirSync('src/compare')
      .filter((file) => file.endsWith('.ts'))
      .flatMap((file) => [...readFileSync(`src/compare/${file}`, 'utf8').matchAll(/['"`]((?:verdict|scope|followup):[a-z0-9-]+)['"`]/g)].map((match) => match[1]!)),
  ),
];

const side = (surface: string, label: string) => ({ value: 0, valueMax: null, qualifier: 'exact' as const, surface, label, sentence: '', start: 0, period: null });
/** The server's English stands in for a verdict's words only where the page has no field to say it from. */
const ENGLISH = 'the English reason, which the page must not need';
/** A verdict as the server gives it (its reason aside), with a target of 城镇新增就业 900万人 unless said. */
const check = (rule: string, verdict: TargetCheck['verdict'], fields: Partial<Pick<TargetCheck, 'compared' | 'quote' | 'due' | 'actual'>> = {}) => ({
  rule,
  verdict,
  reason: ENGLISH,
  target: side('900万人', '城镇新增就业'),
  actual: null,
  ...fields,
});
/** The numbers judge compared: outcome and target in the target's unit, the gap, the good side. */
const compared = (outcomeValue: number, targetValue: number, unit: string, gap: number, better: 'higher' | 'lower' | 'neither' = 'higher') => ({ outcomeValue, targetValue, targetValueMax: null, unit, gap, better });
const percent = (surface: string) => ({ target: side(surface, '国内生产总值增长') });

describe('reasonOf', () => {
  // [the verdict, what the page says]: the numbers and quotes of real verdicts (src/compare/targets.ts), never read from the reason.
  const cases: Array<[ReturnType<typeof check>, string]> = [
    [check('verdict:floor', 'met', { compared: compared(11_860_000, 9_000_000, '人', -2_860_000) }), '实际 1,186万人，目标不少于 900万人：已达到'],
    [check('verdict:floor', 'missed', { compared: compared(8_500_000, 9_000_000, '人', 500_000) }), '实际 850万人，目标不少于 900万人：没有达到'],
    [{ ...check('verdict:ceiling', 'missed', { compared: compared(3.6, 3.5, '%', 0.1, 'lower') }), ...percent('3.5%') }, '实际 3.6%，目标不超过 3.5%：超出了'],
    [{ ...check('verdict:good-side', 'met', { compared: compared(7.7, 7.5, '%', -0.2) }), ...percent('7.5%') }, '实际 7.7%，目标 7.5%：此项越高越好，已做到'],
    [{ ...check('verdict:good-side', 'met', { compared: compared(2.5, 3, '%', -0.5, 'lower') }), ...percent('3%') }, '实际 2.5%，目标 3%：此项越低越好，已做到'],
    [{ ...check('verdict:about', 'met', { compared: compared(7.4, 7.5, '%', 0.1) }), ...percent('7.5%') }, '实际 7.4%，目标 7.5%：差 0.1个百分点，在“左右”允许的范围内'],
    [{ ...check('verdict:short', 'missed', { compared: compared(2.3, 6, '%', 3.7) }), ...percent('6%') }, '实际 2.3%，目标 6%：差 3.7个百分点'],
    // state council 2016's 广义货币M2预期增长13%左右, 11.3% in 2017's review
    [{ ...check('verdict:projection', 'unclear', { compared: compared(11.3, 13, '%', 1.7, 'neither') }), ...percent('13%') }, '实际 11.3%，预期 13%：预期值高低都不算更好，相差 1.7个百分点，无法判断是否完成'],
    [{ ...check('verdict:projection', 'met', { compared: compared(13.1, 13, '%', 0.1, 'neither') }), ...percent('13%') }, '实际 13.1%，预期 13%：预期值高低都不算更好，相差 0.1个百分点，在“左右”允许的范围内'],
    [{ ...check('verdict:projection', 'met', { compared: compared(13, 13, '%', 0, 'neither') }), ...percent('13%') }, '实际 13%，预期 13%：落在预期上'],
    [
      check('verdict:plan-share', 'met', { compared: { ...compared(10_638_000, 9_000_000, '人', -1_638_000), planShare: { share: 118.2, rule: 'verdict:floor' } }, quote: '完成年计划的118.2%' }),
      '完成计划的 118.2%（“完成年计划的118.2%”）；实际 1,063.8万人，目标不少于 900万人：已达到',
    ],
    [check('verdict:completion-word', 'met', { quote: '全面完成全年目标任务' }), '报告明确这样说：“全面完成全年目标任务”'],
    [check('verdict:other-basis', 'unclear', { quote: '同口径' }), '本年报告的结果口径不同（同口径）'],
    [check('verdict:period', 'unclear', { actual: { ...side('6.3%', '年均增长'), period: 'average' } }), '本年报告的结果口径不同（年均）'],
    [
      check('verdict:five-year-review', 'unclear', { actual: side('261.6万人', '城镇新增就业'), quote: '居民人均可支配收入超3.1万元、年均增长6.1%' }),
      '找到的结果“城镇新增就业”出自五年回顾，不是本年的（据“居民人均可支配收入超3.1万元、年均增长6.1%”）',
    ],
    [check('verdict:later-years', 'unclear', { due: { year: 2025, reviewed: 2023 } }), '目标的期限是 2025 年，本年报告回顾的是 2023 年'],
    [check('verdict:later-years', 'unclear'), '这是几年的目标，一年的结果无法判断'],
    [check('verdict:unsure-match', 'unclear', { actual: side('1158万人', '高校毕业生就业') }), '最接近的结果“高校毕业生就业”可能统计的是另一回事'],
    [check('verdict:payer-only', 'unclear'), '“城镇新增就业”只说了谁出资，没说用于什么'],
  ];
  it.each(cases)('%j', (verdict, expected) => {
    expect(reasonOf(verdict)).toEqual({ text: expected, translated: true });
  });

  it('a rule the page does not know shows the server\'s words, marked untranslated', () => {
    expect(reasonOf(check('verdict:not-yet-known', 'unclear'))).toEqual({ text: ENGLISH, translated: false });
  });

  it('a known rule without the fields its sentence needs shows the server\'s words too, never half a sentence', () => {
    expect(reasonOf(check('verdict:short', 'missed'))).toEqual({ text: ENGLISH, translated: false });
    expect(reasonOf(check('verdict:completion-word', 'met'))).toEqual({ text: ENGLISH, translated: false });
  });

  it.each([...VERDICT_IDS, ...SCOPE_IDS])('%s: a rule of the lexicons is said in Chinese', (id) => {
    expect(TRANSLATED_RULES).toContain(id);
  });

  it.each([...VERDICT_IDS, ...SCOPE_IDS, ...ITEM_IDS, ...FOLLOWUP_IDS])('%s: a rule of the lexicons has a Chinese name', (id) => {
    expect(NAMED_RULES).toContain(id);
  });

  it('finds the rule ids the comparison names in its code (the scan below reads them)', () => {
    expect(CODE_IDS).toEqual(expect.arrayContaining(['followup:similar', 'followup:no-evidence', 'verdict:floor']));
  });

  it.each(CODE_IDS)('%s: a rule named in src/compare\'s code has a Chinese name, and a verdict its reason', (id) => {
    expect(NAMED_RULES).toContain(id);
    if (!id.startsWith('followup:')) expect(TRANSLATED_RULES).toContain(id);
  });

  it('a rule the page cannot name shows its id, marked untranslated', () => {
    expect(ruleName('followup:added-later')).toEqual({ text: 'followup:added-later', translated: false });
    expect(ruleName('verdict:floor')).toEqual({ text: '下限目标', translated: true });
    expect(ruleName('followup:target-met verdict:about')).toEqual({ text: '承诺的目标数字已达到；“左右”允许的差距', translated: true });
    expect(ruleName('followup:target-met verdict:added-later').translated).toBe(false);
  });

  it.each(PAIRS)('%s → %s: every verdict reason in Chinese, every follow-up rule named', async (older, newer) => {
    const analyse = async (name: string) => analyzeDocument(await readDocument(`corpus/${name}.txt`));
    const { targets, commitments } = compare(await analyse(older), await analyse(newer));
    expect(commitments.map((c) => c.rule).filter((rule) => !ruleName(rule).translated)).toEqual([]);
    // Without its English reason: the page says each verdict from its fields alone.
    const untranslated = targets.map((t) => ({ rule: t.rule, ...reasonOf({ ...t, reason: ENGLISH }) })).filter((r) => !r.translated || /[A-Za-z]{3,} [A-Za-z]{3,}/.test(r.text));
    expect(untranslated).toEqual([]);
  });
});
