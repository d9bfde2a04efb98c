// Typed access to the extraction lexicons, which live as data beside this file.
import type { Qualifier, UnitType } from '../types.js';
import unitTable from './lexicon/units.json' with { type: 'json' };
import words from './lexicon/words.json' with { type: 'json' };
import names from './lexicon/names.json' with { type: 'json' };
import itemRules from './lexicon/items.json' with { type: 'json' };
import unitSpellings from './lexicon/unit-spellings.json' with { type: 'json' };

/** Each unit's type (the table's $comment is no unit). */
export const UNIT_TYPES: Readonly<Record<string, UnitType>> = Object.fromEntries(
  Object.entries(unitTable).filter(([unit]) => unit !== '$comment'),
) as Record<string, UnitType>;

/** Other spellings of a unit (微克每立方米 for 微克/立方米): a figure carries the unit they spell. */
export const UNIT_SPELLINGS: Readonly<Record<string, string>> = unitSpellings;

/** Units and their spellings longest first, so that 个百分点 wins over 个 and 平方公里 over 公里. */
export const UNITS: readonly string[] = [...Object.keys(UNIT_TYPES), ...Object.keys(UNIT_SPELLINGS)].sort((a, b) => b.length - a.length);

export const MAGNITUDES: Readonly<Record<string, number>> = words.magnitudes;
export const MAGNITUDE_WORDS: readonly string[] = Object.keys(MAGNITUDES).sort((a, b) => b.length - a.length);

export const QUALIFIERS_BEFORE = words.qualifiersBefore as Record<string, Qualifier>;
/** Qualifiers that compare: right before a number a bound (高于90%), before a base a difference from it (高于全国0.7个百分点). */
export const COMPARATIVES_BEFORE: readonly string[] = words.comparativesBefore;
export const QUALIFIERS_AFTER = words.qualifiersAfter as Record<string, Qualifier>;
export const APPROXIMATORS = words.approximators as Record<string, Qualifier>;
export const CHANGE_UP: readonly string[] = words.changeUp;
export const CHANGE_DOWN: readonly string[] = words.changeDown;
export const CHANGE_BASIS: readonly string[] = words.changeBasis;
export const LEVEL_VERBS: readonly string[] = words.levelVerbs;
export const TARGET_CUES: readonly string[] = words.targetCues;
/** Verbs that make a clause a plan when they open it (计划新建…); as nouns (支持计划) they do not. */
export const PLANNED_VERBS: readonly string[] = words.plannedVerbs;
export const RANK_SCOPES: readonly string[] = words.rankScopes;
/** Nouns a speech or a plan counts its own parts by (重点抓好以下14个方面的工作): such a count is no statistic. */
export const SPEECH_PARTS: readonly string[] = words.speechParts;
export const RANK_VERBS: readonly string[] = words.rankVerbs;
/** Words and place names that begin with a numeral character: 十分, 千方百计, 三亚. */
export const NUMERAL_WORDS: readonly string[] = words.numeralWords;
/** Patterns for commitments and problems, kept as regex sources in words.json. */
export const COMMITMENT_OPENER = new RegExp(`^(?:${words.commitmentOpeners})`);
export const PROMISE_CUE = new RegExp(words.promiseCues);
/**
 * The prepositions that put a verb's object before it (把居民消费价格涨幅控制在3.5%左右): opening a sentence with no
 * subject, they open work to do, as a verb does (past-frame.ts opensAsWork).
 */
