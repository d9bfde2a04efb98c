// Whether an outcome counts what its target counts: an addition of the year or a total, the
// same object, one measure or several summed, the whole or a part, the year or several.
// A verdict of met or missed is given only when it does; otherwise the rule that saw the
// difference makes it unclear (ids in lexicon/scope.json).
import type { FigureSide } from '../types.js';
import { MEASURES } from '../measures/index.js';
import { alternation } from '../extract/lexicon.js';
import { segment } from '../segment/jieba.js';
import { labelTerms } from './measures.js';
import scope from './lexicon/scope.json' with { type: 'json' };

export interface ScopeDifference {
  rule: string;
  reason: string;
  /**
   * The verdict the difference cannot overturn where more is better: a part or a narrower set at or
   * past the target (met), a sum of several short of it (missed).
   */
  keeps: 'met' | 'missed' | null;
}

/** What a check finds: why the scopes differ, and the verdict that still holds. */
type Found = { reason: string; keeps: ScopeDifference['keeps'] } | null;
const found = (reason: string | null, keeps: ScopeDifference['keeps'] = null): Found => (reason === null ? null : { reason, keeps });

/** The words of a figure's clause before its number (年末城镇调查失业率降到 of …，年末城镇调查失业率降到5.5%). */
export function clauseBefore(side: FigureSide): string {
  const before = side.sentence.slice(0, Math.max(0, side.sentence.indexOf(side.surface)));
  return before.slice(before.search(/[^，,；;]*$/));
}

/** The clause's words after the last figure listed before this one (累计建成…4397万亩、推广…面积超: 推广…面积超). */
const ownClause = (side: FigureSide) => {
  const clause = clauseBefore(side);
  return clause.slice(clause.search(/[^\d、]*$/));
};

/** Catalogue names that hold a scope word (城镇新增就业, 新增减税降费): they name the measure, not its scope. */
const MEASURE_NAMES = new RegExp(alternation([...new Set(MEASURES.flatMap((m) => m.aliases))]), 'g');

/** What a side says of itself: its label and its own clause, without the names of catalogue measures. */
const wordsOf = (side: FigureSide) => `${side.label}|${ownClause(side)}`.replace(MEASURE_NAMES, '|');

const has = (words: readonly string[], text: string) => words.find((word) => text.includes(word));

const PERCENT = /^[-+]?[\d.]+(?:%|％|个百分点)/;

/** What a side counts: the year's addition, a total as it stands, or neither said. */
function countKind(side: FigureSide): { kind: 'added' | 'total'; word: string } | null {
  const words = wordsOf(side);
  const added = has(scope.added.added, words);
  if (added) return { kind: 'added', word: added };
  const total = has(scope.added.total, words);
  return total ? { kind: 'total', word: total } : null;
}

function addedVersusTotal(target: FigureSide, actual: FigureSide): Found {
  // A rate is neither an addition nor a total.
  if (PERCENT.test(target.surface) || PERCENT.test(actual.surface)) return null;
  const [wanted, stated] = [countKind(target), countKind(actual)];
  if (!wanted || !stated || wanted.kind === stated.kind) return null;
  return found(`the target counts ${wanted.kind === 'added' ? 'what is added' : 'a total'} (${wanted.word}), the outcome ${stated.kind === 'added' ? 'what is added' : 'a total'} (${stated.word})`);
}

const NAME_TAGS = new Set(scope.object.nameTags);
/** jieba tags some words of scope as places (新建/ns): they are no names. */
const NOT_NAMES = new Set([...scope.object.notNames, ...scope.added.added, ...scope.added.total]);

/**
 * The places, persons and quoted names a side names (长沙机场: 长沙; “湘商回归”): in its label and in its
 * sentence since the figure before it, where a programme is named before what it did
 * (着力提升“4+4科创工程”平台能级…，力争…突破关键技术125项以上).
 */
