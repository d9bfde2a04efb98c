// Commitments: what a report promises. In plans parts every actionable item
// is one (a 下一步 sentence cut at 以…为…, 坚持, 推动 …; a 预期目标 list cut per
// target); elsewhere only sentences whose main verb is promised (将, 力争, 拟).
import type { Commitment, Figure, Section, Sentence, Span } from '../types.js';
import { clauses, skipLead } from './clauses.js';
import type { Keywords } from './keywords.js';
import {
  COMMITMENT_LEAD,
  COMMITMENT_OPENER,
  DESCRIBED_SUBJECT,
  EMPHASIS_BEFORE,
  EXPLANATION,
  FIELD_LINE,
  FUTURE_MARKER,
  ITEM_ORDINAL,
  PAST_MARKER,
  SALUTATION,
  TARGET_EXPLAINED,
  TOPIC_FIELD,
  TOPIC_HEADING,
  type ItemRule,
} from './lexicon.js';
import { namesPastYear, opensAsWork, pastFramed } from './past-frame.js';
import { promised } from './promise.js';
import { segment } from '../segment/jieba.js';
import { inTargetList, targetLists } from './target-lists.js';

/**
 * Descriptions and reasons (改革是最大的红利) promise nothing; an ordinal (五是继续实施…) is no description, nor
 * is 特别是, 尤其是 inside an ask (commitment:especially: 切实增加对各种所有制中小企业特别是科技型企业的贷款,
 * state-council-gwr-2000). Nor does a first clause that a clause opening on 是 describes (commitment:described-subject:
 * 保护好青海生态环境，是“国之大者”), unless it is a focus (…的重点，是健全公共财政体系), it is called a goal or
 * task (…，是我们坚定不移的目标) or a later clause still asks (…，要始终把生态环境保护挺在前头). Nor does the
 * speaker's explanation of the targets (EXPLANATION: 这里要着重说明，提出…主要是…).
 */
const DEFINITION = new RegExp(`^[^，,；;]{0,16}?(?<![要将一二三四五六七八九十])(?<!${EMPHASIS_BEFORE.join('|')})是(?![否要])`);
const ACTION = /[\u4e00-\u9fff]{2}/;
const DEADLINE = /(?:到|至|在)?(20\d\d)年(?:底|末)?(?:前|以前)?|(?:今年|年内|年底前)/;

/** Groups the clauses of a sentence into items, starting one at each opener. */
function items(text: string, sentence: Span): Span[] {
  const groups: Span[] = [];
  for (const clause of clauses(text, sentence.start, sentence.end)) {
    const last = groups.at(-1);
    if (last && !COMMITMENT_OPENER.test(text.slice(clause.start, clause.end))) last.end = clause.end;
    else groups.push({ ...clause });
  }
  return groups;
}

function deadlineOf(item: string): string | null {
  const match = DEADLINE.exec(item);
  if (!match) return null;
  return match[1] && !/年(?:底|末|前)/.test(match[0]) ? match[1] : match[0].replace(/^(?:到|至|在)/, '');
}

/**
 * An item of a plans part that tells the past or explains instead of promising (commitment:past-statement):
 * a mark of the past (了, 已, an opening 去年, a year before the one the report reviews), no word addressed to the future, and no
 * verb opening it, after its adverbs, as work to do (加快已开工“两重”项目建设进度, 优化/vn 已建成…驿站的…机制, 从严/d 从实/d 推进… are work).
 */
function tellsPast(item: string, year: number | null): boolean {
  if ((!namesPastYear(item, year) && !PAST_MARKER.test(item)) || FUTURE_MARKER.test(item)) return false;
  return !opensAsWork(item);
}

/** The number a heading or an item opens with: 三、, （一）, 1., 一是. */
const ORDINAL = /^(?:[（(]?[一二三四五六七八九十\d]+[)）、.．]|[一二三四五六七八九十]+是)/;

/** jieba's tags of nouns and of places and proper nouns; not vn (继续加强/n 职业/n 教育/vn is work) nor nr (弘扬/nr). */
const NOUN_TAG = /^n[sz]?$/;

