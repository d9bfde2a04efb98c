// The public API, as the pages use it: every request goes to /api on this
// origin with the tab's token (sessionStorage) as a Bearer header. Any failure
// is an ApiError carrying the server's error code, its message and a Chinese
// sentence for the user (`explain`).
//
//   const list = await getJson<ReportList>('/api/reports', { issuer: '北京', limit: 0 });
//   const csvHref = apiUrl(`/api/reports/${id}/figures`, { format: 'csv' });
//   await send('DELETE', `/api/reports/${id}`);
//   const { done, abort } = upload(file, { year: '2024' }, (loaded, total) => …);
import { getToken } from './session.js';

/** A failed request: `code` is the server's error code (or NETWORK / BAD_RESPONSE), `message` the server's sentence. */
export class ApiError extends Error {
  readonly code: string;
  readonly status: number;

  constructor(code: string, status: number, message: string) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.status = status;
  }

  /** What to tell the user, in Chinese. */
  get explanation(): string {
    return explain(this);
  }
}

/** Chinese sentences for the server's error codes (src/errors.ts); the server's own message is English. */
const SENTENCES: Record<string, string> = {
  UNSUPPORTED_FORMAT: '不支持此文件格式：只能上传 .txt、.pdf、.docx 或 .html 格式的报告。',
  NO_TEXT_LAYER: '这是扫描版 PDF，没有文字层，无法识别（不支持 OCR）。请找文字版的报告。',
  ENCRYPTED_PDF: '该 PDF 有密码保护，请先解除保护后再上传。',
  UNREADABLE_PDF: '该 PDF 已损坏，无法读取。请重新下载或导出。',
  BROKEN_PAGE_TREE: '该 PDF 的页面结构已损坏，找不到页面内容。请用 PDF 阅读器打开后另存或打印为新的 PDF。',
  UNREADABLE_DOCX: '该 Word 文件已损坏，无法读取。请用文字处理软件另存后再上传。',
  EMPTY_FILE: '文件是空的，没有任何内容。',
  NO_TEXT: '文件中没有可读的文字。',
  UNDECODABLE_TEXT: '无法识别文件的文字编码。请另存为 UTF-8 或 GB18030 编码后再上传。',
  PAYLOAD_TOO_LARGE: '文件太大，超过了服务器的上传上限。',
  TOO_SHORT: '文件内容太短，不像一份报告。请检查是否选错了文件。',
  NOT_CHINESE: '文件中几乎没有中文，不像一份中文报告。请检查是否选错了文件或编码。',
  TEXT_TOO_LONG: '报告文字超过了服务器允许的长度上限。请拆分文件，或请管理员调高上限。',
  DOCX_TOO_LARGE: '该 Word 文件解压后过大，超过了服务器的上限。',
  DOCX_TOO_MANY_ENTRIES: '该 Word 文件内部条目过多，超过了服务器的上限。请另存后再上传。',
  TOO_MANY_PAGES: '该 PDF 页数超过了服务器的上限。请拆分后再上传。',
  ANALYSIS_TIMEOUT: '分析这份报告用时超过了服务器的上限，未保存。请拆分文件后再上传。',
  ANALYSIS_OUT_OF_MEMORY: '分析这份报告所需内存超过了服务器的上限，未保存。请拆分文件后再上传。',
  BUSY: '服务器正忙，排队的任务已满。请稍后再试。',
  COMPARE_FAILED: '比较这两份报告没有完成（超出服务器的时间或内存上限，或程序出错）。请稍后重试；如仍失败，请联系管理员。',
  RATE_LIMITED: '上传过于频繁，请稍等一分钟再试。',
  BODY_TOO_LARGE: '提交的内容太长（审核意见最多 64 KB）。',
  CROSS_ORIGIN: '此请求来自其他网站，已被拒绝。请在本服务的页面上操作。',
  HOST_NOT_ALLOWED: '请用 localhost 或 127.0.0.1 访问本服务。',
  UNSUPPORTED_MEDIA_TYPE: '服务器不接受这种请求格式。',
  UNAUTHORIZED: '需要有效的访问令牌：请在页面右上角填写令牌。',
  FORBIDDEN: '当前令牌只能阅读，不能修改文库。请使用写入令牌。',
  WRITES_DISABLED: '此服务器未开放写入（上传、删除、审核）。',
  REPORT_NOT_FOUND: '文库中没有这份报告，可能已被删除。',
  COMMITMENT_NOT_FOUND: '找不到这项承诺，可能报告已被删除或重新分析。',
  FIGURE_NOT_FOUND: '报告中没有这个数字。',
  NOT_FOUND: '找不到请求的内容。',
  VALIDATION: '请求的参数不正确。',
  MALFORMED_REQUEST: '请求格式有误，服务器无法读取。',
  HEADERS_TOO_LARGE: '请求头太大（可能是 Cookie 过多），服务器无法读取。',
  REQUEST_TIMEOUT: '请求发送超时，请重试。',
  INTERNAL_ERROR: '服务器内部出错，请稍后再试或联系管理员。',
  NETWORK: '无法连接服务器，请检查网络后重试。',
  ABORTED: '已取消上传。',
  BAD_RESPONSE: '服务器的回答无法读取。',
};

