// Bundles the web UI: web/src/main.ts (and the page modules it loads on
// demand, as separate chunks) and web/style.css into OUT/assets, and copies
// web/index.html to OUT. `npm run build` writes dist/web; the browser tests
// build into a temporary folder of their own. Each script and style sheet
// gets a gzip and a brotli copy beside it (app.js.gz, app.js.br), which the
// server sends to a browser that accepts them (src/server/routes/web.ts).
import { copyFile, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { build } from 'esbuild';

const WEB = fileURLToPath(new URL('.', import.meta.url));
export const DEFAULT_OUT = fileURLToPath(new URL('../dist/web', import.meta.url));

export async function buildWeb(out = DEFAULT_OUT): Promise<string> {
  await rm(out, { recursive: true, force: true });
  await mkdir(out, { recursive: true });
  await build({
    entryPoints: { app: join(WEB, 'src/main.ts'), app_style: join(WEB, 'style.css') },
    outdir: join(out, 'assets'),
    entryNames: '[name]',
    chunkNames: 'chunk-[hash]',
    bundle: true,
    splitting: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    sourcemap: true,
    legalComments: 'none',
    logLevel: 'warning',
  });
  await precompress(join(out, 'assets'));
  await copyFile(join(WEB, 'index.html'), join(out, 'index.html'));
  return out;
}

/** What a page loads; source maps reach only the developer tools, and the largest (ECharts', 3 MB) would triple brotli's time. */
const PAGE_FILE = /\.(?:js|css)$/;

const COMPRESSORS: Array<[suffix: string, compress: (plain: Buffer) => Promise<Buffer>]> = [
  ['.gz', (plain) => promisify(gzip)(plain, { level: constants.Z_BEST_COMPRESSION })],
  [
    '.br',
    (plain) =>
      promisify(brotliCompress)(plain, {
        params: {
          [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
          [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
          [constants.BROTLI_PARAM_SIZE_HINT]: plain.length,
        },
      }),
  ],
];

/** Writes the compressed copies of DIR's page files, once at build time (none where it would not be smaller: the plain file is sent). */
async function precompress(dir: string): Promise<void> {
  const names = (await readdir(dir)).filter((name) => PAGE_FILE.test(name));
  for (const name of names) {
    const plain = await readFile(join(dir, name));
    for (const [suffix, compress] of COMPRESSORS) {
      const packed = await compress(plain);
      if (packed.length < plain.length) await writeFile(join(dir, name + suffix), packed);
    }
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.stdout.write(`web UI built in ${await buildWeb(process.argv[2])}\n`);
}
