// Numbers and labels for Chinese readers, and badges that always carry text
// (colour is never the only signal).
//
//   formatValue(1.3e12, '斤', '1.3万亿斤')  → '1.3万亿'  (the report's own magnitude)
//   formatValue(2185)                       → '2,185'
//   badge('verdict', 'met')                 → <span class="badge verdict-met">已完成</span>
import { h } from './dom.js';

const MAGNITUDES: Array<[string, number]> = [
  ['万亿', 1e12],
  ['亿', 1e8],
  ['万', 1e4],
];

/** Thousands separators, at most `digits` decimals, no trailing zeros. */
export function formatNumber(value: number, digits = 2): string {
  return value.toLocaleString('zh-CN', { maximumFractionDigits: digits });
}

/**
 * A figure's value as the report states it: in 万, 亿 or 万亿 when its surface
 * uses that magnitude, else with thousands separators. The unit is appended
 * when given.
 */
export function formatValue(value: number, unit = '', surface = ''): string {
  const magnitude = MAGNITUDES.find(([word]) => surface.includes(word) && !unit.startsWith(word));
  const shown = magnitude ? `${formatNumber(value / magnitude[1], 4)}${magnitude[0]}` : formatNumber(value, 4);
  return `${shown}${unit}`;
}

/** A range or a value: 3–5%. */
export function formatRange(value: number, valueMax: number | null, unit = '', surface = ''): string {
  return valueMax === null ? formatValue(value, unit, surface) : `${formatValue(value, '', surface)}–${formatValue(valueMax, unit, surface)}`;
}

/** A signed change: +1.2 or −3.4 (minus sign, not hyphen). */
export function formatDelta(delta: number, unit = ''): string {
  const sign = delta > 0 ? '+' : delta < 0 ? '−' : '±';
  return `${sign}${formatNumber(Math.abs(delta))}${unit}`;
}

export const LABELS = {
  verdict: { met: '已完成', missed: '未完成', unclear: '难以判断', 'no-data': '无数据' },
  followUp: { addressed: '已落实', partly: '部分落实', 'no-evidence': '无证据' },
  role: { preamble: '前言', review: '回顾', problems: '问题', plans: '计划', closing: '结语' },
  modality: { target: '目标', actual: '实绩' },
  qualifier: { exact: '精确', 'more-than': '多于', 'at-least': '不少于', 'at-most': '不超过', 'less-than': '不足', about: '约' },
  change: { up: '增长', down: '下降' },
  status: { up: '上升', down: '下降', same: '持平', ahead: '名次前移', behind: '名次后移', unclear: '方向不明', new: '新增', dropped: '未再提及' },
  decision: { confirm: '确认', reject: '否决', add: '补充' },
  // Why a number is no figure (not-figure:*) or why its reading is a guess (numeral:*): src/extract/lexicon/diagnostics.json.
  diagnostic: {
    'not-figure:year': '年份',
    'not-figure:time': '日期、时刻或时长',
    'not-figure:ordinal': '序数或届次',
    'not-figure:list-index': '条目序号',
    'not-figure:name': '名称的一部分',
    'not-figure:in-word': '词语的一部分',
    'not-figure:juxtaposed': '数字连写，不成一个数（如“十四五”“三四十”）',
    'not-figure:vague': '“几十”“几百万”之类，没有说出确数',
    'not-figure:speech-parts': '报告自身分几个方面讲，不是统计数字（以下14个方面）',
    'not-figure:code': '代号或型号（如 PM2.5、5G）',
    'not-figure:per-unit': '计量基数（如“万元GDP”“每万人”“每50公斤”）',
    'not-figure:unknown-unit': '量词未收录',
    'not-figure:no-unit': '没有单位，不知所计何物',
    'numeral:abbreviated': '按口语省略读出（如“一万五”读作15000）',
    'numeral:full-width-separator': '全角逗号按千位分隔符读，也可能是两个数',
    'numeral:shared-magnitude': '范围下限借用上限的数量级（如“三至五万”）',
  },
} as const;

export type LabelKind = keyof typeof LABELS;

/** The Chinese label of a code, or the code itself when it has none. */
export function label(kind: LabelKind, code: string | null | undefined): string {
  if (code === null || code === undefined) return '—';
  return (LABELS[kind] as Record<string, string>)[code] ?? code;
}

/** A badge: the label as text, its kind and code as classes for colour (`badge verdict-met`). */
export function badge(kind: LabelKind, code: string | null | undefined, title?: string): HTMLSpanElement {
  return h('span', { class: `badge ${kind}-${code ?? 'none'}`, title: title ?? null }, label(kind, code));
}

/** A year or a dash. */
export function formatYear(year: number | null | undefined): string {
  return year === null || year === undefined ? '年份不明' : `${year}年`;
}

/**
 * What to call a report within its issuer's series, as a person would: the
 * year it reviews and its kind (2013年度政府工作报告; 2013年度报告 without one, as
 * a board names the year of a report it may not hold); the file name is a detail, not a name.
 */
export function yearReportName(report: { year: number | null; kind?: string | null }): string {
  return `${report.year === null ? '年份不明的' : `${report.year}年度`}${report.kind ?? '报告'}`;
}

/** What to call a report: its title, else issuer, the year it reviews and kind (国务院 2013年度政府工作报告), else its file name. */
export function reportName(report: { title: string | null; issuer: string | null; year: number | null; kind: string | null; source: string }): string {
  if (report.title !== null && report.title !== '') return report.title;
  if (report.issuer === null && report.year === null) return report.source;
  return `${report.issuer ?? '发布机关不明'} ${yearReportName(report)}`;
}