function namesOf(side: FigureSide): Set<string> {
  const before = side.sentence.slice(0, Math.max(0, side.sentence.indexOf(side.surface)));
  // A figure inside a name (“4+4科创工程”) is not the figure before.
  const masked = before.replace(/[“"「][^”"」]+[”"」]/g, (name) => name.replace(/\d/g, '#'));
  const text = `${side.label}|${before.slice(masked.search(/[^\d]*$/))}`;
  const quoted = [...text.matchAll(/[“"「]([^”"」]+)[”"」]/g)].map((m) => m[1]!);
  const tagged = segment(text.replace(/[“"「][^”"」]+[”"」]/g, '|'))
    .filter((token) => NAME_TAGS.has(token.tag) && token.text.length > 1 && !NOT_NAMES.has(token.text))
    .map((token) => token.text);
  return new Set([...quoted, ...tagged]);
}

/** A term that can narrow a name: a noun or a distinguishing word (标杆, 大型), not 以上 of 规模以上. */
const QUALIFIER_TAG = /^(?:n|b)/;

/**
 * The target's name with a word inside it the outcome's lacks (智能制造[标杆]企业), or the other way
 * round: the outcome's terms, in order, within the target's, and a qualifier left between the first and last.
 */
function narrowedBy(wider: string[], narrower: string[]): string | null {
  let at = -1;
  const positions: number[] = [];
  for (const term of wider) {
    at = narrower.indexOf(term, at + 1);
    if (at < 0) return null;
    positions.push(at);
  }
  if (positions.length < 2) return null;
  const inside = narrower
    .slice(positions[0], positions.at(-1)! + 1)
    .filter((term) => !wider.includes(term) && segment(term).every((token) => QUALIFIER_TAG.test(token.tag)));
  return inside.length > 0 ? inside.join('') : null;
}

function otherObject(target: FigureSide, actual: FigureSide): Found {
  const [wanted, stated] = [namesOf(target), namesOf(actual)];
  if (wanted.size > 0 && stated.size > 0 && ![...wanted].some((name) => stated.has(name))) {
    return found(`the target names ${[...wanted].join('、')}, the outcome ${[...stated].join('、')}`);
  }
  const [targetTerms, actualTerms] = [labelTerms(target.label), labelTerms(actual.label)];
  const narrower = narrowedBy(actualTerms, targetTerms);
  if (narrower) return found(`the target counts only ${narrower} ones ("${target.label}"), the outcome all ("${actual.label}")`, 'missed');
  const part = narrowedBy(targetTerms, actualTerms);
  return found(part && `the outcome counts only ${part} ones ("${actual.label}"), the target all ("${target.label}")`, 'met');
}

const JOINERS = new Set(scope.combined.joiners);

/** Two names joined in a label (煤炭和天然气, 国家级和省级), by whole words: 惠及 joins nothing, nor 和 of 和美乡村. */
function joinedIn(label: string): string | null {
  const tokens = segment(label);
  const named = (i: number) => (tokens[i]?.text.length ?? 0) >= 2;
  const at = tokens.findIndex((token, i) => JOINERS.has(token.text) && named(i - 1) && named(i + 1));
  return at < 0 ? null : tokens.slice(at - 1, at + 2).map((token) => token.text).join('');
}

function singleVersusCombined(target: FigureSide, actual: FigureSide): Found {
  const stated = `${actual.label}|${ownClause(actual)}`;
  if (has(scope.combined.each, stated)) return null;
  const wanted = `${target.label}|${ownClause(target)}`;
  // The target is combined too (减轻企业税收和社保缴费负担).
  if (joinedIn(target.label) || scope.combined.compounds.some(({ whole }) => wanted.includes(whole))) return null;
  const joined = joinedIn(actual.label);
  const compound = scope.combined.compounds.find(({ whole, parts }) => stated.includes(whole) && !parts.every((part) => wanted.includes(part)));
  const sum = joined ?? compound?.whole;
  return found(sum === undefined || sum === null ? null : `the outcome sums several (${sum}), the target names one`, 'missed');
}

const PART_OPENER = new RegExp(`(?:${alternation(scope.part.openers)})$|\\d[^\\d，,；;]{0,8}中$`);

function partOfWhole(_target: FigureSide, actual: FigureSide): Found {
  const clause = clauseBefore(actual).replace(/[有共约近超达]+$/, '');
  return found(PART_OPENER.test(clause) ? `the outcome counts a part of what precedes it ("${clause.slice(-12)}")` : null, 'met');
}

const SEVERAL_YEARS = new RegExp(scope.multiYear.severalYears);

/** A value held over several years (连续5年, 稳定在…以上 of a five-year review), not the year's own. */
export function heldOverYears(side: FigureSide): string | null {
  const clause = clauseBefore(side);
  return SEVERAL_YEARS.exec(clause)?.[0] ?? has(scope.multiYear.held, ownClause(side)) ?? null;
}

function multiYear(target: FigureSide, actual: FigureSide): Found {
  const several = SEVERAL_YEARS.exec(clauseBefore(actual))?.[0];
  return found(several && !clauseBefore(target).includes(several) ? `the outcome is over several years (${several})` : null);
}

/** The first difference of scope between a target and the outcome found for it, or null when they count the same. */
export function scopeDifference(target: FigureSide, actual: FigureSide): ScopeDifference | null {
  const checks: Array<[string, (t: FigureSide, a: FigureSide) => Found]> = [
    [scope.added.id, addedVersusTotal],
    [scope.combined.id, singleVersusCombined],
    [scope.part.id, partOfWhole],
    [scope.multiYear.id, multiYear],
    [scope.object.id, otherObject],
  ];
  for (const [rule, check] of checks) {
    const difference = check(target, actual);
    if (difference) return { rule, reason: `${rule}: ${difference.reason}`, keeps: difference.keeps };
  }
  return null;
}

export const TWO_BASES_RULE = scope.bases.id;
export const BRACKETS: readonly string[] = scope.bases.brackets;
