// Which files an ingest reads: the files named, and the reports inside the
// folders named (recursively), each with the overrides its folder's
// MANIFEST.tsv gives. Other files in folders are skipped, not failed.
import { readdir, readFile, stat } from 'node:fs/promises';
import { dirname, extname, join, resolve } from 'node:path';
import { InputError } from '../errors.js';
import { pathError } from '../ingest/index.js';
import { MANIFEST, type Overrides, parseManifest } from './manifest.js';

const REPORT_EXTENSIONS = new Set(['.txt', '.pdf', '.docx', '.html', '.htm']);

export interface Candidate {
  path: string;
  overrides: Overrides;
}

export interface Failure {
  path: string;
  reason: string;
}

export interface Found {
  candidates: Candidate[];
  /** Files in folders that are not reports (gold JSON, TSV, images …). */
  skipped: string[];
  failed: Failure[];
}

/** The reason a file failed, for the summary: InputErrors already name the file. */
export function reasonOf(path: string, error: unknown): string {
  if (error instanceof InputError) return error.message;
  if ((error as NodeJS.ErrnoException).code) return `${path}: ${(error as Error).message}`;
  return `${path}: internal error: ${error instanceof Error ? error.message : String(error)}`;
}

/** Each folder's manifest, read once, keyed by the absolute path of each file it names. */
function manifestReader(): (folder: string) => Promise<Map<string, Overrides>> {
  const manifests = new Map<string, Promise<Map<string, Overrides>>>();
  return (folder) => {
    const key = resolve(folder);
    if (!manifests.has(key)) {
      const path = join(folder, MANIFEST);
      const read = readFile(path, 'utf8').then(
        (text) => new Map([...parseManifest(text, path)].map(([file, given]) => [resolve(key, file), given])),
        (error: NodeJS.ErrnoException) => {
          if (error.code === 'ENOENT') return new Map<string, Overrides>();
          throw error;
        },
      );
      manifests.set(key, read);
    }
    return manifests.get(key)!;
  };
}

/** Whether a path named by the user is a folder or a file; anything else is an InputError. */
async function kindOf(path: string): Promise<'folder' | 'file'> {
  const info = await stat(path).catch((error: unknown) => {
    throw pathError(path, error);
  });
  if (info.isDirectory()) return 'folder';
  if (info.isFile()) return 'file';
  throw new InputError('NOT_A_FILE', path, 'is neither a file nor a folder');
}

export async function findReports(paths: string[]): Promise<Found> {
  const found: Found = { candidates: [], skipped: [], failed: [] };
  const manifestOf = manifestReader();
  const seen = new Set<string>();

  async function addFile(path: string): Promise<void> {
    const key = resolve(path);
    if (seen.has(key)) return;
    seen.add(key);
    try {
      // A bad manifest fails its files rather than letting them in with wrong metadata.
      const overrides = (await manifestOf(dirname(path))).get(key) ?? {};
      found.candidates.push({ path, overrides });
    } catch (error) {
      found.failed.push({ path, reason: reasonOf(path, error) });
    }
  }

  async function walk(folder: string): Promise<void> {
    const listed = await readdir(folder, { withFileTypes: true }).catch((error: unknown) => {
      found.failed.push({ path: folder, reason: reasonOf(folder, error) });
      return [];
    });
    const entries = listed.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const path = join(folder, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (entry.name === MANIFEST) continue;
      else if (entry.isFile() && REPORT_EXTENSIONS.has(extname(entry.name).toLowerCase())) await addFile(path);
      else found.skipped.push(path);
    }
  }

  for (const path of paths) {
    try {
      if ((await kindOf(path)) === 'folder') await walk(path);
      else await addFile(path);
    } catch (error) {
      found.failed.push({ path, reason: reasonOf(path, error) });
    }
  }
  return found;
}
