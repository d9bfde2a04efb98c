// What one file may cost: caps on the text it holds and on what its container
// expands to. Each has a default, an environment variable and its own error
// code, so a refusal names the cap and how to raise it.
import { InputError } from '../errors.js';

export interface Limits {
  /** Characters of text in one report. */
  maxChars: number;
  /** Bytes a DOCX may expand to, all entries together. */
  maxDocxBytes: number;
  /** Entries (files) in a DOCX. */
  maxDocxEntries: number;
  /** Pages of a PDF. */
  maxPdfPages: number;
}

// The largest report of the corpus has about 60 000 characters and 90 pages.
export const DEFAULT_LIMITS: Readonly<Limits> = {
  maxChars: 5_000_000,
  maxDocxBytes: 64 * 1024 * 1024,
  maxDocxEntries: 1000,
  maxPdfPages: 2000,
};

/** Fewer non-blank characters than this cannot be a report (a title alone has more). */
export const MIN_CHARS = 20;

const SIZE_UNITS: Record<string, number> = { '': 1, b: 1, kb: 1024, k: 1024, mb: 1024 ** 2, m: 1024 ** 2, gb: 1024 ** 3, g: 1024 ** 3 };

function bad(variable: string, problem: string): never {
  throw new InputError('BAD_ARGUMENT', variable, problem);
}

/** Bytes, or a size such as 20MB, 512KB, 1.5 GB (units of 1024). */
export function parseSize(value: string, variable: string): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(value);
  const unit = SIZE_UNITS[match?.[2]?.toLowerCase() ?? 'x'];
  if (!match || unit === undefined) bad(variable, `takes a size such as 20MB or a number of bytes, not "${value}"`);
  const bytes = Math.floor(Number(match[1]) * unit);
  if (bytes < 1) bad(variable, 'must be at least one byte');
  return bytes;
}

/** A whole number of at least `least` (1, or 0 where 0 means none). */
export function parseCount(value: string, variable: string, least = 1): number {
  if (!/^\d{1,15}$/.test(value.trim()) || Number(value) < least) bad(variable, `takes ${least === 0 ? 'a whole number, 0 for none' : `a whole number of at least ${least}`}, not "${value}"`);
  return Number(value);
}

/** The limits from NIANBAO_MAX_* and the --max-chars flag, which wins. */
export function readLimits(env: NodeJS.ProcessEnv = process.env, flags: { maxChars?: string } = {}): Limits {
  const chars = flags.maxChars ?? env.NIANBAO_MAX_CHARS;
  return {
    maxChars: chars ? parseCount(chars, flags.maxChars ? '--max-chars' : 'NIANBAO_MAX_CHARS') : DEFAULT_LIMITS.maxChars,
    maxDocxBytes: env.NIANBAO_MAX_DOCX_SIZE ? parseSize(env.NIANBAO_MAX_DOCX_SIZE, 'NIANBAO_MAX_DOCX_SIZE') : DEFAULT_LIMITS.maxDocxBytes,
    maxDocxEntries: env.NIANBAO_MAX_DOCX_ENTRIES ? parseCount(env.NIANBAO_MAX_DOCX_ENTRIES, 'NIANBAO_MAX_DOCX_ENTRIES') : DEFAULT_LIMITS.maxDocxEntries,
    maxPdfPages: env.NIANBAO_MAX_PDF_PAGES ? parseCount(env.NIANBAO_MAX_PDF_PAGES, 'NIANBAO_MAX_PDF_PAGES') : DEFAULT_LIMITS.maxPdfPages,
  };
}
