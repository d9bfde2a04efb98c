import { describe, expect, it } from 'vitest';
import { abridges, definitionsIn } from '../../src/extract/definitions.js';
import { normalize } from '../../src/normalize/normalize.js';

// [source, text, the definitions read: [short, full, rule]]
type Case = [string, string, Array<[string, string, string]>];

const CASES: Case[] = [
  // Short forms announced in brackets, the name in 《》 whole, 的 and all.
  [
    'xinjiang-gwr-2026',
    '根据《中共新疆维吾尔自治区委员会关于制定自治区国民经济和社会发展第十五个五年规划的建议》（以下简称《建议》），自治区人民政府编制了《新疆维吾尔自治区国民经济和社会发展第十五个五年规划纲要（草案）》（以下简称《纲要草案》），提交大会审查。',
    [
      ['建议', '中共新疆维吾尔自治区委员会关于制定自治区国民经济和社会发展第十五个五年规划的建议', 'definition:short-form-named'],
      ['纲要草案', '新疆维吾尔自治区国民经济和社会发展第十五个五年规划纲要（草案）', 'definition:short-form-named'],
    ],
  ],
  // A name not in 《》 is cut to its shortest end holding the short form: the verb before it is no part of it (made up).
  ['made up', '高水平举办第九届亚洲冬季运动会（以下简称“亚冬会”），带动冰雪经济发展。', [['亚冬会', '亚洲冬季运动会', 'definition:short-form-named']]],
  // A closing glossary's entries that are full names.
  [
    'yunnan-gwr-2025',
    '名词解释\n1.“两重”：国家重大战略实施和重点领域安全能力建设。\n2.“两新”：大规模设备更新和消费品以旧换新。\n3.10种有色金属：铜、铅、锌、镍、锡、锑、铝、镁、硅、钛。',
    [
      ['两重', '国家重大战略实施和重点领域安全能力建设', 'definition:glossary'],
      ['两新', '大规模设备更新和消费品以旧换新', 'definition:glossary'],
    ],
  ],
  // An entry saying whose short form the term is; one with the name on the next line.
  ['guangdong-gwr-2026', '名词解释\n2.“双高计划”：\n是“中国特色高水平高职学校和专业建设计划”的简称，由教育部和财政部联合实施，旨在建设一批高水平学校和高水平专业群。', [['双高计划', '中国特色高水平高职学校和专业建设计划', 'definition:glossary']]],
  ['sichuan-gwr-2025', '名词解释\n37.“千万工程”：“千村示范、万村整治”工程的简称。', [['千万工程', '千村示范、万村整治工程', 'definition:glossary']]],
  ['hainan-gwr-2026', '注释\n［7］山水工程：\n山水林田湖草沙一体化保护和修复工程。', [['山水工程', '山水林田湖草沙一体化保护和修复工程', 'definition:glossary']]],
  // A glossary under a longer heading.
  ['jiangxi-gwr-2026', '附件\n《政府工作报告》有关内容名词注释\n14.“双招双引”：招才引智、招商引资。', [['双招双引', '招才引智、招商引资', 'definition:glossary']]],
  // A quoted short form with its full name in brackets.
  ['state-council-gwr-2007', '410个“两基”（基本普及九年义务教育和基本扫除青壮年文盲）攻坚县已有317个县实现目标。', [['两基', '基本普及九年义务教育和基本扫除青壮年文盲', 'definition:quoted-gloss']]],
  ['state-council-gwr-2006', '重点搞好“三河三湖”（即：淮河海河辽河、太湖巢湖滇池）、丹江口库区及上游等流域污染防治。', [['三河三湖', '淮河海河辽河、太湖巢湖滇池', 'definition:quoted-gloss']]],
  // Not definitions: glossary entries that explain or describe the thing.
  ['sichuan-gwr-2026', '名词解释\n8.“灯塔工厂”：由达沃斯世界经济论坛牵头的“全球灯塔工厂”评选自2018年启动以来，被视为全球智能制造“顶级认证”。', []],
  ['yunnan-gwr-2025', '名词解释\n10．零碳园区：碳排放和吸收趋于平衡的园区。', []],
  // Not definitions: a bracket qualifying a quoted name, a bracket naming who leads.
  ['guangxi-gwr-2026', '办好2026年全国“村BA”（南部赛区）等“村字号”文体活动，提升乡村治理和文明乡风建设水平。', []],
  ['inner-mongolia-gwr-2026', '为巩固拓展脱贫攻坚成果同乡村振兴有效衔接旗县在校小学生、在园幼儿每天提供“一杯奶”（牵头单位：教育厅）。', []],
  // Not definitions: a slogan spelled out with 即, a glossary-like line outside any glossary, 即 as "immediate".
  ['ningxia-gwr-2025', '坚决做到“六个严防”，即严防发生新增政府隐性债务、严防发生新的工资拖欠、严防发生脱贫人员返贫。', []],
  ['sichuan-gwr-2025', '6.“两重”：是指国家重大战略实施和重点领域安全能力建设。', []],
  ['jiangsu-gwr-2026', '支持发展演艺、夜间消费等新业态，发展即时零售等新模式，开展直播电商发展三年行动。', []],
];

describe('definitions a report makes', () => {
  it.each(CASES)('%s: %s', (_, raw, expected) => {
    const text = normalize(raw).text;
    const found = definitionsIn(text);
    expect(found.map(({ short, full, rule }) => [short, full, rule])).toEqual(expected);
    // Offsets into the normalised text: the definition's span holds its short form.
    for (const d of found) expect(text.slice(d.start, d.end).replace(/[“”]/g, '')).toContain(d.short);
  });
});

describe('whether a name may be abridged so', () => {
  it.each([
    ['亚冬会', '亚洲冬季运动会', true],
    ['清欠', '清理拖欠企业账款', true],
    ['两新', '大规模设备更新和消费品以旧换新', true],
    // The letters out of order, or missing: another thing.
    ['村BA', '南部赛区', false],
    ['冬亚会', '亚洲冬季运动会', false],
    // Numerals alone name nothing.
    ['三', '三江水电基地', false],
  ] as const)('%s / %s', (short, full, expected) => {
    expect(abridges(short, full)).toBe(expected);
  });
});