export function explain(error: unknown): string {
  if (error instanceof ApiError) return missingReport(error) ?? SENTENCES[error.code] ?? `请求失败（${error.status}）：${error.message}`;
  return `出错了：${error instanceof Error ? error.message : String(error)}`;
}

/**
 * A missing report by its id, which the server's message starts with (`report 12: is not in the library`):
 * a comparison names two, and the page says which one is gone.
 */
function missingReport(error: ApiError): string | null {
  const id = error.code === 'REPORT_NOT_FOUND' ? /^report (\d+):/.exec(error.message)?.[1] : undefined;
  return id === undefined ? null : `文库中没有编号为 ${id} 的报告，可能已被删除。`;
}

export type Params = Record<string, string | number | boolean | null | undefined>;

/** A URL of the API with its query; empty, null and undefined parameters are left out. */
export function apiUrl(path: string, params: Params = {}): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== null && value !== '') query.set(key, String(value));
  const text = query.toString();
  return text === '' ? path : `${path}?${text}`;
}

function headers(extra: Record<string, string> = {}): Record<string, string> {
  const token = getToken();
  return token === null ? extra : { ...extra, authorization: `Bearer ${token}` };
}

/** The error a non-2xx answer carries, from the one error body `{error:{code,message,status}}`. */
function errorOf(status: number, body: string): ApiError {
  try {
    const { error } = JSON.parse(body) as { error?: { code?: string; message?: string } };
    if (error?.code) return new ApiError(error.code, status, error.message ?? '');
  } catch {
    // not JSON: a proxy's page, say
  }
  return new ApiError('BAD_RESPONSE', status, body.slice(0, 200));
}

async function request(method: string, url: string, body?: unknown): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers: headers(body === undefined ? {} : { 'content-type': 'application/json' }),
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (error) {
    throw new ApiError('NETWORK', 0, error instanceof Error ? error.message : String(error));
  }
  if (!response.ok) throw errorOf(response.status, await response.text());
  return response;
}

export async function getJson<T>(path: string, params: Params = {}): Promise<T> {
  const response = await request('GET', apiUrl(path, params));
  try {
    return (await response.json()) as T;
  } catch {
    throw new ApiError('BAD_RESPONSE', response.status, 'not JSON');
  }
}

/** A list's CSV twin as text (`format=csv` is added). */
export async function getCsv(path: string, params: Params = {}): Promise<string> {
  return (await request('GET', apiUrl(path, { ...params, format: 'csv' }))).text();
}

/** Any API answer as a Blob, sent with the tab's token (a plain link cannot carry it). */
export async function getBlob(url: string): Promise<Blob> {
  return (await request('GET', url)).blob();
}

/** A write: PUT/POST a JSON body, or DELETE; the JSON answer, or null for 204. */
export async function send<T = null>(method: 'PUT' | 'POST' | 'DELETE', path: string, body?: unknown): Promise<T> {
  const response = await request(method, path, body);
  return response.status === 204 ? (null as T) : ((await response.json()) as T);
}

export interface Upload<T> {
  done: Promise<T>;
  abort: () => void;
}

/**
 * POST one file to /api/reports as multipart, with optional override fields,
 * reporting upload progress (bytes sent of total). XMLHttpRequest, because
 * fetch cannot report upload progress. The answer is the stored reports (201)
 * or, where the server queues the analysis, a job to follow (202).
 */
export function upload<T>(file: File, fields: Record<string, string>, onProgress: (loaded: number, total: number) => void): Upload<T> {
  const xhr = new XMLHttpRequest();
  const done = new Promise<T>((resolve, reject) => {
    const form = new FormData();
    for (const [key, value] of Object.entries(fields)) if (value !== '') form.append(key, value);
    form.append('file', file, file.name);
    xhr.open('POST', '/api/reports');
    for (const [key, value] of Object.entries(headers())) xhr.setRequestHeader(key, value);
    xhr.upload.addEventListener('progress', (event) => onProgress(event.loaded, event.lengthComputable ? event.total : file.size));
    xhr.addEventListener('load', () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        try {
          resolve(JSON.parse(xhr.responseText) as T);
        } catch {
          reject(new ApiError('BAD_RESPONSE', xhr.status, 'not JSON'));
        }
      } else reject(errorOf(xhr.status, xhr.responseText));
    });
    xhr.addEventListener('error', () => reject(new ApiError('NETWORK', 0, 'upload failed')));
    xhr.addEventListener('abort', () => reject(new ApiError('ABORTED', 0, 'upload cancelled')));
    xhr.send(form);
  });
  return { done, abort: () => xhr.abort() };
}
