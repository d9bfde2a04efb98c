// A report's analysis crosses threads twice on its way to the library: from
// the analysis worker to the thread that runs the ingest or the request, and
// from there to the library's write thread. As objects, each crossing copied
// it whole (structured clone: some 2 ms of CPU for a 20 000-character report,
// half of it on the thread that answers requests). Packed once where it is
// made (v8's serialisation, as messages between threads use), it is passed on
// as bytes and read only where it is saved.
import { deserialize, serialize } from 'node:v8';
import type { Analysis, ReportMeta } from '../types.js';
import type { AnalysedReport, SourceContent } from './types.js';

/** The packed report, in a buffer of its own (so that it can be moved between threads whole). */
export function packReport(report: AnalysedReport): Uint8Array {
  return serialize(report);
}

export function unpackReport(packed: Uint8Array): AnalysedReport {
  return deserialize(packed) as AnalysedReport;
}

/** Either engine's savePacked, from its saveReport. */
export function savingPacked<R>(
  saveReport: (analysis: Analysis, source: SourceContent, overrides?: Partial<ReportMeta>, uploader?: string | null) => R,
): (report: Uint8Array, bytes: Uint8Array, overrides?: Partial<ReportMeta>, uploader?: string | null) => R {
  return (report, bytes, overrides, uploader) => {
    const { analysis, source } = unpackReport(report);
    return saveReport(analysis, { ...source, bytes }, overrides, uploader);
  };
}
