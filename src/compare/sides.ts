// A figure as one side of a comparison: its value with the sentence that states it.
import type { Analysis, Figure, FigureSide } from '../types.js';

export function sideOf(analysis: Analysis, figure: Figure): FigureSide {
  const sentence = analysis.sentences[figure.sentence];
  return {
    value: figure.value,
    valueMax: figure.valueMax,
    qualifier: figure.qualifier,
    surface: figure.surface,
    label: figure.label,
    sentence: sentence ? analysis.text.slice(sentence.start, sentence.end) : '',
    start: figure.start,
    period: figure.period,
  };
}
