// The short forms a report defines for itself (lexicon/definitions.json): 第九届亚洲冬季运动会（以下简称
// “亚冬会”）, a glossary's 1.“两重”：国家重大战略实施和重点领域安全能力建设。, “两基”（基本普及九年义务教育和
// 基本扫除青壮年文盲）. Follow-up reads the two forms as one name across a pair of reports.
import lexicon from './lexicon/definitions.json' with { type: 'json' };

export interface Definition {
  /** The short form, without quotation marks (两重, 亚冬会). */
  short: string;
  /** The full name it stands for, without quotation marks. */
  full: string;
  /** Where the definition lies in the normalised text. */
  start: number;
  end: number;
  rule: string;
}

const COUNTED: ReadonlySet<string> = new Set(lexicon.counted);
const HAN = /\p{Script=Han}/u;
const QUOTES = /[“”]/g;
const NAMED_SHORT = new RegExp(lexicon.namedShort.pattern, 'gu');
const GLOSSARY_HEADING = new RegExp(lexicon.glossary.heading, 'mu');
const GLOSSARY_ENTRY = new RegExp(lexicon.glossary.entry, 'gmu');
const QUOTED_GLOSS = new RegExp(lexicon.quotedGloss.pattern, 'gu');

/** The short form's characters that must stand in the full name: its Han characters but the numerals counting what it names (“两新”). */
const lettersOf = (short: string) => [...short].filter((c) => HAN.test(c) && !COUNTED.has(c));

/** Where the full name holds the letters in order, from `from`: the end of the last one, or -1. */
function lettersEnd(letters: string[], full: string, from = 0): number {
  let at = from;
  for (const letter of letters) {
    const found = full.indexOf(letter, at);
    if (found === -1) return -1;
    at = found + 1;
  }
  return at;
}

/** Whether `full` may be the name `short` abridges: longer, holding its letters in order. */
export function abridges(short: string, full: string): boolean {
  const letters = lettersOf(short);
  return letters.length > 0 && full.length > short.length && lettersEnd(letters, full) !== -1;
}

/** An unbracketed name cut to its shortest end still holding the short form (举办第九届亚洲冬季运动会 → 亚洲冬季运动会). */
function shortestEnd(short: string, name: string): string {
  const letters = lettersOf(short);
  for (let at = name.lastIndexOf(letters[0]!); at >= 0; at = name.lastIndexOf(letters[0]!, at - 1)) {
    if (lettersEnd(letters, name, at) !== -1) return name.slice(at);
    if (at === 0) break;
  }
  return name;
}

/**
 * A definition if the two forms pass the test (abridges), quotation marks taken off. A gloss holding 的 describes the
 * thing (零碳园区：碳排放和吸收趋于平衡的园区); a name announced with 简称 may hold it (…第十五个五年规划的建议).
 */
function definition(short: string, full: string, span: [number, number], rule: string, glossed = true): Definition | null {
  const [s, f] = [short.replace(QUOTES, '').trim(), full.replace(QUOTES, '').trim()];
  if (glossed && f.includes(lexicon.description)) return null;
  return abridges(s, f) ? { short: s, full: f, start: span[0], end: span[1], rule } : null;
}

/** Names with their short form announced in brackets: …（以下简称“亚冬会”）. */
function namedShorts(text: string): Definition[] {
  // The pattern tries a name at every character: a text without the word is searched once.
  if (!text.includes(lexicon.namedShort.marker)) return [];
  return [...text.matchAll(NAMED_SHORT)].flatMap((m) => {
    const [, bracketed, name, short] = m;
    const full = bracketed ?? (lettersOf(short!).length > 0 ? shortestEnd(short!, name!) : name!);
    return definition(short!, full, [m.index, m.index + m[0].length], lexicon.namedShort.id, false) ?? [];
  });
}

/** The numbered entries of a closing glossary (名词解释) whose first sentence is the term's full name. */
function glossaryEntries(text: string): Definition[] {
  const heading = GLOSSARY_HEADING.exec(text);
  if (!heading) return [];
  const from = heading.index + heading[0].length;
  return [...text.slice(from).matchAll(GLOSSARY_ENTRY)].flatMap((m) => {
    const start = from + m.index;
    return definition(m[1]!, m[2]!, [start, start + m[0].length], lexicon.glossary.id) ?? [];
  });
}

/** Quoted short forms with their full name in brackets: “两基”（基本普及九年义务教育和基本扫除青壮年文盲）. */
function quotedGlosses(text: string): Definition[] {
  return [...text.matchAll(QUOTED_GLOSS)].flatMap((m) => definition(m[1]!, m[2]!, [m.index, m.index + m[0].length], lexicon.quotedGloss.id) ?? []);
}

/** Every short form a normalised report text defines, in the order found; a pair of forms defined twice, once. */
export function definitionsIn(text: string): Definition[] {
  const seen = new Set<string>();
  return [...namedShorts(text), ...glossaryEntries(text), ...quotedGlosses(text)].filter(({ short, full }) => {
    const key = `${short}\u0000${full}`;
    return !seen.has(key) && seen.add(key);
  });
}
