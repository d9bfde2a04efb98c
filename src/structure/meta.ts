// Report metadata from the text alone: title, issuer, the year reviewed, the
// date of issue and the kind of report. Null wherever the text does not say.
import type { ReportMeta } from '../types.js';
import { DATE_PATTERN, parseDate } from './dates.js';

const WORK_REPORT = '政府工作报告';
const HEAD_LINES = 6;

function lines(text: string): string[] {
  return text.split('\n');
}

function findTitle(head: string[]): string | null {
  const first = head[0];
  if (!first || first.length > 60 || /[。，,；;:：]/.test(first)) return null;
  return /报告|总结/.test(first) ? first : null;
}

/** The line under the title that says when and where the report was given. */
function findSubtitle(head: string[]): string | null {
  return head.find((line) => new RegExp(`^[-—―–（(\\s]*${DATE_PATTERN.source}`).test(line)) ?? null;
}

/** A closing date line, usually the last line, under the signature. */
function findClosingDate(all: string[]): { date: string; index: number } | null {
  for (let i = all.length - 1; i >= Math.max(0, all.length - 3); i--) {
    const line = all[i]!.trim();
    if (line.length <= 16 && DATE_PATTERN.test(line)) {
      const date = parseDate(line);
      if (date) return { date, index: i };
    }
  }
  return null;
}

function findKind(title: string | null, text: string): string | null {
  if (title?.includes('政府工作报告')) return WORK_REPORT;
  const titled = title && /(?:\d{4}年度?)?([^\d年]{2,24}?报告)$/.exec(title);
  if (titled) return titled[1]!.replace(/^.*?(?:省|市|区|县|州|盟|旗)(?=[^省市区县州盟旗]*报告$)/, '');
  const announced = /现将(?:\d{4}年度?)?(.{2,24}?报告)如下/.exec(text);
  if (announced) return announced[1]!;
  // An address to the deputies on behalf of a government is a work report.
  const opening = text.slice(0, 600);
  if (/(?:作|报告).{0,12}政府工作|向大会报告工作/.test(opening)) return WORK_REPORT;
  if (/^各位代表/.test(opening) && /我代表(?:国务院|.{0,12}政府)/.test(opening)) return WORK_REPORT;
  return null;
}

const LEVEL_WORDS = ['自治区', '省', '市', '区', '县'];

/** 省人民政府 said in Henan's report is 河南省人民政府. */
function qualify(body: string, place: string | null): string {
  const generic = LEVEL_WORDS.find((word) => body.startsWith(word) && body.length > word.length + 1);
  if (!generic || !place || !place.endsWith(generic)) return body;
  return place + body.slice(generic.length);
}

function findPlace(subtitle: string | null, title: string | null): string | null {
  const given = subtitle && /在(.{2,12}?(?:省|市|自治区|区|县))(?:第?[一二三四五六七八九十]+届)/.exec(subtitle);
  if (given) return given[1]!;
  const titled = title && /^(?:\d{4}年)?(.{2,12}?(?:省|市|自治区|区|县))/.exec(title);
  return titled ? titled[1]! : null;
}

/**
 * The signature names the body, often in short form (示范区管委会); the
 * addressee line (中共许昌市城乡一体化示范区党工委) supplies the rest of the name.
 */
function expandSignature(signature: string, addressee: string | null): string {
  if (!addressee) return signature;
  const to = addressee.replace(/^中共/, '');
  for (let n = signature.length - 1; n >= 2; n--) {
    const at = to.indexOf(signature.slice(0, n));
    if (at > 0) return to.slice(0, at) + signature;
  }
  return signature;
}

function findIssuer(all: string[], title: string | null, subtitle: string | null, closing: number | null): string | null {
  const opening = all.slice(0, 12).join('\n');
  const speaker = /我代表(国务院|[^，,。\n]{0,20}?政府)/.exec(opening);
  if (speaker) {
    const body = speaker[1]!.replace(/(?<!人民)政府$/, '人民政府');
    return qualify(body, findPlace(subtitle, title));
  }
  if (closing !== null && closing > 0) {
    const signature = all[closing - 1]!.trim();
    if (signature.length <= 30 && !/[。，,；;：:]/.test(signature)) {
      const addressee = all.find((line) => /[:：]$/.test(line) && line.length <= 40) ?? null;
      return expandSignature(signature, addressee?.replace(/[:：]$/, '') ?? null);
    }
  }
  return findPlace(subtitle, title);
}

function findYear(text: string, title: string | null, kind: string | null, issuedDate: string | null): number | null {
  const covered =
    /现将(\d{4})年/.exec(text) ??
    (title ? /(\d{4})年度/.exec(title) : null) ??
    /^(?:[一二三四五六七八九十]+、)?\s*(?:首先报告)?(\d{4})年(?:国内)?(?:的)?工作(?:回顾)?/m.exec(text);
  if (covered && (kind !== WORK_REPORT || /回顾|首先报告|现将/.test(covered[0]))) return Number(covered[1]);
  if (kind !== WORK_REPORT) return null;
  // A work report delivered in year N reviews year N-1 and plans year N.
  const planned = /^(?:[一二三四五六七八九十]+、)?\s*(\d{4})年(?:政府)?工作(?:总体部署|安排|任务|重点)/m.exec(text);
  if (planned) return Number(planned[1]) - 1;
  if (issuedDate) return Number(issuedDate.slice(0, 4)) - 1;
  const titled = title && /^(\d{4})年/.exec(title);
  return titled ? Number(titled[1]) - 1 : null;
}

export function detectMeta(text: string): ReportMeta {
  const all = lines(text);
  const head = all.slice(0, HEAD_LINES);
  const title = findTitle(head);
  const subtitle = findSubtitle(head);
  const closing = findClosingDate(all);
  const issuedDate = (subtitle && parseDate(subtitle)) ?? closing?.date ?? null;
  const kind = findKind(title, text);
  return {
    title,
    issuer: findIssuer(all, title, subtitle, closing?.index ?? null),
    year: findYear(text, title, kind, issuedDate),
    issuedDate,
    kind,
  };
}