/**
 * A numbered heading that names a topic alone (commitment:plans-part, topicFields): a field, …方面 (1.医疗卫生方面。,
 * 3.关爱儿童方面。: the verb inside names the field), or words jieba reads as nouns only ((二)重点任务。). A numbered
 * heading with a verb is work to do ((一)着力扩大国内需求。, 三是深化外贸体制改革。) and stays.
 */
function namesTopic(words: string): boolean {
  return TOPIC_FIELD.test(words) || segment(words).every((token) => NOUN_TAG.test(token.tag));
}

/**
 * A heading names a part; it promises nothing: one on its own line (三、2014年重点工作) that the structure stage
 * found, or one run in at a paragraph's start that is only a topic, a preposition and what it governs in one clause
 * (关于经济增长。我国仍是一个发展中国家…; （一）关于“十五五”时期发展的时代背景。; 一是关于经济增长速度问题。),
 * or a numbered one that names a topic alone (namesTopic).
 * `headings`: the headings of parts by where they start.
 */
function isHeading(text: string, sentence: Span, headings: Map<number, Set<string>>): boolean {
  if (sentence.start !== 0 && text[sentence.start - 1] !== '\n') return false;
  const words = text.slice(sentence.start, sentence.end).replace(/[。.]$/, '');
  const ownLine = /^\n?$/.test(text.slice(sentence.end, sentence.end + 1));
  const topic = words.replace(ORDINAL, '');
  if (ownLine && (headings.get(sentence.start)?.has(words) ?? false)) return !itemLine(text, sentence);
  return TOPIC_HEADING.test(topic) || (topic !== words && topic !== '' && namesTopic(topic));
}

/**
 * A line the structure stage takes for a heading that is an item of a list (commitment:item-line): it opens on
 * 一是, holds several clauses and ends with a full stop (state-council-gwr-2002: 三是认真研究、掌握和充分行使我国作为
 * 世贸组织成员享有的各项权利，积极推动和参与区域经济合作。), where a title names its part in one clause
 * (guangdong-gwr-2026: 一是联合港澳承办十五运会和残特奥会。).
 */
function itemLine(text: string, sentence: Span): boolean {
  const line = text.slice(sentence.start, sentence.end);
  return ITEM_ORDINAL.test(line) && line.endsWith('。') && /[，,；;]/.test(line);
}

/**
 * A sentence without the clause that only addresses the hearers (commitment:salutation: 各位代表，完成今年目标任务…),
 * or null when nothing else is left (各位代表！).
 */
function afterSalutation(text: string, sentence: Span): Span | null {
  const [first, second] = clauses(text, sentence.start, sentence.end);
  if (first === undefined || !SALUTATION.test(text.slice(first.start, first.end))) return sentence;
  return second === undefined ? null : { start: second.start, end: sentence.end };
}

/**
 * A line that gives a field of a listed item, its name and a colon, with no verb after it (commitment:field-line):
 * 主办单位：省人力资源社会保障厅、省财政厅，各州、市人民政府 names who runs the item, not what it does.
 */
function isFieldLine(text: string, sentence: Span): boolean {
  if (sentence.start !== 0 && text[sentence.start - 1] !== '\n') return false;
  const line = text.slice(sentence.start, sentence.end);
  const field = FIELD_LINE.exec(line);
  return field !== null && !segment(line.slice(field[0].length)).some((token) => token.tag.startsWith('v'));
}

/**
 * Whether two targets of one value may be one: not when both name catalogue measures and they differ (经济增长 and
 * 城镇调查失业率, both 5.5%左右), nor when neither names one and neither label holds the other. One without a measure
 * (5.5%左右的预期增长目标) may restate either.
 */
function sameMeasure(a: Figure, b: Figure): boolean {
  if (a.measure !== null && b.measure !== null) return a.measure === b.measure;
  return a.measure !== null || b.measure !== null || a.label.includes(b.label) || b.label.includes(a.label);
}

