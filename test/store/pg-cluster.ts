// A throwaway PostgreSQL cluster for a test file: initdb in a temporary folder,
// a server on a free loopback port (its socket in that folder too), stopped and
// removed when the file's tests end. initdb refuses to run as root, so as root
// the cluster belongs to the `postgres` user. Without PostgreSQL's binaries the
// suites skip, unless NIANBAO_REQUIRE_PG is set (CI), where that is a failure.
import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

const BIN_ROOT = '/usr/lib/postgresql';

/** The newest installed server's binaries (Debian's layout), or NIANBAO_PG_BIN. */
function binaries(): string | null {
  const given = process.env.NIANBAO_PG_BIN;
  if (given) return existsSync(join(given, 'initdb')) ? given : null;
  if (!existsSync(BIN_ROOT)) return null;
  const versions = readdirSync(BIN_ROOT)
    .filter((v) => existsSync(join(BIN_ROOT, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions.length > 0 ? join(BIN_ROOT, versions[0]!, 'bin') : null;
}

/** Why the PostgreSQL suites cannot run here, or null when they can. Throws when CI requires them. */
export function pgUnavailable(): string | null {
  if (binaries() !== null) return null;
  const why = `PostgreSQL binaries not found under ${process.env.NIANBAO_PG_BIN || BIN_ROOT} (install Debian's postgresql, or set NIANBAO_PG_BIN to a folder with initdb)`;
  if (process.env.NIANBAO_REQUIRE_PG) throw new Error(`${why}; NIANBAO_REQUIRE_PG is set, so this is a failure, not a skip`);
  return why;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface Cluster {
  /** A new, empty database's URL; each call makes another. */
  database(): Promise<string>;
  stop(): void;
}

let databases = 0;

export async function startCluster(): Promise<Cluster> {
  const bin = binaries();
  if (bin === null) throw new Error(pgUnavailable() ?? 'no PostgreSQL binaries');
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-pg-'));
  const data = join(dir, 'data');
  const root = userInfo().uid === 0;
  // The server's user must own the folder; as root that is `postgres`.
  if (root) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(dir, uid, gid);
  }
  chmodSync(dir, 0o700);
  const run = (tool: string, args: string[]) =>
    execFileSync(root ? 'runuser' : join(bin, tool), root ? ['-u', 'postgres', '--', join(bin, tool), ...args] : args, {
      stdio: 'pipe',
      cwd: dir,
    });
  run('initdb', ['-D', data, '-U', 'nianbao', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8']);
  const port = await freePort();
  // Durability is not what a test checks: without fsync the cluster is quick.
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
  run('pg_ctl', ['-D', data, '-l', join(dir, 'server.log'), '-o', options, '-w', 'start']);

  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    process.off('exit', stop);
    try {
      run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  // A test run that ends without its afterAll still leaves no server behind.
  process.on('exit', stop);

  const base = `postgres://nianbao@127.0.0.1:${port}`;
  return {
    async database() {
      const name = `nianbao_${process.pid}_${++databases}`;
      const admin = new pg.Client({ connectionString: `${base}/postgres` });
      await admin.connect();
      try {
        await admin.query(`CREATE DATABASE ${name}`);
      } finally {
        await admin.end();
      }
      return `${base}/${name}`;
    },
    stop,
  };
}
