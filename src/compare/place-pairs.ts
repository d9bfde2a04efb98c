// Lines named by the places they join (乌鲁木齐至尉犁高速公路) and the short names reports give
// them the next year (乌尉高速): followup:place-pair. Built from the ask's own words, never a list.
import { tokensIn, tokensOf } from '../segment/jieba.js';
import type { Analysis, Span, Token } from '../types.js';
import wordings from './lexicon/followup.json' with { type: 'json' };

const { joiner, kinds, notPlaceTags } = wordings.placePair;
/** Kinds of line with their short forms, longest first (高速公路 before 高速). */
const KINDS = [...kinds].sort((a, b) => b[0]!.length - a[0]!.length) as Array<[string, string]>;
const NOT_PLACE: ReadonlySet<string> = new Set(notPlaceTags);
const HAN_ONLY = /^\p{Script=Han}+$/u;
/** A place written by its own short form (沪, 渝) is no place the first character of which names it. */
const PLACE_LENGTH = 2;

const kindOf = (token: Token | undefined) => KINDS.find(([full]) => token?.text === full);
const inPlace = (token: Token | undefined) => token !== undefined && HAN_ONLY.test(token.text) && token.text !== joiner && !NOT_PLACE.has(token.tag) && !kindOf(token);

/** A long name of joined places in a text, where it lies, and its short names (the whole chain's first). */
export interface PlacePair {
  start: number;
  end: number;
  shorts: string[];
}

/** The places joined at tokens[at] (a joiner) and after it up to the line's kind, or null when they are no line's name. */
function lineAt(tokens: Token[], at: number): PlacePair | null {
  let from = at;
  while (inPlace(tokens[from - 1])) from--;
  const places = [tokens.slice(from, at).map((token) => token.text).join('')];
  let i = at + 1;
  for (let start = i; ; start = ++i) {
    while (inPlace(tokens[i])) i++;
    places.push(tokens.slice(start, i).map((token) => token.text).join(''));
    if (tokens[i]?.text !== joiner) break;
  }
  const kind = kindOf(tokens[i]);
  if (!kind || places.some((place) => place.length < PLACE_LENGTH)) return null;
  const firsts = places.map((place) => place[0]!);
  const pairs = firsts.slice(1).map((first, k) => firsts[k]! + first + kind[1]);
  return { start: tokens[from]!.start, end: tokens[i]!.end, shorts: [...new Set([firsts.join('') + kind[1], ...pairs])] };
}

/** The lines named by joined places in a span of a report (G0711乌鲁木齐至尉犁高速公路 → 乌尉高速). */
export function placePairs(analysis: Analysis, span: Span): PlacePair[] {
  const tokens = tokensIn(tokensOf(analysis), span);
  const found: PlacePair[] = [];
  tokens.forEach((token, at) => {
    if (token.text !== joiner || found.some((pair) => pair.end > token.start)) return;
    const line = lineAt(tokens, at);
    if (line) found.push(line);
  });
  return found;
}

/** A span's text with each long name of joined places in its short form (开工建设富裕至加格达奇铁路 → 开工建设富加铁路). */
export function withShortLines(analysis: Analysis, span: Span): { text: string; shorts: string[] } {
  const pairs = placePairs(analysis, span);
  let text = analysis.text.slice(span.start, span.end);
  for (const pair of [...pairs].reverse()) text = text.slice(0, pair.start - span.start) + pair.shorts[0] + text.slice(pair.end - span.start);
  return { text, shorts: pairs.flatMap((pair) => pair.shorts) };
}
