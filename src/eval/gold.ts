// Hand-made gold files (corpus/*.gold.json) and the rules for comparing
// extracted figures with them. Gold offsets index the file's text as read;
// they are carried into the normalised text through the normaliser's map.
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

export interface GoldFile {
  file: string;
  spans?: Array<{ start: number; end: number }>;
  metrics: GoldFigure[];
  optional?: GoldFigure[];
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

/** Gold offsets moved into the normalised text. */
export function placeGold(gold: GoldFile, mapped: MappedText): GoldFile {
  const move = (offset: number | undefined) => (offset === undefined ? undefined : toNormalized(mapped, offset));
  const place = (figure: GoldFigure): GoldFigure => ({ ...figure, start: move(figure.start), end: move(figure.end) });
  return {
    ...gold,
    spans: gold.spans?.map((span) => ({ start: move(span.start)!, end: move(span.end)! })),
    metrics: gold.metrics.map(place),
    optional: gold.optional?.map(place),
  };
}
