// The one catalogue of user-facing failures. Every error a user can cause by
// bad input is an InputError with a stable code; anything else is a bug.

export const errorCatalogue = {
  FILE_NOT_FOUND: { status: 404, hint: 'check the path' },
  NOT_A_FILE: { status: 422, hint: 'name a file, or a folder where a command accepts folders' },
  FILE_NOT_READABLE: { status: 422, hint: 'check its permissions, or copy it somewhere you may read' },
  EMPTY_FILE: { status: 422, hint: 'the file has no content; re-export it from its source' },
  UNSUPPORTED_FORMAT: { status: 415, hint: 'nianbao reads .txt, .pdf, .docx and .html files' },
  UNDECODABLE_TEXT: { status: 422, hint: 'save the file as UTF-8 or GB18030 and try again' },
  NO_TEXT_LAYER: { status: 422, hint: 'OCR is not supported; find a text version of the report' },
  ENCRYPTED_PDF: { status: 422, hint: 'remove the password protection and try again' },
  UNREADABLE_PDF: { status: 422, hint: 'the PDF is damaged; re-download or re-export it' },
  BROKEN_PAGE_TREE: { status: 422, hint: 'its pages cannot be found; open it in a PDF reader and print or export it to a new PDF' },
  UNREADABLE_DOCX: { status: 422, hint: 'the DOCX is damaged; re-save it from a word processor' },
  NO_TEXT: { status: 422, hint: 'the document holds no readable text' },
  // Bounds on what one file may cost; each names its setting.
  TOO_SHORT: { status: 422, hint: 'a report has at least a few sentences; check that this is the right file' },
  NOT_CHINESE: { status: 422, hint: 'check that this is the right file, saved as UTF-8 or GB18030' },
  TEXT_TOO_LONG: { status: 422, hint: 'split the file, or raise NIANBAO_MAX_CHARS (or --max-chars) if it is one report' },
  DOCX_TOO_LARGE: { status: 422, hint: 'a report this size is unlikely; raise NIANBAO_MAX_DOCX_SIZE if the file is genuine' },
  DOCX_TOO_MANY_ENTRIES: { status: 422, hint: 're-save it from a word processor, or raise NIANBAO_MAX_DOCX_ENTRIES if the file is genuine' },
  ANALYSIS_TIMEOUT: { status: 422, hint: 'split the file, or raise NIANBAO_JOB_TIMEOUT (seconds) if it is one report' },
  ANALYSIS_OUT_OF_MEMORY: { status: 422, hint: 'split the file, or raise NIANBAO_JOB_MEMORY (MB) if it is one report' },
  TOO_MANY_PAGES: { status: 422, hint: 'split the PDF, or raise NIANBAO_MAX_PDF_PAGES if it is one report' },
  BAD_GOLD: { status: 422, hint: 'fix the gold file by hand' },
  BAD_ARGUMENT: { status: 400, hint: 'see `nianbao help`' },
  BAD_MANIFEST: { status: 422, hint: 'MANIFEST.tsv needs a header row with a `file` column, and four-digit years' },
  BAD_LIBRARY_LINE: { status: 422, hint: 'the file is not a whole `nianbao export --format jsonl`: fix that line or export the library again, then import again (the reports before it are stored, and are skipped)' },
  REPORT_NOT_FOUND: { status: 404, hint: 'see `nianbao list` for the ids in the library' },
  NOT_A_DATABASE: { status: 422, hint: 'name another file with --db or NIANBAO_DB' },
  DATABASE_TOO_NEW: { status: 409, hint: 'it was written by a newer nianbao; upgrade nianbao to open it' },
  DATABASE_UNREACHABLE: { status: 503, hint: 'check NIANBAO_DATABASE_URL (host, port, user, password, database) and that the PostgreSQL server is running' },
  // The HTTP service's own failures; the codes above keep their status there too.
  VALIDATION: { status: 400, hint: 'see /docs for what each route takes' },
  MALFORMED_REQUEST: { status: 400, hint: 'the client sent broken HTTP, a path with bad percent-encoding or a body that is not JSON; check the client' },
  REQUEST_TIMEOUT: { status: 408, hint: 'the request was not sent in time; send it again' },
  HEADERS_TOO_LARGE: { status: 431, hint: 'send fewer or shorter headers (cookies included)' },
  UNAUTHORIZED: { status: 401, hint: 'send the header `Authorization: Bearer TOKEN` with a token the server was given' },
  FORBIDDEN: { status: 403, hint: 'writing needs a token from NIANBAO_TOKENS, not the read token' },
  CROSS_ORIGIN: { status: 403, hint: 'without a token, only pages of this server may write; send a token from NIANBAO_TOKENS' },
  HOST_NOT_ALLOWED: { status: 403, hint: 'a server on loopback answers to localhost, 127.0.0.1 or ::1 only; open it by one of these' },
  RATE_LIMITED: { status: 429, hint: 'wait a minute, or raise NIANBAO_UPLOAD_RATE on the server' },
  WRITES_DISABLED: { status: 403, hint: 'set NIANBAO_TOKENS on the server, or let it listen on a loopback HOST only' },
  NOT_FOUND: { status: 404, hint: 'see /docs for the routes' },
  COMMITMENT_NOT_FOUND: { status: 404, hint: 'see GET /api/reports/ID/commitments for the ids' },
  FIGURE_NOT_FOUND: { status: 422, hint: 'see GET /api/compare?from=ID&to=ID or GET /api/reports/ID/figures for the ids and offsets' },
  PAYLOAD_TOO_LARGE: { status: 413, hint: 'send fewer or smaller files, or raise NIANBAO_UPLOAD_LIMIT on the server' },
  BODY_TOO_LARGE: { status: 413, hint: 'a review body holds at most 64 KB; shorten its note' },
  UPLOAD_GONE: { status: 410, hint: 'upload the file again' },
  BUSY: { status: 503, hint: 'try again in a minute, or raise NIANBAO_QUEUE on the server' },
  COMPARE_FAILED: { status: 500, hint: 'the server log has the details; try again, and tell its administrator if it fails again' },
  SHUTTING_DOWN: { status: 503, hint: 'the server is stopping; send the request again once it is back' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, hint: 'uploads are multipart/form-data, reviews application/json' },
  INTERNAL_ERROR: { status: 500, hint: 'this is a bug in nianbao; the server log has the details' },
} as const;

export type ErrorCode = keyof typeof errorCatalogue;

export class InputError extends Error {
  readonly code: ErrorCode;
  /** The file (or argument) at fault, shown first in the message. */
  readonly subject: string;
  /** What is wrong, without subject and hint: enough to make the error again in another thread. */
  readonly problem: string;

  /** `hint` replaces the catalogue's where another surface has its own words for it (the HTTP API). */
  constructor(code: ErrorCode, subject: string, problem: string, hint: string = errorCatalogue[code].hint) {
    // One line whatever a parser's message held (XML errors span several).
    super(`${subject}: ${problem.replace(/\s*[\r\n\t]+\s*/g, ' ')}; ${hint}`);
    this.name = 'InputError';
    this.code = code;
    this.subject = subject;
    this.problem = problem;
  }

  get status(): number {
    return errorCatalogue[this.code].status;
  }
}
