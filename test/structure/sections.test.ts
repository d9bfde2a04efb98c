import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/normalize/normalize.js';
import { detectSections } from '../../src/structure/sections.js';
import { sectionAt, splitSentences } from '../../src/structure/sentences.js';
import type { Section } from '../../src/types.js';

function sectionsOf(file: string) {
  const { text } = normalize(readFileSync(`corpus/${file}`, 'utf8'));
  return { text, sections: detectSections(text) };
}

describe('detectSections', () => {
  it('seed: six numbered review sections, then unheaded problems and plans parts', () => {
    const { text, sections } = sectionsOf('xuchang-demo-zone-2021.txt');
    const top = sections.filter((s) => s.level === 1);
    expect(top.map((s) => s.role)).toEqual([
      'preamble', 'review', 'review', 'review', 'review', 'review', 'review', 'problems', 'plans', 'closing',
    ]);
    expect(top[1]!.heading).toBe('一、加强组织领导,统筹推进法治政府建设');
    expect(text.slice(top[7]!.start).startsWith('总体上')).toBe(true);
    expect(text.slice(top[8]!.start).startsWith('下一步')).toBe(true);
    expect(text.slice(top[9]!.start, top[9]!.end)).toBe('示范区管委会\n2022年2月16日');
  });

  it('seed: 一是/二是 items inside a paragraph are level-4 sections of their heading', () => {
    const { sections } = sectionsOf('xuchang-demo-zone-2021.txt');
    const items = sections.filter((s) => s.parent === 's2');
    expect(items.map((s) => s.heading!.slice(0, 2))).toEqual(['一是', '二是', '三是']);
    expect(items.every((s) => s.level === 4 && s.role === 'review')).toBe(true);
  });

  it('national report: review, admitted problems, plans by heading words', () => {
    const { sections } = sectionsOf('state-council-gwr-2016.txt');
    const top = sections.filter((s) => s.level === 1 && s.heading !== null);
    expect(top.map((s) => [s.heading, s.role])).toEqual([
      ['一、2015年工作回顾', 'review'],
      ['二、“十三五”时期主要目标任务和重大举措', 'plans'],
      ['三、2016年重点工作', 'plans'],
    ]);
    expect(sections.some((s) => s.role === 'problems' && s.heading === null)).toBe(true);
  });

  it('a report without numbered headings: short unpunctuated lines are headings', () => {
    const { sections } = sectionsOf('sichuan-gwr-2025.txt');
    const top = sections.filter((s) => s.level === 1);
    expect(top.map((s) => [s.heading, s.role])).toEqual([
      [null, 'preamble'],
      ['2024年工作回顾', 'review'],
      [null, 'problems'],
      ['2025年工作安排建议', 'plans'],
      ['加强政府自身建设', 'plans'],
      ['名词解释', 'closing'],
    ]);
  });

  it('a section ends where the next begins, keeping its full stop and dropping the line break', () => {
    const text = '一、加强组织领导。一是推进改革。二是完善机制。\n二、强化服务。';
    const sections = detectSections(text);
    expect(sections.map((s) => text.slice(s.start, s.end))).toEqual([
      '一、加强组织领导。一是推进改革。二是完善机制。',
      '一是推进改革。',
      '二是完善机制。',
      '二、强化服务。',
    ]);
  });

  it('sections nest and never overlap their siblings', () => {
    for (const file of ['state-council-gwr-2014.txt', 'beijing-gwr-2026.txt', 'xuchang-demo-zone-2021.txt']) {
      const { sections } = sectionsOf(file);
      const byId = new Map(sections.map((s) => [s.id, s]));
      for (const section of sections) {
        expect(section.end).toBeGreaterThanOrEqual(section.start);
        const parent = section.parent ? byId.get(section.parent)! : null;
        if (parent) expect(section.start >= parent.start && section.end <= parent.end).toBe(true);
      }
    }
  });
});

describe('splitSentences', () => {
  const cases: Array<[string, string[]]> = [
    ['国内生产总值增长5.2%。城镇新增就业1256万人。', ['国内生产总值增长5.2%。', '城镇新增就业1256万人。']],
    ['动态调整政务服务事项基本目录;全区纳入网上政务服务事项98项', ['动态调整政务服务事项基本目录;', '全区纳入网上政务服务事项98项']],
    ['落实“以公开为常态。不公开为例外”原则。', ['落实“以公开为常态。不公开为例外”原则。']],
    ['学习《中国共产党组织工作条例》《安全生产法》等。', ['学习《中国共产党组织工作条例》《安全生产法》等。']],
    ['他说：“做好了。”然后离开！真的吗？', ['他说：“做好了。”然后离开！', '真的吗？']],
    ['第一段\n第二段。', ['第一段', '第二段。']],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual(expected);
  });
});

describe('sectionAt', () => {
  /** What sectionAt means, read the slow way: of the sections holding the offset, the deepest (the later of equals). */
  const innermost = (sections: Section[], offset: number) =>
    sections.filter((s) => s.start <= offset && offset < s.end).reduce<Section | null>((found, s) => (!found || s.level >= found.level ? s : found), null);

  it.each(['xuchang-demo-zone-2021.txt', 'state-council-gwr-2005.txt', 'state-council-gwr-2020.txt', 'zhejiang-gwr-2025.txt', 'yunnan-gwr-2025.txt'])(
    '%s: the section of every sentence and of the gaps between parts is the innermost holding it',
    (file) => {
      const { text, sections } = sectionsOf(file);
      const offsets = [...splitSentences(text).map((s) => s.start), ...sections.flatMap((s) => [s.start, s.end - 1, s.end])];
      for (const offset of offsets) expect(sectionAt(sections, offset)?.id ?? null, String(offset)).toBe(innermost(sections, offset)?.id ?? null);
    },
  );

  it('reads sections that do not nest as the scan does: the deeper of two overlapping parts', () => {
    const part = (id: string, level: number, start: number, end: number): Section => ({ id, heading: null, level, role: 'review', roleRule: 'test', parent: null, start, end });
    const sections = [part('s1', 2, 0, 10), part('s2', 1, 5, 20)];
    expect([0, 7, 12, 25].map((offset) => sectionAt(sections, offset)?.id ?? null)).toEqual(['s1', 's1', 's2', null]);
  });
});
