import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/extract/figures.js';
import { MEASURES, assignMeasure, levelOf, measureById, measureFromRule, onScale } from '../../src/measures/index.js';
import { segment } from '../../src/segment/jieba.js';
import { detectSections } from '../../src/structure/sections.js';
import { detectSentences } from '../../src/structure/sentences.js';

// Figure labels as the extractor gives them for real figures of corpus/ reports, with their unit
// and change, and the measure (and period) a careful reader gives them; null: no catalogue measure.
type Row = [label: string, unit: string, change: 'up' | 'down' | null, measure: string | null, period: string | null];
const rows: Row[] = [
  ["地区生产总值增长", "%", "up", "gdp-growth", null],
  ["进出口总额和出口额均升至全国", "位", null, null, null],
  ["城镇调查失业率平均值", "%", null, "surveyed-unemployment", null],
  ["研究与试验发展经费投入强度", "%", null, "rd-intensity", null],
  ["一般公共预算收入增长", "%", "up", "budget-revenue-growth", null],
  ["地区生产总值", "元", null, "gdp", null],
  ["规上工业增加值增速居全国", "位", null, null, null],
  ["全社会研发投入强度从全国", "位", null, null, null],
  ["进出口总额从全国升至", "位", null, null, null],
  ["脱贫地区农村居民人均可支配收入居全国", "位", null, null, null],
  ["细颗粒物年均浓度", "微克/立方米", null, "pm25", "average"],
  ["减税降费及退税", "元", null, "tax-fee-cuts", null],
  ["科技服务和商务服务三大产业对经济增长贡献", "成", null, null, null],
  ["城市副中心和平原新城地区生产总值年均增长", "%", "up", null, null],
  ["战略性新兴产业增加值占规上工业增加值的比重", "%", null, null, null],
  ["空气质量优良天数增加", "天", "up", null, null],
  ["全体居民人均可支配收入增长", "%", "up", "income-growth", null],
  ["工业经济总量", "元", null, null, null],
  ["地区生产总值五年跨过", "元", null, "gdp", "cumulative"],
  ["城镇新增就业年均", "人", null, "urban-jobs", "average"],
  ["常住人口城镇化率", "%", null, "urbanization", null],
  ["地方一般公共预算收入增长", "%", "up", "budget-revenue-growth", null],
  ["发行地方政府专项债券", "元", null, "special-bonds", null],
  ["粮食产量", "吨", null, "grain-output", null],
  ["城镇新增就业", "", null, null, null],
  ["地区生产总值连跨", "个", null, null, null],
  ["规模以上工业增加值增长", "%", "up", "industrial-output-growth", null],
  ["庆阳经济总量迈上", "台", null, null, null],
  ["外贸进出口额", "元", null, "trade", null],
  ["城镇居民人均可支配收入增长", "%", "up", null, null],
  ["城乡居民人均可支配收入分别增长", "%", "up", null, null],
  ["一般公共预算收入从", "元", null, "budget-revenue", "start"],
  ["外贸进出口总值首次", "元", null, "trade", null],
  ["粮食总产量", "吨", null, "grain-output", null],
  ["森林覆盖率提高", "个百分点", "up", null, null],
  ["外贸进出口总值增长", "%", "up", "trade-growth", null],
  ["海洋生产总值", "元", null, null, null],
  ["争取并用好新增专项债券", "元", null, null, null],
  ["社会消费品零售总额实现增长", "%", "up", "retail-sales-growth", null],
  ["地区生产总值从", "元", null, "gdp", "start"],
  ["进出口总额接连", "元", null, "trade", null],
  ["城镇累计新增就业", "人", null, null, null],
  ["工业投资占固定资产投资比重", "%", null, null, null],
  ["力争固定资产投资增长", "%", "up", "fixed-asset-investment-growth", null],
  ["农村居民收入增长", "%", "up", null, null],
  ["工业对经济增长贡献率", "%", null, null, null],
  ["经济总量", "元", null, "gdp", null],
  ["居民消费价格指数涨幅", "%", "up", "cpi", null],
  ["城镇和农村常住居民人均可支配收入分别增长", "%", "up", null, null],
  ["工业增加值占地区生产总值比重", "%", null, null, null],
  ["工业对经济增长贡献率从", "%", null, null, null],
  ["货物进出口总额年均增长", "%", "up", "trade-growth", "average"],
  ["民间投资占固定资产投资比重", "%", null, null, null],
  ["海洋生产总值增长", "%", "up", null, null],
  ["新增城镇就业", "人", null, "urban-jobs", null],
  ["CPI微降", "%", "down", "cpi", null],
  ["广义货币M2预期增长", "%", null, "m2-growth", null], // state-council-gwr-2014: 今年广义货币M2预期增长13%左右
  ["广义货币增长目标", "%", null, "m2-growth", null], // state-council-gwr-2011
  ["广义货币M2增长", "%", "up", "m2-growth", null], // state-council-gwr-2014: the 2013 outcome, 13.6%
  ["PM2.5平均浓度下降", "%", "down", null, null], // 2.5 of PM2.5 is no M2
  ["四大主导产业［2］占GDP比重较2020年提高", "个百分点", "up", null, null],
  ["生产总值年均增长", "%", "up", "gdp-growth", "average"],
  ["粮食总产", "斤", null, "grain-output", null],
  ["生产总值从2020年的增长到2025年", "元", null, "gdp", "end"],
  ["居民人均可支配收入从", "元", null, "income", "start"],
  ["单位地区生产总值能耗降低", "%", "down", "energy-intensity", null],
  ["跨境电商进出口增长", "%", "up", null, null],
  ["有进出口实绩企业", "家", null, null, null],
  ["进出口总值", "元", null, "trade", null],
  ["PM2.5浓度下降", "%", "down", null, null],
  ["城镇化率提高", "个百分点", "up", null, null],
  ["武汉跨入地区生产总值", "", null, null, null],
  ["欧盟进出口分别增长", "%", "up", null, null],
  ["力争全省城镇化率提高", "个百分点", "up", null, null],
  ["全社会研发投入强度", "%", null, "rd-intensity", null],
  ["脱贫地区农村居民收入增长", "%", "up", null, null],
  ["高新技术产业增加值占地区生产总值比重提升", "个百分点", "up", null, null],
  ["为企业减税降费及退税", "元", null, null, null],
  ["一般公共预算收入增加", "元", "up", null, null],
  ["粮食最高年产居全国", "位", null, null, null],
  ["2.实现城镇新增就业", "人", null, "urban-jobs", null],
  ["跨境电商平台进出口增长", "%", "up", null, null],
  ["设区市地区生产总值增加", "元", "up", null, null],
  ["地区生产总值连续迈上年均增长", "%", "up", "gdp-growth", "average"],
  ["进出口规模稳居全国", "", null, null, null],
  ["PM2.5年均浓度较十三五末改善", "%", null, null, null],
  ["消费对经济增长贡献率", "%", null, null, null],
  ["生产型企业进出口占外贸比重", "%", null, null, null],
  ["户籍人口城镇化率", "%", null, null, null],
  ["森林覆盖率稳居全国", "", null, null, null],
  ["新增有实绩进出口外贸企业", "家", null, null, null],
  ["社会消费品零售总额增幅高于全国", "个百分点", null, null, null],
  ["地区生产总值跨越", "元", null, "gdp", null],
  ["粮食产量增长", "%", "up", null, null],
  ["单位GDP二氧化碳排放下降", "%", "down", "carbon-intensity", null],
  ["确保PM2.5平均浓度", "微克/立方米", null, "pm25", null],
  ["优良天数比例提高", "个百分点", "up", null, null],
  ["规上工业增加值居全国", "", null, null, null],
  ["城镇调查失业率均值", "%", null, "surveyed-unemployment", null],
  ["地方一般公共预算收入增速居全国", "", null, null, null],
  ["能耗强度累计下降", "%", "down", "energy-intensity", "cumulative"],
  ["地方一般公共预算收入年均增长", "%", "up", "budget-revenue-growth", "average"],
  ["确保粮食总产量稳定保持在", "斤", null, "grain-output", null],
  ["粮食总产量保持在", "吨", null, "grain-output", null],
  ["社会消费品零售额增长", "%", "up", "retail-sales-growth", null],
  ["县域经济增长", "%", "up", null, null],
  ["带动陕西进出口", "元", null, null, null],
  ["东盟进出口", "元", null, null, null],
  ["一般公共预算收入年均增长", "%", "up", "budget-revenue-growth", "average"],
  ["力争十五五时期地区生产总值年均增长", "%", "up", "gdp-growth", "average"],
  ["进出口", "元", null, "trade", null],
  ["进出口增长", "%", "up", "trade-growth", null],
  ["服务业对经济增长贡献率", "%", null, null, null],
  ["环境空气质量优良率", "%", null, "good-air-days", null],
  ["空气优良天数", "%", null, "good-air-days", null],
  ["空气优良天数", "天", null, "good-air-day-count", null],
  ["地级及以上城市空气质量优良天数比例", "%", null, "good-air-days", null],
  ["设区市地区生产总值", "元", null, null, null],
  ["全社会固定资产投资增长", "%", "up", "fixed-asset-investment-growth", null],
  ["成为全国首个经济总量", "元", null, null, null],
  ["城乡居民收入预计分别增长", "%", "up", null, null],
  ["人均GDP从2020年", "元", null, "gdp-per-capita", "start"],
  ["优良天数比例同比提升", "个百分点", "up", null, null],
  ["新发行地方政府专项债券", "元", null, null, null],
  ["遂宁经济总量", "元", null, null, null],
  ["成都平原经济区经济总量占全省比重", "%", null, null, null],
  ["城乡居民人均可支配收入年均分别增长", "%", "up", null, null],
  ["国内生产总值2000年", "元", null, "gdp", null],
  ["十五期间年均经济增长速度预期目标", "%", null, null, null],
  ["外贸进出口总额", "美元", null, "trade", null],
  ["财政收入从1997年", "元", null, "budget-revenue", "start"],
  ["外贸进出口总额由1997年的增加到2002年", "美元", null, "trade", "end"],
  ["经济增长预期目标", "%", null, "gdp-growth", null],
  ["财政收入增加", "元", "up", null, null],
  ["财政收入增长", "%", "up", "budget-revenue-growth", null],
  ["城镇登记失业率", "%", null, "registered-unemployment", null],
  ["城镇新增就业人口", "人", null, "urban-jobs", null],
  ["进出口贸易总额增长", "倍", "up", null, null],
  ["农村贫困人口减少", "人", "down", "poverty-reduction", null],
  ["贫困人口脱贫", "人", null, "poverty-reduction", null],
  ["脱贫人口", "人", null, null, null],
  ["居民消费价格总水平涨幅在", "%", null, "cpi", null],
  ["国内生产总值比2002年增长", "%", "up", "gdp-growth", "cumulative"],
  ["城镇居民人均可支配收入由2002年", "元", null, null, null],
  ["单位国内生产总值能耗比上年分别下降", "%", "down", null, null],
  ["提出居民消费价格总水平涨幅", "%", null, "cpi", null],
  ["拟安排中央财政赤字增加", "元", "up", null, null],
  ["社会消费品零售总额实际增长", "%", "up", "retail-sales-growth", null],
  ["中央财政赤字", "元", null, null, null],
  ["国内生产总值将", "元", null, "gdp", null],
  ["单位国内生产总值能耗和二氧化碳排放分别降低", "%", "down", null, null],
  ["赤字率", "%", null, "deficit-ratio", null],
  ["镇居民人均可支配收入和农村居民人均纯收入实际增长", "%", "up", null, null],
  ["公共财政收入从", "元", null, "budget-revenue", "start"],
  ["政赤字占国内生产总值的比重从2009年的降到去年", "%", null, null, null],
  ["城镇化率由", "%", null, "urbanization", "start"],
  // The high-speed rail network as it stands (guizhou 2025 plan, 2026 review; guangdong, hunan 2026; national 2018), not what a year adds.
  ["高铁通车里程", "公里", null, "hsr-mileage", null],
  ["高铁营业里程", "公里", null, "hsr-mileage", null],
  ["高铁运营总里程", "公里", null, "hsr-mileage", null],
  ["高铁营运里程", "公里", null, "hsr-mileage", null],
  ["高速铁路运营里程", "公里", null, "hsr-mileage", null],
  ["新增高速铁路运营里程", "公里", null, null, null],
  ["新增高铁运营里程", "公里", null, null, null],
  ["新建高速铁路投产里程", "公里", null, null, null],
  ["高速铁路运营里程占世界", "%", null, null, null],
  ["高铁营运里程居全国", "", null, null, null],
  ["经济增长预期目标定", "%", null, "gdp-growth", null],
  ["减轻企业负担", "元", null, "tax-fee-cuts", null],
  ["进出口总额预期增长", "%", "up", "trade-growth", null],
  ["经济增长预期", "%", null, "gdp-growth", null],
  ["地方财政赤字增加", "元", "up", null, null],
  ["服务业在国内生产总值中的比重", "%", null, null, null],
  ["农村贫困人口减少", "", "down", null, null],
  ["安排地方专项债券", "元", null, "special-bonds", null],
  ["重点城市细颗粒物", "个", null, null, null],
  ["国内生产总值从年均增长", "%", "up", "gdp-growth", "average"],
  ["城镇化率从", "", null, null, null],
  ["减税", "元", null, "tax-fee-cuts", null],
  ["安排地方专项债券增加", "元", "up", null, null],
  ["减轻企业税收和社保缴费负担", "元", null, "tax-fee-cuts", null],
  ["国家财政性教育经费占国内生产总值比例继续保持在", "%", null, null, null],
  ["减税降费", "元", null, "tax-fee-cuts", null],
  ["单位国内生产总值能耗和二氧化碳排放", "%", null, null, null],
  ["财政赤字率", "%", null, "deficit-ratio", null],
  ["新产业新业态新模式增加值占国内生产总值的比重", "%", null, null, null],
  ["五年累计减税", "元", null, "tax-fee-cuts", "cumulative"],
  ["与自贸伙伴货物进出口额占比从", "%", null, null, null],
  ["赤字规模", "元", null, "deficit", null],
  ["单位国内生产总值能耗降幅", "%", null, "energy-intensity", null],
  ["地区生产总值预计增长", "%", "up", "gdp-growth", null],
  ["优良天数比例增加", "天", "up", null, null],
  ["优良天数比2020年增加", "天", "up", null, null],
  ["环境空气质量优良天数比例保持", "%", null, "good-air-days", null],
  ["确保招商引资项目完成固定资产投资", "元", null, null, null],
  ["空气质量优良天数比例提高", "个百分点", "up", null, null],
  ["居民消费价格涨幅保持在", "%", null, "cpi", null],
  ["全疆常住人口城镇化率提高", "个百分点", "up", null, null],
  ["建议十五五时期地区生产总值增速目标设定为年均增长", "%", "up", "gdp-growth", "average"],
  ["细颗粒物平均浓度", "微克/立方米", null, "pm25", null],
  ["云南企业经中老铁路进出口货值占全线货值", "%", null, null, null],
  ["低收入农户人均可支配收入增长", "%", "up", null, null],
  ["确保城镇新增就业", "人", null, "urban-jobs", null],
  ["生产总值连续跨越", "", null, null, null],
  ["城镇和农村居民人均可支配收入", "元", null, null, null],
  // The measure's full name with 全社会 (national 2016, 2023; chongqing, guizhou 2026).
  ["全社会研发经费投入强度", "%", null, "rd-intensity", null],
  // A ratio stated by its definition, a share of GDP (jiangxi 2025; shanghai 2025, 2026; national 2009, 2011, 2013-2015).
  ["力争R&D经费支出占GDP比重", "%", null, "rd-intensity", null],
  ["全社会研发经费支出相当于全市生产总值的比例", "%", null, "rd-intensity", null],
  ["研究与试验发展经费支出占国内生产总值比重", "%", null, "rd-intensity", null],
  ["全社会研究与试验发展经费支出占国内生产总值的比重", "%", null, "rd-intensity", null],
  ["全社会研发支出占国内生产总值比重", "%", null, "rd-intensity", null],
  ["研究与试验发展经费支出与国内生产总值之比", "%", null, "rd-intensity", null],
  ["财政赤字占国内生产总值比重", "%", null, "deficit-ratio", null],
  ["财政赤字占国内生产总值的比重从2009年的降到去年", "%", null, "deficit-ratio", "end"],
  // A share of GDP of something else, a share of something else, or 占比 that says not of what (of all R&D here).
  ["国债余额占国内生产总值比重", "%", null, null, null],
  ["财政性教育经费支出占国内生产总值比重", "%", null, null, null],
  ["数字经济核心产业增加值占GDP比重", "%", null, null, null],
  ["力争规模以上工业企业研发经费支出占营业收入比重", "%", null, null, null],
  ["规上工业企业研发费用与营收之比", "%", null, null, null],
  ["基础研究支出占全社会研发投入比重", "%", null, null, null],
  ["企业研发投入占全社会比重", "%", null, null, null],
  ["规上工业企业研发投入占比", "%", null, null, null],
  ["企业研发经费占比", "%", null, null, null],
];

