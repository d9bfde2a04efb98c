// Dates as government documents print them: 2022年2月16日 or 二〇二二年二月十六日.

const DIGIT: Record<string, number> = {
  〇: 0, 零: 0, O: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/** 十六 → 16, 二十七 → 27, 三十一 → 31; a small reader for month and day numerals. */
function smallNumeral(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text);
  const match = /^([一二三])?(十)?([一二三四五六七八九])?$/.exec(text);
  if (!match || text.length === 0) return null;
  const [, tens, ten, ones] = match;
  if (!ten) return tens && ones ? null : DIGIT[(tens ?? ones)!] ?? null;
  return (tens ? DIGIT[tens]! : 1) * 10 + (ones ? DIGIT[ones]! : 0);
}

function yearNumeral(text: string): number | null {
  if (/^\d{4}$/.test(text)) return Number(text);
  if (text.length !== 4) return null;
  let year = 0;
  for (const ch of text) {
    const digit = DIGIT[ch];
    if (digit === undefined) return null;
    year = year * 10 + digit;
  }
  return year;
}

export const DATE_PATTERN =
  /(\d{4}|[〇零O一二三四五六七八九]{4})\s*年\s*(\d{1,2}|[一二三]?十?[一二三四五六七八九]?)\s*月\s*(\d{1,2}|[一二三]?十?[一二三四五六七八九]?)\s*日/;

/** ISO date from the first date in `text`, or null. */
export function parseDate(text: string): string | null {
  const match = DATE_PATTERN.exec(text);
  if (!match) return null;
  const year = yearNumeral(match[1]!);
  const month = smallNumeral(match[2]!);
  const day = smallNumeral(match[3]!);
  if (year === null || month === null || day === null) return null;
  if (year < 1949 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
