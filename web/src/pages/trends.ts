// 历年趋势: one measure over the years, a line per issuer, targets and
// outcomes as two series; each point leads to the sentence it comes from.
// The chart is ECharts, only the parts used; the table under it says the same
// in words and links, for keyboards and screen readers.
import { LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { init, use, type ECharts } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { ApiError, explain, getJson } from '../api.js';
import { h } from '../dom.js';
import { csvButton, csvColumns } from '../download.js';
import { loading, readerUrl } from '../followup.js';
import { formatNumber, formatValue, formatYear } from '../format.js';
import { pageHeading, setTitle } from '../layout.js';
import { navigate } from '../router.js';
import type { IssuerList, MeasureList, TrendResult } from '../types.js';

use([LineChart, GridComponent, TooltipComponent, LegendComponent, CanvasRenderer]);

type Measure = MeasureList['measures'][number];
type Trend = TrendResult;
type Side = NonNullable<Trend['points'][number]['outcome']>;

/** One row of the table and the CSV: an issuer's year, target beside outcome. */
interface Row {
  issuer: string;
  year: number | null;
  measure: string;
  target: number | null;
  targetText: string;
  targetSentence: string;
  outcome: number | null;
  outcomeText: string;
  outcomeSentence: string;
}

const CSV_COLUMNS = csvColumns<Row>(['issuer', 'year', 'measure', 'target', 'targetText', 'targetSentence', 'outcome', 'outcomeText', 'outcomeSentence']);

const DEFAULT_MEASURE = 'gdp-growth';

/** Issuer colours, each at least 4.5:1 on white. */
const PALETTE = ['#0b57a4', '#c2410c', '#0b6e4f', '#7c3aed', '#b3261e', '#4f5868'];

export async function render(root: HTMLElement, url: URL): Promise<void> {
  const measureId = url.searchParams.get('measure') || DEFAULT_MEASURE;
  const wanted = [...new Set(url.searchParams.getAll('issuer').filter(Boolean))];
  let measures: Measure[];
  let issuers: IssuerList['issuers'];
  try {
    [{ measures }, { issuers }] = await loading(root, '指标趋势', () => Promise.all([getJson<MeasureList>('/api/measures'), getJson<IssuerList>('/api/issuers')]));
  } catch (error) {
    // A server without the measure catalogue: say what is missing rather than only "not found".
    const missing = error instanceof ApiError && error.code === 'NOT_FOUND';
    root.append(h('p', { class: 'error', role: 'alert' }, missing ? '此服务器没有指标接口（GET /api/measures），趋势图不可用。' : `趋势图暂不可用：${explain(error)}`));
    return;
  }
  const measure = measures.find((m) => m.id === measureId);
  root.append(
    pageHeading('指标趋势', '同一指标历年的目标与实际；可添加多个发布机关对照。'),
    form(measures, measureId, wanted, issuers.map((i) => i.name)),
  );
  if (!measure) {
    root.append(h('p', { class: 'error', role: 'alert' }, `没有编号为“${measureId}”的指标，请从上面的列表中选择。`));
    return;
  }
  setTitle(`${measure.name} · 指标趋势`);
  if (wanted.length === 0) {
    // The longest series first: one click shows a chart rather than an empty page.
    const longest = [...issuers].sort((a, b) => b.reports - a.reports).slice(0, 3);
    root.append(h('p', { class: 'notice', role: 'status' }, '请在上面添加至少一个发布机关。'));
    if (longest.length > 0) {
      // Said as a sentence (名、名), as the search page's examples.
      const example = (issuer: (typeof longest)[number]) =>
        h('a', { href: `/trends?${new URLSearchParams({ measure: measure.id, issuer: issuer.name })}` }, `${issuer.name}（${issuer.reports} 份报告）`);
      root.append(h('p', { class: 'notice' }, '例如：', ...longest.flatMap((issuer, i) => [i > 0 ? '、' : '', example(issuer)])));
    }
    return;
  }

  const trends = await Promise.all(
    wanted.map((issuer) =>
      getJson<Trend>('/api/trend', { measure: measure.id, issuer }).then(
        (trend) => ({ issuer, trend, error: null }),
        (error: unknown) => ({ issuer, trend: null, error }),
      ),
    ),
  );
  for (const { issuer, error } of trends) if (error) root.append(h('p', { class: 'error', role: 'alert' }, `${issuer}：${explain(error)}`));
  const found = trends.flatMap(({ trend }) => (trend ? [trend] : []));
  // The measure's unit as the reports write it (%, 万人), from its figures.
  const unit = found.flatMap((t) => t.points.flatMap((p) => [p.outcome?.unit, p.target?.unit])).find(Boolean) ?? '';
  const rows = found.flatMap((trend) =>
    trend.points.map((p) => ({
      issuer: trend.issuer,
      year: p.year,
      measure: measure.name,
      target: p.target?.value ?? null,
      targetText: p.target?.surface ?? '',
      targetSentence: p.target?.sentence ?? '',
      outcome: p.outcome?.value ?? null,
      outcomeText: p.outcome?.surface ?? '',
      outcomeSentence: p.outcome?.sentence ?? '',
    })),
  );
  const heading = h('h2', null, `${measure.name}${unit ? `（${unit}）` : ''}`);
  if (rows.every((r) => r.target === null && r.outcome === null)) {
    root.append(heading, h('p', { class: 'notice', role: 'status' }, '所选机关的报告中没有找到这一指标的数字。'));
    return;
  }
  const chartBox = h('div', { class: 'chart', role: 'img', 'aria-label': `${measure.name}历年目标与实际，${found.map((t) => t.issuer).join('、')}；数据见下表` });
  root.append(
    heading,
    chartBox,
    h('p', { class: 'hint' }, '实线圆点为实际，虚线菱形为目标；点击数据点可查看其出处原文。'),
    csvButton(`下载 CSV（${rows.length} 行）`, `${measure.name}-趋势.csv`, () => rows, CSV_COLUMNS),
    table(found, unit),
  );
  drawChart(chartBox, found, unit);
}

function form(measures: Measure[], measureId: string, wanted: string[], issuers: string[]): HTMLElement {
  const select = h('select', { name: 'measure', id: 'trend-measure' }, ...measures.map((m) => h('option', { value: m.id }, m.name)));
  select.value = measureId;
  const others = issuers.filter((name) => !wanted.includes(name));
  const add = h('select', { name: 'issuer', id: 'trend-issuer' }, h('option', { value: '' }, '（不添加）'), ...others.map((name) => h('option', { value: name }, name)));
  const without = (issuer: string) => {
    const params = new URLSearchParams({ measure: measureId });
    for (const other of wanted) if (other !== issuer) params.append('issuer', other);
    return `/trends?${params}`;
  };
  return h(
    'form',
    { class: 'filters', method: 'get', action: '/trends' },
    h('div', { class: 'field' }, h('label', { for: 'trend-measure' }, '指标'), select),
    ...wanted.map((issuer) => h('input', { type: 'hidden', name: 'issuer', value: issuer })),
    h('div', { class: 'field' }, h('label', { for: 'trend-issuer' }, '添加发布机关'), add),
    h('button', { type: 'submit' }, '显示'),
    wanted.length > 0
      ? h('ul', { class: 'chosen', 'aria-label': '已选发布机关' }, ...wanted.map((issuer) => h('li', null, issuer, ' ', h('a', { href: without(issuer), 'aria-label': `移除 ${issuer}` }, '移除'))))
      : null,
  );
}

const sideLink = (side: Side | null) =>
  side ? h('a', { href: readerUrl(side.report, side.start), title: side.sentence }, side.surface) : h('span', { class: 'muted' }, '—');


function table(trends: Trend[], unit: string): HTMLElement {
  return h(
    'div',
    { class: 'table-wrap' },
    h(
      'table',
      { class: 'trend' },
      h('caption', { class: 'hint' }, `各年目标与实际${unit ? `（单位：${unit}）` : ''}，点击数字查看原文`),
      h('thead', null, h('tr', null, h('th', null, '机关'), h('th', null, '年份'), h('th', { class: 'number' }, '目标'), h('th', { class: 'number' }, '实际'))),
      h(
        'tbody',
        null,
        ...trends.flatMap((trend) =>
          trend.points.map((p) =>
            h('tr', null, h('td', null, trend.issuer), h('th', { scope: 'row' }, formatYear(p.year)), h('td', { class: 'number' }, sideLink(p.target)), h('td', { class: 'number' }, sideLink(p.outcome))),
          ),
        ),
      ),
    ),
  );
}

/** An axis value for Chinese readers: 1,310万 rather than 13,100,000. */
function axisValue(value: number): string {
  const magnitude = Math.abs(value) >= 1e8 ? '亿' : Math.abs(value) >= 1e4 ? '万' : '';
  return magnitude ? formatValue(value, '', magnitude) : formatNumber(value);
}

function drawChart(box: HTMLElement, trends: Trend[], unit: string): void {
  // Every year from the first to the last: a gap of years (2014 → 2024) is as wide as they are, not one step.
  const stated = trends.flatMap((t) => t.points.map((p) => p.year));
  const first = Math.min(...stated);
  const years = stated.length === 0 ? [] : Array.from({ length: Math.max(...stated) - first + 1 }, (_, i) => first + i);
  type Datum = { value: [string, number]; side: Side } | null;
  const seriesOf = (trend: Trend, pick: 'outcome' | 'target'): Datum[] =>
    years.map((year) => {
      const side = trend.points.find((p) => p.year === year)?.[pick] ?? null;
      return side ? { value: [String(year), side.value], side } : null;
    });
  // One colour per issuer; its target and outcome differ by line and symbol, not by colour. Every
  // symbol is drawn: on a long axis ECharts would otherwise drop some, and a target would lose its diamond.
  const series = trends.flatMap((trend, i) => {
    const color = PALETTE[i % PALETTE.length];
    return [
      { name: `${trend.issuer} 实际`, type: 'line' as const, data: seriesOf(trend, 'outcome'), color, symbol: 'circle', symbolSize: 9, connectNulls: true, showAllSymbol: true },
      {
        name: `${trend.issuer} 目标`,
        type: 'line' as const,
        data: seriesOf(trend, 'target'),
        color,
        symbol: 'diamond',
        symbolSize: 12,
        showAllSymbol: true,
        // A year without a target breaks the line: drawn through, it would show a target never set (国务院 2020).
        connectNulls: false,
        lineStyle: { type: 'dashed' as const },
      },
    ];
  });
  const chart: ECharts = init(box, null, { locale: 'ZH', renderer: 'canvas' });
  chart.setOption({
    // Lines that draw themselves are motion a reader may have asked the system to spare them.
    animation: !matchMedia('(prefers-reduced-motion: reduce)').matches,
    // The legend wraps under the chart: two entries a row on a phone, four on a wide screen.
    grid: { left: 64, right: 32, top: 40, bottom: 48 + 24 * Math.ceil(series.length / (box.clientWidth < 600 ? 2 : 4)) },
    legend: { bottom: 0 },
    xAxis: { type: 'category', data: years.map(String), name: '年份' },
    // Room under the lowest point and over the highest: a point on the axis line reads as a floor.
    yAxis: { type: 'value', name: unit, scale: true, boundaryGap: ['10%', '10%'], axisLabel: { formatter: axisValue } },
    tooltip: {
      trigger: 'item',
      // Kept inside the chart: on a phone a tooltip beside a point would run off the screen.
      confine: true,
      // An element, not HTML: the sentence is report text.
      formatter: (params: unknown) => {
        const { seriesName, data } = params as { seriesName: string; data: Datum };
        const tip = h('div', { class: 'tip' }, h('strong', null, `${seriesName} ${data?.value[0] ?? ''}年：${data?.side.surface ?? ''}`));
        if (data) tip.append(h('div', null, data.side.sentence), h('div', { class: 'muted' }, '点击查看原文'));
        return tip;
      },
    },
    series,
  });
  chart.on('click', (params) => {
    const datum = params.data as Datum;
    if (datum) void navigate(readerUrl(datum.side.report, datum.side.start));
  });
  const resize = () => (box.isConnected ? chart.resize() : (window.removeEventListener('resize', resize), chart.dispose()));
  window.addEventListener('resize', resize);
}
