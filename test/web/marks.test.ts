// Where the compare page marks a figure in its sentence: real sentences of
// corpus/beijing-gwr-2025.txt and corpus/state-council-gwr-2021.txt, where
// the figure's surface also stands elsewhere in the sentence.
import { describe, expect, it } from 'vitest';
import { surfaceIn } from '../../web/src/marks.js';

const BEIJING_TARGETS =
  '今年经济社会发展主要预期目标是：地区生产总值增长5%左右、努力争取更好结果，一般公共预算收入增长4%左右，城镇调查失业率控制在5%以内，居民消费价格涨幅2%左右，居民收入增长与经济增长同步，生态环境质量、能源、水资源等指标达到国家要求。';
const BEIJING_OUTCOMES =
  '全市地区生产总值5.2万亿元、增长5.4%、高于全国0.4个百分点，一般公共预算收入增长4.8%，城镇调查失业率4.1%，居民人均可支配收入实际增长4.4%，居民消费价格总体平稳，人均地区生产总值、全员劳动生产率和万元地区生产总值能耗、水耗、碳排放等多项指标保持全国省级地区最优水平。';

const marked = (sentence: string, surface: string, label: string) =>
  surfaceIn(sentence, surface, label).map(({ start, end }) => `${sentence.slice(start - 4, start)}[${sentence.slice(start, end)}]`);

describe('surfaceIn', () => {
  it.each([
    // The same surface for two measures: the one after the label.
    [BEIJING_TARGETS, '5%', '城镇调查失业率', ['率控制在[5%]']],
    [BEIJING_TARGETS, '5%', '地区生产总值增长', ['总值增长[5%]']],
    // A surface that is the tail of another number (4% in 5.4%) is not it.
    [BEIJING_OUTCOMES, '4%', '', []],
    [BEIJING_OUTCOMES, '4.4%', '居民人均可支配收入实际增长', ['实际增长[4.4%]']],
    // A label not in the sentence: the first whole occurrence.
    [BEIJING_TARGETS, '2%', '物价涨幅', ['价格涨幅[2%]']],
    ['城镇新增就业1186万人，年末全国城镇调查失业率降到5.2%。', '5.2%', '城镇调查失业率', ['业率降到[5.2%]']],
  ])('%#: %s… %s after %s', (sentence, surface, label, expected) => {
    expect(marked(sentence, surface, label)).toEqual(expected);
  });
});
