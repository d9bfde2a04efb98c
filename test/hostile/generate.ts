// A seeded generator of bad files: damaged copies of the format fixtures
// (truncated, bit-flipped), random bytes under each extension, zip bombs,
// billion laughs, PDFs of up to 10 000 pages, NUL bytes, lone surrogates,
// mixed encodings, deep nesting, 400-digit numbers, long lines without
// punctuation and the texts that once made analysis quadratic. The same seed
// gives the same file, so a failure can be replayed.
import { readFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import iconv from 'iconv-lite';
import { WORST_CASES } from '../extract/worst-case.js';

export interface HostileFile {
  kind: string;
  name: string;
  bytes: Uint8Array;
}

const fixtures = {
  pdf: readFileSync('test/fixtures/xuchang.pdf'),
  docx: readFileSync('test/fixtures/xuchang.docx'),
  html: readFileSync('test/fixtures/xuchang.html'),
  txt: readFileSync('corpus/xuchang-demo-zone-2021.txt'),
};
const seedText = fixtures.txt.toString('utf8');
const EXTENSIONS = ['txt', 'pdf', 'docx', 'html', 'htm', 'doc', ''];

/** mulberry32: small, fast and the same everywhere. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

let bomb: Uint8Array | null = null;
/** 100 MB of zeros deflated to about 100 KB: past the DOCX cap. Made once. */
function zipBomb(): Uint8Array {
  bomb ??= zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': new Uint8Array(100 * 1024 * 1024) }, { level: 9 });
  return bomb;
}

/** The same bomb with every header declaring 1 KB per entry. */
function lyingBomb(): Uint8Array {
  const bytes = zipBomb().slice();
  const view = new DataView(bytes.buffer);
  for (let at = bytes.length - 22; at >= 0 && at > bytes.length - 4096; at--) {
    if (view.getUint32(at, true) === 0x02014b50) view.setUint32(at + 24, 1024, true);
  }
  return bytes;
}

/** A PDF of `count` pages, each showing one line, all kids of one page-tree node (as no writer makes it: every lookup walks them). */
function pagesPdf(count: number): Uint8Array {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${Array.from({ length: count }, (_, i) => `${i + 4} 0 R`).join(' ')}] /Count ${count} >>`,
    '<< /Length 47 >>\nstream\nBT /F1 12 Tf 72 712 Td (2021 report page) Tj ET\nendstream',
    ...Array.from({ length: count }, () => '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 3 0 R >>'),
  ];
  let out = '%PDF-1.4\n';
  const offsets = objects.map((object, i) => [out.length, (out += `${i + 1} 0 obj\n${object}\nendobj\n`)][0] as number);
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  return strToU8(`${out}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`);
}

let tenThousandPages: Uint8Array | null = null;

type Maker = (next: () => number) => { name: string; bytes: Uint8Array };
const pick = <T>(next: () => number, items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
const utf8 = (text: string) => Buffer.from(text, 'utf8');
const report = (body: string) => utf8(`${seedText.split('\n')[0]}\n${body}\n`);

const makers: Record<string, Maker> = {
  truncated: (next) => {
    const format = pick(next, ['pdf', 'docx', 'html', 'txt'] as const);
    const bytes = fixtures[format];
    return { name: `cut.${format}`, bytes: bytes.subarray(0, Math.floor(next() * bytes.length)) };
  },
  flipped: (next) => {
    const format = pick(next, ['pdf', 'docx', 'html', 'txt'] as const);
    const bytes = Uint8Array.from(fixtures[format]);
    const flips = 1 + Math.floor(next() * 20);
    for (let i = 0; i < flips; i++) bytes[Math.floor(next() * bytes.length)]! ^= 1 << Math.floor(next() * 8);
    return { name: `flip.${format}`, bytes };
  },
  random: (next) => {
    const bytes = new Uint8Array(Math.floor(next() * 4096));
    for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(next() * 256);
    return { name: `random.${pick(next, EXTENSIONS)}`, bytes };
  },
  zipBomb: (next) => ({ name: 'bomb.docx', bytes: next() < 0.5 ? zipBomb() : lyingBomb() }),
  billionLaughs: (next) => {
    const depth = 3 + Math.floor(next() * 6);
    let entities = '<!ENTITY l0 "lol">';
    for (let i = 1; i <= depth; i++) entities += `<!ENTITY l${i} "${`&l${i - 1};`.repeat(10)}">`;
    const xml = `<?xml version="1.0"?><!DOCTYPE d [${entities}]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&l${depth};</w:t></w:r></w:p></w:body></w:document>`;
    return { name: 'lol.docx', bytes: zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': strToU8(xml) }) };
  },
  nulBytes: (next) => {
    const bytes = Uint8Array.from(fixtures.txt);
    for (let i = 0; i < 1 + next() * 10; i++) bytes[Math.floor(next() * bytes.length)] = 0;
    return { name: 'nul.txt', bytes };
  },
  loneSurrogates: (next) => {
    const units = Buffer.from(`\ufeff${seedText}`, 'utf16le');
    for (let i = 0; i < 1 + next() * 10; i++) units.writeUInt16LE(0xd800 + Math.floor(next() * 0x800), 2 * Math.floor(next() * (units.length / 2)));
    return { name: 'surrogates.txt', bytes: units };
  },
  mixedEncodings: (next) => {
    const cut = Math.floor(next() * seedText.length);
    return { name: 'mixed.txt', bytes: Buffer.concat([utf8(seedText.slice(0, cut)), iconv.encode(seedText.slice(cut), 'gb18030')]) };
  },
  deepNesting: (next) => {
    const depth = 500 + Math.floor(next() * 5000);
    const tag = pick(next, ['div', 'span', 'p', 'li', 'table', 'td']);
    return { name: 'deep.html', bytes: utf8(`<html><body>${`<${tag}>`.repeat(depth)}${seedText}${next() < 0.5 ? `</${tag}>`.repeat(depth) : ''}</body></html>`) };
  },
  longNumbers: (next) => {
    const digits = Array.from({ length: 400 }, () => Math.floor(next() * 10)).join('');
    return { name: 'digits.txt', bytes: report(`全年完成投资${digits}亿元，增长${digits}%。\n${'一'.repeat(Math.floor(next() * 300))}个`) };
  },
  longLine: (next) => {
    const chars = '法治政府建设一二三四五六七八九十百千万亿123456789';
    return { name: 'line.txt', bytes: report(Array.from({ length: 2000 + Math.floor(next() * 8000) }, () => pick(next, [...chars])).join('')) };
  },
  // Past the page cap now and then (reading the page tree of 10 000 pages takes seconds), else a few pages.
  manyPages: (next) => ({ name: 'pages.pdf', bytes: next() < 0.1 ? (tenThousandPages ??= pagesPdf(10_000)) : pagesPdf(1 + Math.floor(next() * 40)) }),
  // Up to 100 KB of one of the texts that once made analysis quadratic (a megabyte each is `npm run bench`'s).
  quadratic: (next) => {
    const [name, document] = pick(next, WORST_CASES);
    return { name: `${name}.txt`, bytes: report(document.text.slice(0, 1 + Math.floor(next() * 33_000))) };
  },
};

export const KINDS = Object.keys(makers);

/** The hostile file of `kind` made from `seed`. */
export function hostileFile(kind: string, seed: number): HostileFile {
  return { kind, ...makers[kind]!(random(seed)) };
}
