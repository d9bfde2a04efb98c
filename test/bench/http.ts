// HTTP timing for the benchmark: a server in a child process, single timed
// requests, a bounded load loop (W workers, each sending its next request
// when the last is answered, for a fixed time), and clients uploading meanwhile.
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';

/** What the reads under load ask for, in turn: labels for /api/figures, words for /api/search. */
export const FIGURE_QUERIES = ['法律咨询', '优良天数', '地区生产总值', '城镇新增就业', '粮食产量', '研发'];
export const SEARCH_QUERIES = ['法律咨询', '营商环境', '乡村振兴', '依法行政', '生态环境', '一带一路'];

export interface Server {
  url: string;
  /** The server's process, for its memory. */
  pid: number;
  stop(): Promise<void>;
}

/** The HTTP service over the library at `db`, listening on 127.0.0.1 in a child process. */
export async function startServer(db: string): Promise<Server> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'test/bench/serve.ts', db], { stdio: ['ignore', 'pipe', 'inherit'] });
  const [line] = (await once(createInterface({ input: child.stdout! }), 'line')) as [string];
  if (!/^\d+$/.test(line)) throw new Error(`the bench server did not start: ${line}`);
  return {
    url: `http://127.0.0.1:${line}`,
    pid: child.pid!,
    stop: async () => {
      child.kill('SIGTERM');
      if (child.exitCode === null) await once(child, 'exit');
    },
  };
}

/** Resident memory of a process (its worker threads included) now and at its peak, from /proc (Linux); null elsewhere. */
export function rssMB(pid: number): { now: number | null; peak: number | null } {
  let status = '';
  try {
    status = readFileSync(`/proc/${pid}/status`, 'utf8');
  } catch {
    return { now: null, peak: null };
  }
  const kB = (field: string) => {
    const found = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
    return found ? Math.round(Number(found[1]) / 1024) : null;
  };
  return { now: kB('VmRSS'), peak: kB('VmHWM') };
}

/** Milliseconds for one GET, which must answer 200; the body is read whole. */
export async function timedGet(url: string): Promise<number> {
  const started = process.hrtime.bigint();
  const response = await fetch(url);
  await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`GET ${url}: ${response.status}`);
  return Number(process.hrtime.bigint() - started) / 1e6;
}

export interface Load {
  requests: number;
  rps: number;
  p50Ms: number;
  p99Ms: number;
  failed: number;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

/** `workers` concurrent loops sending GETs to `urls` in turn for `seconds`; latencies of every answered request. */
export async function load(urls: string[], workers: number, seconds: number): Promise<Load> {
  const latencies: number[] = [];
  let failed = 0;
  let next = 0;
  const until = performance.now() + seconds * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: workers }, async () => {
      while (performance.now() < until) {
        const url = urls[next++ % urls.length]!;
        const t0 = performance.now();
        try {
          const response = await fetch(url);
          await response.arrayBuffer();
          if (response.status !== 200) failed++;
          else latencies.push(performance.now() - t0);
        } catch {
          failed++;
        }
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    rps: Math.round(latencies.length / elapsed),
    p50Ms: Number(percentile(latencies, 50).toFixed(1)),
    p99Ms: Number(percentile(latencies, 99).toFixed(1)),
    failed,
  };
}

export const median = (times: number[]) => [...times].sort((a, b) => a - b)[times.length >> 1]!;
export const round = (ms: number) => Number(ms.toFixed(1));

const ROUTES = [
  ['figures', '/api/figures', FIGURE_QUERIES],
  ['search', '/api/search', SEARCH_QUERIES],
] as const;

/**
 * Reads under load, printed: `GET /api/figures?q=` and `/api/search?q=` of a
 * listening server, first each query's first request alone (it puts all its
 * matches in order, once for as long as the library is unchanged; the next
 * pages read only their rows), then `connections` loops for `seconds` a route,
 * while two clients upload `uploads` when given (issue #13 states the goal so).
 */
export async function timeReads(
  server: Server,
  connections: number,
  seconds: number,
  uploads: string[] = [],
): Promise<{ firstMs: Record<string, number>; loads: Record<string, Load>; uploaded: number }> {
  const urls = (route: string, queries: readonly string[]) => queries.map((q) => `${server.url}${route}?q=${encodeURIComponent(q)}`);
  const firstMs: Record<string, number> = {};
  for (const [name, route, queries] of ROUTES) {
    const times: number[] = [];
    for (const url of urls(route, queries)) times.push(await timedGet(url));
    firstMs[name] = round(median(times));
    console.log(`  GET ${route}?q=…  first request of a query: median ${firstMs[name]} ms, slowest ${round(Math.max(...times))} ms`);
  }
  const loads: Record<string, Load> = {};
  console.log(`reads ${uploads.length > 0 ? 'during uploads' : 'under load'}: ${connections} connections, ${seconds} s a route, default limits`);
  const uploading = uploads.length > 0 ? uploadWhile(server.url, uploads) : null;
  for (const [name, route, queries] of ROUTES) {
    await load(urls(route, queries), connections, 1);
    const result = (loads[name] = await load(urls(route, queries), connections, seconds));
    console.log(`  GET ${route}?q=…  ${result.rps} req/s, p50 ${result.p50Ms} ms, p99 ${result.p99Ms} ms (${result.requests} answered, ${result.failed} failed)`);
  }
  const uploaded = (await uploading?.stop()) ?? 0;
  if (uploading) console.log(`  ${uploaded} uploads analysed and stored meanwhile`);
  return { firstMs, loads, uploaded };
}

/**
 * Two clients uploading `files` (each made new by trailing blank lines) one
 * after another until stopped; `stop` waits for the uploads in hand and
 * gives how many were stored.
 */
export function uploadWhile(url: string, files: string[]): { stop(): Promise<number> } {
  let uploading = true;
  let uploaded = 0;
  const clients = [0, 1].map(async (client) => {
    for (let n = client; uploading; n += 2) {
      const bytes = Buffer.concat([readFileSync(files[n % files.length]!), Buffer.from('\n'.repeat(1 + Math.floor(n / files.length)) + ' '.repeat(client + 1))]);
      const form = new FormData();
      form.append('file', new Blob([bytes]), `upload-${n}.txt`);
      const response = await fetch(`${url}/api/reports`, { method: 'POST', body: form });
      await response.arrayBuffer();
      if (response.status === 201) uploaded++;
      else console.log(`  an upload answered ${response.status}`);
    }
  });
  return {
    stop: async () => {
      uploading = false;
      await Promise.all(clients);
      return uploaded;
    },
  };
}