// Measures a label must never get: growth is not a level, a part is not the whole, per capita is not a total.
const never: Array<[label: string, unit: string, change: 'up' | 'down' | null, forbidden: string[]]> = [
  ['国内生产总值从1997年', '元', null, ['gdp-growth']],
  ['国内生产总值增长', '%', 'up', ['gdp', 'gdp-per-capita']],
  ['人均GDP从2020年', '元', null, ['gdp']],
  ['人均地区生产总值增长', '%', 'up', ['gdp-growth']],
  ['城镇登记失业率', '%', null, ['surveyed-unemployment']],
  ['城镇调查失业率', '%', null, ['registered-unemployment']],
  ['城镇居民人均可支配收入增长', '%', 'up', ['income-growth']],
  ['单位国内生产总值能耗降低', '%', 'down', ['gdp-growth']],
  ['服务业增加值占国内生产总值比重', '%', null, ['gdp-growth', 'gdp']],
  ['海洋生产总值增长', '%', 'up', ['gdp-growth']],
  ['一般公共预算收入增加', '元', 'up', ['budget-revenue']],
  ['粮食产量增长', '%', 'up', ['grain-output']],
];

describe('assignMeasure', () => {
  it.each(rows)('%s (%s, %s) → %s %s', (label, unit, change, measure, period) => {
    const got = assignMeasure({ label, unit, change: change ? { direction: change, basis: null } : null });
    expect({ label, measure: got.measure, period: got.period }).toEqual({ label, measure, period });
    if (measure) expect(got.rule).toContain(`measure:${measure}/alias`);
  });

  it.each(never)('%s (%s) is never %j', (label, unit, change, forbidden) => {
    const got = assignMeasure({ label, unit, change: change ? { direction: change, basis: null } : null });
    expect(forbidden, label).not.toContain(got.measure);
  });

  it('reads the measure back from the rule trace', () => {
    expect(measureFromRule('arabic-numeral label:clause modality:reported measure:gdp-growth/alias period:average')).toEqual({ measure: 'gdp-growth', period: 'average' });
    expect(measureFromRule('arabic-numeral label:clause modality:reported measure:none/qualified')).toEqual({ measure: null, period: null });
  });

  // [what the report says, value, valueMax, fell, measure id or null, worded as a fall, on the scale]
  const scales: Array<[string, number, number | null, boolean, string | null, boolean, [number, number | null]]> = [
    ['居民消费价格下降0.1%', 0.1, null, true, 'cpi', false, [-0.1, null]],
    ['单位国内生产总值能耗下降3.1%', 3.1, null, true, 'energy-intensity', false, [3.1, null]],
    ['进出口下降1%—2%', 1, 2, true, 'trade-growth', false, [-2, -1]],
    ['国内生产总值增长6%－6.5%', 6, 6.5, false, 'gdp-growth', false, [6, 6.5]],
    ['农村贫困人口减少1109万', 1.109e7, null, true, 'poverty-reduction', false, [1.109e7, null]],
    ['二氧化硫排放量下降3% (a label worded as a fall)', 3, null, true, null, true, [3, null]],
    ['财政支出下降2% (a label worded as a rise)', 2, null, true, null, false, [-2, null]],
  ];

  it.each(scales)('puts %s on its scale', (_, value, valueMax, fell, id, wordedAsFall, [low, high]) => {
    const measure = id === null ? null : measureById(id)!;
    expect(onScale({ value, valueMax }, fell, measure, wordedAsFall)).toEqual({ value: low, valueMax: high });
  });

  it('has unique ids and entries that can match', () => {
    expect(new Set(MEASURES.map((m) => m.id)).size).toBe(MEASURES.length);
    for (const m of MEASURES) expect(m.aliases.length * m.units.length, m.id).toBeGreaterThan(0);
  });
});