export const DISPOSAL_MARKERS: readonly string[] = words.disposalMarkers;
/** Verbs that end the 把 construction 将 can open (将更多药品纳入医保报销范围): done to an object, not promised. */
export const DISPOSAL_VERB = new RegExp(words.disposalVerbs);
/** A paragraph opening on a topic alone (关于经济增长。), a heading run in: what follows explains it. */
export const TOPIC_HEADING = new RegExp(words.topicHeadings);
/** A numbered paragraph opening on a field named alone (1.医疗卫生方面。), a heading run in: the items of the field follow. */
export const TOPIC_FIELD = new RegExp(words.topicFields);
/** Who is addressed, a clause of its own (各位代表！, 各位代表，…): no part of what is promised. */
export const SALUTATION = new RegExp(words.salutations);
/** Words before 是 that make it emphasis, not a copula (特别是, 尤其是): an item holding them is no description (commitment:especially). */
export const EMPHASIS_BEFORE: readonly string[] = words.emphasisBefore;
/** A first clause, then one opening on the copula 是: the first is the subject described (commitment:described-subject). */
export const DESCRIBED_SUBJECT = new RegExp(words.describedSubject);
/** An ordinal of the 一是 form: the items of a list in running words, not the titles of parts (commitment:item-line). */
export const ITEM_ORDINAL = new RegExp(words.itemOrdinal);
/** A line opening on a short field name and a colon (主办单位：…): a field of a listed item, promised only if a verb follows. */
export const FIELD_LINE = new RegExp(words.fieldLines);
/** A clause opening on 是 or 考虑 after a stated target explains it (把…控制在3.5%左右，考虑了去年涨价翘尾影响…). */
export const TARGET_EXPLAINED = new RegExp(words.targetExplained);
/** After a figure, the 目标 its noun phrase is, with no verb of meeting it between (能耗降低4%左右、…减少2%的目标; 实现高职院校扩招100万人目标). */
export const TARGET_NAMED = new RegExp(words.targetNamed);
/** Words that admit a target missed (没有实现年初确定的…目标, 低于13%左右的预期目标): the target's value is no outcome then. */
export const TARGET_MISSED = new RegExp(words.targetMissed);
/** The speaker announcing an explanation (这里要着重说明，…; 着重对两个目标加以说明): context, not a promise. */
export const EXPLANATION = new RegExp(words.explanations);
export const COMMITMENT_LEAD = new RegExp(words.commitmentLeads);
/** What tells the past (了, 已, an opening 去年) and what addresses the future (要, 将, 继续), for commitment:past-statement. */
export const PAST_MARKER = new RegExp(words.pastMarkers);
/** A past-time frame opening a sentence (过去一年, 去年, 一年来): what follows it reports results (commitment:past-frame). */
export const PAST_FRAME = new RegExp(words.pastFrames);
export const FUTURE_MARKER = new RegExp(words.futureMarkers);
export const TARGET_INTRO = new RegExp(words.targetIntro);
/** Openings of a paragraph that reviews the past (过去五年, 一年来), which a part of plans may begin with. */
export const REVIEW_OPENING = new RegExp(words.reviewOpenings);
export const PROBLEM_WORD = new RegExp(words.problemWords);
export const ADMISSION = new RegExp(words.admissions);
export const REMEDY = new RegExp(words.remedies);
export const PROBLEM_LEAD = new RegExp(words.problemLeads);
export const PROBLEM_INTRO = new RegExp(words.problemIntro);
export const PROBLEM_RESOLUTION = new RegExp(words.problemResolution);
/** The ids a commitment or a problem may cite as the rule that made it, each described in lexicon/items.json. */
export type ItemRule = Exclude<keyof typeof itemRules, '$comment'>;
/** Empty entries are dropped: an empty name would match everywhere, forever. */
export const POLICY_NAMES: readonly string[] = names.filter((name) => name.length > 0);

/** The lexicon entry among `words` that `text` starts with at `at`, longest first. */
export function matchAt(text: string, at: number, words: readonly string[]): string | null {
  for (const word of words) if (text.startsWith(word, at)) return word;
  return null;
}

/** Words indexed by first character, longest first, so the one at an offset is found in constant time. */
export function byFirstCharacter(words: readonly string[]): (text: string, at: number) => string | null {
  const index = new Map<string, string[]>();
  for (const word of [...words].sort((a, b) => b.length - a.length)) index.set(word[0]!, [...(index.get(word[0]!) ?? []), word]);
  return (text, at) => {
    const candidates = index.get(text[at] ?? '');
    return candidates ? matchAt(text, at, candidates) : null;
  };
}

/** A regex alternation of words, longest first, with regex characters escaped. */
export function alternation(list: readonly string[]): string {
  return [...list]
    .sort((a, b) => b.length - a.length)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
    .join('|');
}
