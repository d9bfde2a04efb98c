import { describe, expect, it } from 'vitest';
import { fiveYearPart, MULTI_YEAR } from '../../src/compare/periods.js';
import { openCorpus } from '../../src/eval/corpus.js';

const corpus = openCorpus('corpus');

// [report, words of a sentence of its review, whether fiveYearPart places it in the five-year review, why]:
// real sentences of the 2026 reports, which review both the year and the five years.
const placed: Array<[string, string, boolean, string]> = [
  ['qinghai-gwr-2026', '民生领域财政支出占比保持在76%以上', true, '这是人民生活品质显著改善的五年 under a paragraph opening 2025年主要目标任务圆满完成，标志着“十四五”胜利收官。回首奋斗历程 (period:plan-closed)'],
  ['qinghai-gwr-2026', '回首奋斗历程，最让我们铭记于心', true, 'the turning paragraph itself: the year closed, the five years told'],
  ['fujian-gwr-2026', '过去的五年极不平凡', true, '…标志着“十四五”顺利收官。过去的五年极不平凡 (period:plan-closed)'],
  ['zhejiang-gwr-2026', '“十四五”的五年，在浙江改革发展历程中', true, '…标志着“十四五”胜利收官。“十四五”的五年 (period:plan-closed)'],
  ['guizhou-gwr-2026', '回望过去五年，打赢脱贫攻坚战后', true, '…标志着“十四五”规划顺利收官。回望过去五年 (the five years opening the second sentence)'],
  ['qinghai-gwr-2026', '2025年是“十四五”收官之年，是青海发展历程中很不平凡的一年', false, 'the year opening its part: 收官之年 names the year, no completion marks the close'],
  ['qinghai-gwr-2026', '过去一年，我们坚持习近平总书记重要讲话', false, 'the year, before the turn'],
  ['jilin-gwr-2026', '2025年是“十四五”收官之年，习近平总书记再次踏上吉林大地', false, 'the year opening its part'],
  ['guangdong-gwr-2026', '57个县（市）生产总值近3年年均增速快于全省', true, 'a mean over three years (年均), in the year\'s part'],
  ['guangdong-gwr-2026', '惠州博罗成为生产总值超千亿元县', false, 'the next sentence of that paragraph of the year\'s part: the 年均 clause tells its own sentence only'],
  ['guangdong-gwr-2026', '全面开展“粤美县城”城市设计，新增22个新型城镇化建设试点', false, 'the same paragraph, three sentences after the 年均 one'],
  ['guizhou-gwr-2026', '调度原煤产量达1.83亿吨', true, 'the paragraph after 2025年主要目标任务的完成，标志着“十四五”规划顺利收官。回望过去五年 (the part\'s opening, not its 年均 clause of tourism)'],
  ['guizhou-gwr-2026', '接待游客人次、旅游总花费、游客人均花费年均分别增长4.4%', true, 'the 年均 sentence itself, in the five-year part'],
];

describe('fiveYearPart', () => {
  it.each(placed)('%s: %s → %s (%s)', async (name, words, fiveYears) => {
    const analysis = await (await corpus).analysisOf(`${name}.txt`);
    const at = analysis.text.indexOf(words);
    const sentence = analysis.sentences.find((s) => s.start <= at && at < s.end);
    expect(sentence, words).toBeDefined();
    expect({ words, fiveYears: fiveYearPart(analysis, sentence!, analysis.meta.year) !== null }).toEqual({ words, fiveYears });
  }, 60_000);
});

// period:multi-year: a span of years (三年内, 3年内) speaks of more than one year; a year before 内 (2025年内蒙古) does not.
const spans: Array<[string, boolean]> = [
  ['今后三年内中央财政再支持5000所中心乡镇卫生院', true],
  ['力争3年内全部启动五市市辖区城中村1.2万套改造任务', true],
  ['2026年内蒙古自治区政府工作报告', false],
  ['年内完成6000套改造计划', false],
];
describe('period:multi-year', () => {
  it.each(spans)('%s → %s', (text, multiYear) => {
    expect(MULTI_YEAR.test(text)).toBe(multiYear);
  });
});
