// Why a target was judged met, missed or unclear, in Chinese. The server's
// reason is an English sentence built by src/compare/targets.ts (judge and
// the outcome search); each of its forms is one row here, its quoted report
// text and numbers kept as they are. A reason of a form not listed is shown
// as the server wrote it: a wrong translation is worse than English.
//
//   reasonText('1186万人 vs 900万人: at least reached')  → '实际 1186万人，目标不少于 900万人：已达到'

type Row = [RegExp, (...parts: string[]) => string];

/** `short by 0.3 points` reads as 差0.3个百分点; other units stay as written. */
const shortBy = (amount: string) => `差 ${amount.replace(/ points$/, '个百分点')}`;

/** A figure's period (src/types.ts MeasurePeriod) as the reports say it; the 年均/累计 words found in text pass as they are. */
const PERIODS: Record<string, string> = { average: '年均', cumulative: '累计', start: '期初', end: '期末' };

const ROWS: Row[] = [
  [/^(.+) vs (.+): at least reached$/, (a, b) => `实际 ${a}，目标不少于 ${b}：已达到`],
  [/^(.+) vs (.+): below the floor$/, (a, b) => `实际 ${a}，目标不少于 ${b}：没有达到`],
  [/^(.+) vs (.+): within the ceiling$/, (a, b) => `实际 ${a}，目标不超过 ${b}：没有超出`],
  [/^(.+) vs (.+): above the ceiling$/, (a, b) => `实际 ${a}，目标不超过 ${b}：超出了`],
  [/^(.+) vs (.+): on the good side \(lower is better\)$/, (a, b) => `实际 ${a}，目标 ${b}：此项越低越好，已做到`],
  [/^(.+) vs (.+): on the good side \(higher is better\)$/, (a, b) => `实际 ${a}，目标 ${b}：此项越高越好，已做到`],
  [/^(.+) vs (.+): short by (.+), within the allowance of "about"$/, (a, b, s) => `实际 ${a}，目标 ${b}：${shortBy(s)}，在“左右”允许的范围内`],
  [/^(.+) vs (.+): short by (.+)$/, (a, b, s) => `实际 ${a}，目标 ${b}：${shortBy(s)}`],
  [/^the report says so: "(.*)"$/, (q) => `报告明确这样说：“${q}”`],
  [/^flat, 0% \("(.*)"\)$/, (q) => `报告说持平，按 0% 计（“${q}”）`],
  [/^(.+)% of the plan \("(.*)"\): (.+)$/, (share, q, rest) => `完成计划的 ${share}%（“${q}”）；${reasonText(rest)}`],
  [/^the report says it stayed below the expectation: "(.*)"$/, (q) => `报告说低于预期：“${q}”`],
  [/^stated only in words: "(.*)"$/, (q) => `本年报告对这一项只有文字，没有数字：“${q}”`],
  [/^stated only as a direction, without a number: "(.*)"$/, (q) => `本年报告只说了变化的方向，没有数字：“${q}”`],
  [/^stated only over several years: "(.*)"$/, (q) => `本年报告只给出几年合计的数字：“${q}”`],
  [/^the newer report does not state this measure$/, () => '本年报告没有给出这项指标的结果'],
  [/^the outcome is on another basis \((.*)\)$/, (basis) => `本年报告的结果口径不同（${PERIODS[basis] ?? basis}）`],
  [/^a value at one moment \((.*)\) does not say the whole year held$/, (moment) => `只是某一时点的数值（${moment}），不能说明全年都做到了`],
  [/^the outcome found is in a five-year review \("(.*)"\)$/, (q) => `找到的结果出自五年回顾，不是本年的（“${q}”）`],
  [/^the closest outcome, "(.*)", may measure something else$/, (l) => `最接近的结果“${l}”可能统计的是另一回事`],
  [/^"(.*)" names who pays, not for what$/, (l) => `“${l}”只说了谁出资，没说用于什么`],
  [/^due in (.+); the newer report reviews (.+)$/, (due, year) => `目标的期限是 ${due}，本年报告回顾的是 ${year} 年`],
  [/^a multi-year target$/, () => '这是几年的目标，一年的结果无法判断'],
  [/^one of several measures set at once \(分别\)$/, () => '用“分别”一次设定的几项之一，无法逐项对应'],
  // The scope rules (src/compare/lexicon/scope.json) start their reason with their id; the detail
  // after it stays in the cell's title.
  [/^scope:added-vs-total: /, () => '目标是新增量，找到的结果是总量（或反过来），统计范围不同，难以判断'],
  [/^scope:single-vs-combined: /, () => '找到的结果是几项合计（或只是其中一项），与目标的范围不同，难以判断'],
  [/^scope:part-of-whole: /, () => '找到的结果只是其中一部分，与目标的范围不同，难以判断'],
  [/^scope:multi-year: /, () => '找到的结果说的是几年（连续几年、多年保持），不是本年，难以判断'],
  [/^scope:other-object: /, () => '找到的结果说的是另一个对象，难以判断'],
  [/^scope:object-words: /, () => '找到的结果与目标说的对象不完全相同（如惠企实事与惠民实事），可能是另一回事，难以判断'],
  [/^scope:count-kind: /, () => '目标和找到的结果统计的不是同一种量（如新增储量与产量、产能），难以判断'],
  [/^scope:excluding: /, () => '找到的结果扣除了一部分（扣除……后），与目标的口径不同，难以判断'],
  [/^scope:two-bases: /, () => '报告按两种口径给出结果，结论不同，难以判断'],
  [/^scope:magnitude: /, () => '找到的结果与目标相差十倍以上，可能不是同一项，难以判断'],
];

/** The reason in Chinese, or as the server wrote it when its form is not known here. */
export function reasonText(reason: string): string {
  for (const [pattern, say] of ROWS) {
    const parts = pattern.exec(reason);
    if (parts) return say(...parts.slice(1));
  }
  return reason;
}