/**
 * A stated target that a clause opening on 是 or 考虑 explains (把居民消费价格涨幅控制在3.5%左右，是充分考虑各方面因素后
 * 作出的选择; 把…控制在3.5%左右，考虑了去年涨价翘尾影响) is the 预期目标 list's target again (its value, unit, qualifier
 * and measure), not a second promise.
 */
function explainsTarget(item: string, span: Span, targets: Figure[], listed: Figure[]): boolean {
  if (!TARGET_EXPLAINED.test(item)) return false;
  const again = (f: Figure) => listed.some((l) => l !== f && l.value === f.value && l.unit === f.unit && l.qualifier === f.qualifier && sameMeasure(l, f));
  return targets.some((f) => f.start >= span.start && f.end <= span.end && again(f));
}

function headingsByStart(sections: Section[]): Map<number, Set<string>> {
  const headings = new Map<number, Set<string>>();
  for (const { start, heading } of sections) if (heading !== null) headings.set(start, (headings.get(start) ?? new Set()).add(heading));
  return headings;
}

export function extractCommitments(
  text: string,
  sentences: Sentence[],
  sections: Section[],
  figures: Figure[],
  keywords: (span: Span) => Keywords,
  /** The year the report reviews: a year named at an item's start before it is past (2003年抗击…非典疫情, in the report on 2012). */
  year: number | null = null,
  /** pastFramed's reading of the sentences, when the caller made it already (the figures stage reads it too). */
  framed = pastFramed(text, sentences, sections, year),
): Commitment[] {
  const lists = targetLists(text);
  const byId = new Map(sections.map((s) => [s.id, s]));
  const headings = headingsByStart(sections);
  const found: Array<{ span: Span; section: Section | null; rule: ItemRule; sentence: number }> = [];
  for (const [index, sentence] of sentences.entries()) {
    const section = sentence.section === null ? null : byId.get(sentence.section) ?? null;
    const list = lists.find((l) => sentence.end > l.start && sentence.start < l.end);
    if (list) {
      // One commitment per target: 国内生产总值增长5%左右，城镇新增就业1200万人以上 …
      for (const clause of clauses(text, Math.max(sentence.start, list.start), sentence.end)) {
        found.push({ span: clause, section, rule: 'commitment:target-list', sentence: index });
      }
      continue;
    }
    const spoken = isHeading(text, sentence, headings) || isFieldLine(text, sentence) ? null : afterSalutation(text, sentence);
    if (spoken === null) continue;
    const sentenceText = text.slice(spoken.start, spoken.end);
    if (section?.role === 'plans') {
      for (const item of items(text, spoken)) found.push({ span: skipLead(text, item, COMMITMENT_LEAD), section, rule: 'commitment:plans-part', sentence: index });
    } else if (section?.role !== 'problems' && !PAST_MARKER.test(sentenceText) && promised(sentenceText)) {
      found.push({ span: skipLead(text, spoken, COMMITMENT_LEAD), section, rule: 'commitment:promise-cue', sentence: index });
    }
  }
  const targets = figures.filter((f) => f.modality === 'target');
  const listed = targets.filter((f) => inTargetList(lists, f.start));
  return found
    .filter(({ span, rule, sentence }) => {
      const item = text.slice(span.start, span.end);
      if (rule === 'commitment:plans-part' && (tellsPast(item, year) || (framed[sentence]! && !FUTURE_MARKER.test(item)) || explainsTarget(item, span, targets, listed))) return false;
      return ACTION.test(item) && item.length >= 4 && !DEFINITION.test(item) && !DESCRIBED_SUBJECT.test(item) && !EXPLANATION.test(item);
    })
    .map(({ span, section, rule }, i) => {
      const item = text.slice(span.start, span.end);
      const { topic, keywords: words } = keywords(span);
      return {
        id: `c${i + 1}`,
        text: item,
        start: span.start,
        end: span.end,
        section: section?.id ?? null,
        topic,
        keywords: words,
        targets: targets.filter((f) => f.start >= span.start && f.end <= span.end).map((f) => f.id),
        deadline: deadlineOf(item),
        rule,
      };
    });
}
