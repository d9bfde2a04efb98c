// nianbao as a library: read a report, analyse it, compare two years, keep a
// library. Everything else under src/ is internal.
export { readBuffer, readDocument } from './ingest/index.js';
export { analyzeDocument, STAGES, type AnalyzeOptions, type Stage } from './pipeline.js';
export { compare } from './compare/index.js';
export { openStore, resolveDbPath } from './store/index.js';
export type { Store } from './store/types.js';
export { InputError, errorCatalogue, type ErrorCode } from './errors.js';
export type * from './types.js';
