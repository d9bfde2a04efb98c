import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDS, HELP, main } from '../../src/cli/main.js';
import { captureOutput } from './capture.js';
import type { Analysis } from '../../src/types.js';

const io = captureOutput();

const SEED = 'corpus/xuchang-demo-zone-2021.txt';

describe('nianbao analyze', () => {
  it('--json gives the seed report its metadata, sections and figures', async () => {
    expect(await main(['analyze', SEED, '--json'])).toBe(0);
    const analysis = JSON.parse(io.out) as Analysis;
    expect(analysis.source).toMatchObject({ name: 'xuchang-demo-zone-2021.txt', format: 'txt', encoding: 'utf-8', chars: 3175 });
    expect(analysis.meta).toMatchObject({ year: 2021, issuedDate: '2022-02-16', issuer: '许昌市城乡一体化示范区管委会' });
    const numbered = analysis.sections.filter((s) => s.level === 1 && /^[一二三四五六]、/.test(s.heading ?? ''));
    expect(numbered.map((s) => s.role)).toEqual(Array(6).fill('review'));
    expect(analysis.sections.filter((s) => s.role === 'problems' && s.level === 1)).toHaveLength(1);
    expect(analysis.sections.filter((s) => s.role === 'plans' && s.level === 1)).toHaveLength(1);
    expect(analysis.figures.length).toBeGreaterThan(30);
    expect(Object.keys(analysis)).toEqual(['source', 'meta', 'text', 'sections', 'sentences', 'figures', 'commitments', 'problems', 'diagnostics']);
  });

  it('prints one JSON object per line for several files', async () => {
    expect(await main(['analyze', SEED, 'corpus/beijing-gwr-2026.txt', '--json'])).toBe(0);
    const lines = io.out.trim().split('\n').map((line) => JSON.parse(line) as Analysis);
    expect(lines.map((a) => a.meta.year)).toEqual([2021, 2025]);
  });

  it('--issuer, --year and --kind override detection', async () => {
    await main(['analyze', 'corpus/state-council-gwr-2013.txt', '--json', '--year', '2012', '--issuer', '国务院办公厅', '--kind', '政府工作报告']);
    expect(JSON.parse(io.out).meta).toMatchObject({ year: 2012, issuer: '国务院办公厅', kind: '政府工作报告' });
  });

  it('prints a readable summary by default', async () => {
    await main(['analyze', SEED]);
    expect(io.out).toContain('issuer     许昌市城乡一体化示范区管委会');
    expect(io.out).toContain('review    一、加强组织领导,统筹推进法治政府建设');
  });

  it.each([
    ['test/fixtures/empty.txt', 'is empty'],
    ['test/fixtures/random.pdf', 'PDF'],
    ['test/fixtures/zero-pages.pdf', 'no pages'],
    ['test/fixtures/scanned.pdf', 'no text layer: this looks like a scanned PDF; OCR is not supported'],
    ['test/fixtures/program.exe', 'nianbao reads .txt, .pdf, .docx and .html files'],
    ['test/fixtures/missing.txt', 'does not exist'],
  ])('%s exits 2 with one clear line', async (file, words) => {
    expect(await main(['analyze', file])).toBe(2);
    expect(io.err.trim().split('\n')).toHaveLength(1);
    expect(io.err).toContain(file);
    expect(io.err).toContain(words);
    expect(io.out).toBe('');
  });

  it('rejects bad arguments with exit 2, one line each that names the program once and the argument at fault', async () => {
    expect(await main(['analyze'])).toBe(2);
    expect(await main(['analyze', SEED, '--year', 'last'])).toBe(2);
    expect(await main(['frobnicate'])).toBe(2);
    expect(await main(['trend', 'gdp-growth'])).toBe(2);
    expect(io.err.trim().split('\n')).toEqual([
      'nianbao: analyze needs at least one FILE; see `nianbao help`',
      'nianbao: --year takes a four-digit year, not "last"; see `nianbao help`',
      'nianbao: unknown command "frobnicate"; see `nianbao help`',
      'nianbao: trend takes one MEASURE or LABEL and --issuer NAME; see `nianbao help`',
    ]);
  });
});

