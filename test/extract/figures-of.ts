import { extractFigures } from '../../src/extract/figures.js';
import { detectSections } from '../../src/structure/sections.js';
import { detectSentences } from '../../src/structure/sentences.js';
import { segment } from '../../src/segment/jieba.js';
import type { Figure } from '../../src/types.js';

/**
 * The figures extraction finds in a text of a sentence or a few paragraphs, its parts and roles read from the text itself;
 * `year` is the year the report reviews.
 */
export function figuresOf(text: string, year: number | null = null): Figure[] {
  const sections = detectSections(text);
  return extractFigures(text, detectSentences(text, sections), sections, segment(text), year).figures;
}
