// Hand-made gold files (corpus/*.gold.json) and the rules for comparing
// extracted figures with them. Gold offsets index the file's text as read;
// they are carried into the normalised text through the normaliser's map.
import { InputError } from '../errors.js';
import { toNormalized, type MappedText } from '../normalize/mapped.js';
import { MAGNITUDES, MAGNITUDE_WORDS } from '../extract/lexicon.js';

export interface GoldFigure {
  surface: string;
  start?: number;
  end?: number;
  value: number;
  valueMax?: number | null;
  unit: string;
  qualifier?: string;
  kind?: string;
  labelKeys?: string[];
}

export interface GoldSpan {
  start: number;
  end: number;
  what?: string;
}

export interface GoldTarget extends GoldFigure {
  text: string;
}

/** A commitment or problem: its text as printed, placed by finding it in the source. */
export interface GoldItem {
  text: string;
  start: number;
  end: number;
}

export interface GoldFile {
  file: string;
  /** "blind": written by someone who never ran the tool and not looked at while tuning; absent for dev gold. */
  set?: 'blind';
  spans?: GoldSpan[];
  metrics: GoldFigure[];
  optional?: GoldFigure[];
  targets?: GoldTarget[];
  commitments?: string[];
  commitmentSpans?: GoldSpan[];
  problems?: string[];
  problemSpans?: GoldSpan[];
}

/** A gold file with every offset in the normalised text, items placed. */
export interface PlacedGold extends Omit<GoldFile, 'commitments' | 'problems'> {
  commitments: GoldItem[];
  problems: GoldItem[];
}

/** Value and unit with the magnitude folded in, as nianbao reports them: 1244万人 → 12440000 人. */
export function canonical(value: number, unit: string): { value: number; unit: string } {
  let rest = unit.replace(/^个(?=百分点)/, '').replace(/^百分点$/, '个百分点');
  let factor = 1;
  for (;;) {
    const magnitude = MAGNITUDE_WORDS.find((word) => rest.startsWith(word) && !/^(?:千米|千克|千瓦|百分点)/.test(rest));
    if (!magnitude) break;
    factor *= MAGNITUDES[magnitude]!;
    rest = rest.slice(magnitude.length);
  }
  if (rest === '百分点') rest = '个百分点';
  return { value: Number.parseFloat((value * factor).toPrecision(15)), unit: rest };
}

/** Finds each item's text in the source, in order, so repeated phrases land right. */
function placeItems(items: string[] | undefined, source: string): Array<{ text: string; start: number; end: number }> {
  let from = 0;
  return (items ?? []).map((text) => {
    let at = source.indexOf(text, from);
    if (at === -1) at = source.indexOf(text);
    if (at === -1) throw new InputError('BAD_GOLD', text.slice(0, 30), 'is in the gold file but not in the report text; copy it from the text exactly');
    from = at + text.length;
    return { text, start: at, end: at + text.length };
  });
}

/** Gold offsets moved into the normalised text. */
export function placeGold(gold: GoldFile, mapped: MappedText, source: string): PlacedGold {
  const move = (offset: number | undefined) => (offset === undefined ? undefined : toNormalized(mapped, offset));
  const place = <T extends { start?: number; end?: number }>(item: T): T => ({ ...item, start: move(item.start), end: move(item.end) });
  const spans = (list: GoldSpan[] | undefined) => list?.map((span) => ({ ...span, start: move(span.start)!, end: move(span.end)! }));
  const items = (list: string[] | undefined) =>
    placeItems(list, source).map((item) => ({ ...item, start: move(item.start)!, end: move(item.end)! }));
  return {
    ...gold,
    spans: spans(gold.spans),
    metrics: gold.metrics.map(place),
    optional: gold.optional?.map(place),
    targets: gold.targets?.map(place),
    commitments: items(gold.commitments),
    commitmentSpans: spans(gold.commitmentSpans),
    problems: items(gold.problems),
    problemSpans: spans(gold.problemSpans),
  };
}
