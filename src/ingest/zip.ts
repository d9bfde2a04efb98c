// A ZIP reader that cannot be made to hold more than a cap: the entry count
// and the sizes the archive declares are checked first, then every entry is
// inflated in small pieces, counting what comes out, so an archive whose
// headers lie stops at the cap too. DOCX files are ZIP archives.
import { Inflate } from 'fflate';
import { InputError } from '../errors.js';
import type { Limits } from './limits.js';

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
// One deflated piece expands at most about 1 000 times: 16 KB in, 16 MB out.
const PIECE = 16 * 1024;

type Bounds = Pick<Limits, 'maxDocxBytes' | 'maxDocxEntries'>;

/** The entries of a ZIP archive by name, none larger together than `maxDocxBytes`. */
export function unzipBounded(bytes: Uint8Array, subject: string, bounds: Bounds): Map<string, Uint8Array> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const damaged = (problem: string) => new InputError('UNREADABLE_DOCX', subject, `is not a readable Word document (${problem})`);
  const tooLarge = () =>
    new InputError('DOCX_TOO_LARGE', subject, `expands to more than the cap of ${mb(bounds.maxDocxBytes)} (NIANBAO_MAX_DOCX_SIZE)`);

  const end = findEnd(view);
  if (end < 0) throw damaged('no ZIP directory');
  const count = view.getUint16(end + 10, true);
  const directory = view.getUint32(end + 16, true);
  if (count === 0xffff || directory === 0xffffffff) throw damaged('a ZIP64 archive');
  if (count > bounds.maxDocxEntries) {
    throw new InputError('DOCX_TOO_MANY_ENTRIES', subject, `holds ${count} files, more than the cap of ${bounds.maxDocxEntries} (NIANBAO_MAX_DOCX_ENTRIES)`);
  }

  const entries: Array<{ name: string; method: number; flags: number; size: number; compressed: number; local: number }> = [];
  let declared = 0;
  for (let at = directory, i = 0; i < count; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL) throw damaged('a broken ZIP directory');
    const nameLength = view.getUint16(at + 28, true);
    const entry = {
      flags: view.getUint16(at + 8, true),
      method: view.getUint16(at + 10, true),
      compressed: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      local: view.getUint32(at + 42, true),
      name: Buffer.from(bytes.subarray(at + 46, at + 46 + nameLength)).toString('utf8'),
    };
    declared += entry.size;
    if (declared > bounds.maxDocxBytes) throw tooLarge();
    if (!entry.name.endsWith('/')) entries.push(entry);
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }

  const files = new Map<string, Uint8Array>();
  let total = 0;
  for (const entry of entries) {
    if (entry.flags & 1) throw damaged(`${entry.name} is encrypted`);
    const at = entry.local;
    if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL) throw damaged(`a broken header for ${entry.name}`);
    const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
    const data = bytes.subarray(start, start + entry.compressed);
    const pieces: Uint8Array[] = [];
    const keep = (piece: Uint8Array) => {
      total += piece.length;
      if (total > bounds.maxDocxBytes) throw tooLarge();
      pieces.push(piece);
    };
    if (entry.method === 0) keep(data);
    else if (entry.method === 8) inflate(data, keep, () => damaged(`${entry.name} does not inflate`));
    else throw damaged(`${entry.name} uses compression method ${entry.method}`);
    files.set(entry.name, Buffer.concat(pieces));
  }
  return files;
}

function inflate(data: Uint8Array, keep: (piece: Uint8Array) => void, damaged: () => InputError): void {
  const inflater = new Inflate((piece) => keep(piece));
  try {
    for (let at = 0; at < data.length; at += PIECE) {
      inflater.push(data.subarray(at, at + PIECE), at + PIECE >= data.length);
    }
    if (data.length === 0) inflater.push(data, true);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw damaged();
  }
}

/** The end-of-directory record: the last one, within the 64 KB a comment may take. */
function findEnd(view: DataView): number {
  for (let at = view.byteLength - 22; at >= Math.max(0, view.byteLength - 22 - 0xffff); at--) {
    if (view.getUint32(at, true) === EOCD) return at;
  }
  return -1;
}

function mb(bytes: number): string {
  return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
}