describe('a move from one value to another, read from the text whatever the label keeps', () => {
  function periodsOf(text: string): Array<[string, string | null]> {
    const sections = detectSections(text);
    return extractFigures(text, detectSentences(text, sections), sections, segment(text)).figures.map((f) => [f.surface, f.period]);
  }

  // [sentence from a corpus report, each figure's surface and period]
  const moves: Array<[string, Array<[string, string | null]>]> = [
    // guizhou-gwr-2026: a start year between 从 and the value.
    ['一产增加值突破3000亿元，农产品加工转化率从2020年的51%提升到2025年的70%。', [['3000亿元', null], ['51%', 'start'], ['70%', 'end']]],
    // shaanxi-gwr-2026: no catalogue measure named.
    ['技术合同成交额从1795亿元增加到5260亿元。', [['1795亿元', 'start'], ['5260亿元', 'end']]],
    // state-council-gwr-2007: 由 and a list of the years before; the clause after the comma is the year's own.
    ['2006年，单位国内生产总值能耗由前三年分别上升4.9％、5.5％、0.2％，转为下降1.2%。', [['4.9％', 'start'], ['5.5％', 'start'], ['0.2％', 'start'], ['1.2%', null]]],
    // Words holding 从 or 由 move nothing.
    ['从严控制一般性支出，由于基数较高，财政收入增长3.2%。', [['3.2%', null]]],
  ];

  it.each(moves)('%s', (sentence, expected) => {
    expect(periodsOf(sentence).filter(([surface]) => !/^\d{4}年$/.test(surface))).toEqual(expected);
  });
});

describe('levelOf', () => {
  // [growth measure, the level or total it is the growth of]: one wording shared (居民人均可支配收入); none for a rate of its own.
  const levels: Array<[string, string | null]> = [
    ['income-growth', 'income'],
    ['gdp-growth', 'gdp'],
    ['budget-revenue-growth', 'budget-revenue'],
    ['retail-sales-growth', 'retail-sales'],
    ['cpi', null],
    ['fixed-asset-investment-growth', null],
    ['income', null],
  ];
  it.each(levels)('%s → %s', (growth, level) => {
    expect(levelOf(growth)?.id ?? null).toBe(level);
  });
});
