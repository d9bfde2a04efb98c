// Bundles the web UI: web/src/main.ts (and the page modules it loads on
// demand, as separate chunks) and web/style.css into OUT/assets, and copies
// web/index.html to OUT. `npm run build` writes dist/web; the browser tests
// build into a temporary folder of their own.
import { copyFile, mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
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
  await copyFile(join(WEB, 'index.html'), join(out, 'index.html'));
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.stdout.write(`web UI built in ${await buildWeb(process.argv[2])}\n`);
}
