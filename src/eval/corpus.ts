// The corpus files the hand-made verdicts and trend points name, analysed once each, with the
// metadata MANIFEST.tsv gives (national reports do not state the year they review).
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readDocument } from '../ingest/index.js';
import { MANIFEST, parseManifest, type Overrides } from '../library/manifest.js';
import { analyzeDocument } from '../pipeline.js';
import type { Analysis } from '../types.js';

export interface Corpus {
  /** The files MANIFEST.tsv lists with their metadata. */
  manifest: Map<string, Overrides>;
  analysisOf(name: string): Promise<Analysis>;
}

export async function openCorpus(folder: string): Promise<Corpus> {
  const path = join(folder, MANIFEST);
  const manifest = existsSync(path) ? parseManifest(await readFile(path, 'utf8'), path) : new Map<string, Overrides>();
  const analyses = new Map<string, Promise<Analysis>>();
  return {
    manifest,
    analysisOf(name) {
      if (!analyses.has(name)) {
        analyses.set(name, readDocument(join(folder, name)).then((doc) => analyzeDocument(doc, { meta: manifest.get(name) ?? {} })));
      }
      return analyses.get(name)!;
    },
  };
}