describe('nianbao numbers', () => {
  it('prints the numbers in TEXT', async () => {
    await main(['numbers', '国内生产总值增长5%左右，城镇新增就业1244万人']);
    expect(JSON.parse(io.out)).toEqual([
      { surface: '5%', start: 8, end: 10, value: 5, unit: '%' },
      { surface: '1244万人', start: 19, end: 25, value: 12440000, unit: '人' },
    ]);
  });

  it.each([
    ['一', [{ surface: '一', start: 0, end: 1, value: 1 }]],
    ['零', [{ surface: '零', start: 0, end: 1, value: 0 }]],
    ['２２％', [{ surface: '２２％', start: 0, end: 3, value: 22, unit: '%' }]],
    // Spaces PDF extraction leaves between characters are gone, as in analyze; offsets stay in the text given.
    ['三千 九百 六十五', [{ surface: '三千 九百 六十五', start: 0, end: 9, value: 3965 }]],
    // A lone number is read, not dropped as a page number would be from a report.
    ['12', [{ surface: '12', start: 0, end: 2, value: 12 }]],
    ['增长 百 分 之 五', [{ surface: '百 分 之 五', start: 3, end: 10, value: 5, unit: '%' }]],
    ['一切', []],
    ['万一', []],
    // Read in general usage, where analyze refuses them in a report (4K视频, 三打两建, 一一对应).
    ['40k', [{ surface: '40k', start: 0, end: 3, value: 40000 }]],
    ['一打', [{ surface: '一打', start: 0, end: 2, value: 12 }]],
    // A count of pairs given alone counts their members; in a sentence the pairs are what is counted.
    ['一对', [{ surface: '一对', start: 0, end: 2, value: 2 }]],
    ['国际友城达137对', [{ surface: '137', start: 5, end: 8, value: 137 }]],
    // 万 alone is a name as often as the number, which 一万 writes.
    ['万', []],
    ['一一', [{ surface: '一一', start: 0, end: 2, value: 11 }]],
    ['1 4/3', [{ surface: '1 4/3', start: 0, end: 5, value: 1 + 4 / 3 }]],
    ['人民币壹角', [{ surface: '壹角', start: 3, end: 5, value: 0.1, unit: '元' }]],
    ['打对折', [{ surface: '对折', start: 1, end: 3, value: 5, unit: '折' }]],
    ['5G网络', []],
  ])('reads a numeral standing alone, and no word that holds one: numbers %s', async (text, expected) => {
    await main(['numbers', text]);
    expect(JSON.parse(io.out)).toEqual(expected);
  });

  it('reads standard input and prints one array per line', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/bin.ts', 'numbers'], {
      input: '一百二十三\n两千零五\n百分之五\n六个百分点\n进一步统一\n',
      encoding: 'utf8',
    });
    expect(run.status).toBe(0);
    expect(run.stdout.trim().split('\n').map((line) => JSON.parse(line))).toEqual([
      [{ surface: '一百二十三', start: 0, end: 5, value: 123 }],
      [{ surface: '两千零五', start: 0, end: 4, value: 2005 }],
      [{ surface: '百分之五', start: 0, end: 4, value: 5, unit: '%' }],
      [{ surface: '六个百分点', start: 0, end: 5, value: 6, unit: '个百分点' }],
      [],
    ]);
  });

  it('stops quietly when its reader stops early (nianbao numbers < file | head -1)', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/bin.ts', 'numbers']);
    let err = '';
    child.stderr.on('data', (chunk) => (err += String(chunk)));
    child.stdout.once('data', () => child.stdout.destroy());
    child.stdin.on('error', () => {}); // the child may be gone before it has read everything
    child.stdin.end('国内生产总值增长5%左右\n'.repeat(100_000));
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(err).toBe('');
    expect(code).toBe(0);
  });
});

describe('nianbao help', () => {
  it('prints the usage text', async () => {
    await main(['help']);
    expect(io.out).toBe(HELP);
  });
});

describe('documentation that cannot drift from the commands', () => {
  const readme = readFileSync('README.md', 'utf8');
  /** A command's usage in the help: its line and the lines of options that continue it. */
  const usage = (command: string) => HELP.match(new RegExp(`^ {2}nianbao ${command}(?: .*)?$(?:\\n {7,}\\[.*$)*`, 'm'))?.[0];
  /** The first cell of a command's row in README's CLI table. */
  const cell = (command: string) => {
    const row = readme.split('\n').find((line) => line.startsWith(`| \`nianbao ${command} `) || line.startsWith(`| \`nianbao ${command}\``));
    return row?.slice(0, row.indexOf('` | ') + 1);
  };

  it.each(Object.keys(COMMANDS))('help and README document nianbao %s with every option the help gives it', (command) => {
    const line = usage(command);
    expect(line, 'the help').toBeDefined();
    expect(cell(command), 'a README row').toBeDefined();
    for (const option of line!.match(/--[a-z-]+/g) ?? []) expect(cell(command), option).toContain(option);
  });

  it('help documents no command that does not exist', () => {
    expect([...HELP.matchAll(/^ {2}nianbao (\w+)/gm)].map((m) => m[1]).filter((c) => !(c! in COMMANDS))).toEqual([]);
  });

  it('README names every setting read from the environment', () => {
    const sources = readdirSync('src', { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.ts'));
    const settings = new Set(sources.flatMap((file) => [...readFileSync(join('src', file), 'utf8').matchAll(/\b(NIANBAO_[A-Z_]*[A-Z])\b|\benv\.([A-Z][A-Z_]*[A-Z])\b/g)].map((m) => m[1] ?? m[2]!)));
    expect([...settings]).toEqual(expect.arrayContaining(['NIANBAO_DB', 'PORT', 'LOG_LEVEL']));
    for (const setting of settings) expect(readme, setting).toContain(`\`${setting}\``);
  });

  it('README names every npm script', () => {
    const scripts = Object.keys((JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts);
    const paragraph = readme.slice(readme.indexOf('npm scripts:'), readme.indexOf('\n\n', readme.indexOf('npm scripts:')));
    for (const script of scripts.filter((s) => s !== 'prepare')) expect(paragraph, script).toContain(`\`${script}\``);
  });
});
