import { beforeAll, describe, expect, it } from 'vitest';
import { followUpCommitments, wordingOf } from '../../src/compare/evidence.js';
import { readDocument } from '../../src/ingest/index.js';
import { analyzeDocument } from '../../src/pipeline.js';
import { sectionAt } from '../../src/structure/sentences.js';
import type { Analysis, CommitmentFollowUp } from '../../src/types.js';

async function analyse(stem: string): Promise<Analysis> {
  return analyzeDocument(await readDocument(`corpus/${stem}.txt`));
}

describe('what a review clause says of the thing it names', () => {
  // [clause of a newer report's review, its wording]
  const clauses: Array<[string, ReturnType<typeof wordingOf>]> = [
    ['全年10大类55项民生实事项目如期完成', 'completion'], // hubei 2026
    ['郑州国际陆港核心功能区建成投用', 'completion'], // henan 2026
    ['嘉兴南湖机场、丽水机场建成投运', 'completion'], // zhejiang 2026
    ['5项预期性指标、1项约束性指标未能如期完成', 'not-done'], // liaoning 2026
    ['城市轨道交通、地下综合管廊建设加快', 'effort'], // national 2017
    ['获批建设国家医学中心（中医类）和12个国家区域医疗中心', 'effort'], // henan 2026: approved, not built
    ['科技创新和产业创新融合发展深入推进', 'effort'], // hubei 2026
    ['加快实现质量变革、效率变革、动力变革', 'effort'], // guangdong 2026: a completion word that is still an aim
    ['深化户籍制度改革', null], // national 2017
  ];
  it.each(clauses)('%s → %s', (clause, wording) => {
    expect(wordingOf(clause)).toBe(wording);
  });
});

describe('follow-up of hubei 2025 commitments in the 2026 review', () => {
  let followUps: CommitmentFollowUp[];
  beforeAll(async () => {
    followUps = followUpCommitments(await analyse('hubei-gwr-2025'), await analyse('hubei-gwr-2026'));
  }, 60_000);

  // [words of the commitment, status, rule, words of the deciding evidence, words of the reason or null]
  const cases: Array<[string, CommitmentFollowUp['status'], string, string, string | null]> = [
    ['技术合同成交额突破6000亿元', 'addressed', 'followup:target-met', '技术合同成交额达到6121亿元', 'target 6000亿元, outcome 6121亿元'],
    ['今年继续实施10大类55项民生实事', 'addressed', 'followup:completion-word', '10大类55项民生实事项目如期完成', null],
    ['数字经济核心产业增加值超过6000亿元', 'addressed', 'followup:target-met', '数字经济', '数字经济核心产业增加值'],
    ['经济增长6%左右', 'partly', 'followup:target-short', '地区生产总值增长5.5%', 'target 6%, outcome 5.5%'],
    ['推动科技创新和产业创新融合发展，加快建设现代化产业体系', 'partly', 'followup:effort-word', '科技创新和产业创新融合发展深入推进', null],
  ];
  it.each(cases)('%s → %s (%s)', (words, status, rule, evidence, reason) => {
    const followUp = followUps.find((f) => f.text.includes(words));
    expect(followUp, words).toBeDefined();
    expect({ status: followUp!.status, rule: followUp!.rule }).toEqual({ status, rule });
    expect(followUp!.evidence[0]!.text).toContain(evidence);
    if (reason) expect(followUp!.reason).toContain(reason);
    else expect(followUp!.reason).toBeUndefined();
  });

  it('every status names its rule, and no-evidence is the overlap rule', () => {
    for (const followUp of followUps) {
      expect(followUp.rule, followUp.text).toMatch(/^followup:[a-z-]+$/);
      if (followUp.status === 'no-evidence') expect(followUp.rule).toBe('followup:no-evidence');
    }
  });
});

describe('national 2019 → 2020: evidence only from the 2020 review', () => {
  it('plan parts (六、确保实现脱贫攻坚目标…) give no evidence', async () => {
    const newer = await analyse('state-council-gwr-2020');
    const followUps = followUpCommitments(await analyse('state-council-gwr-2019'), newer);
    const evidence = followUps.flatMap((f) => f.evidence);
    expect(evidence.length).toBeGreaterThan(0);
    for (const e of evidence) expect(['review', 'problems'], e.text).toContain(sectionAt(newer.sections, e.start)?.role);
    expect(evidence.filter((e) => e.text.includes('加强非洲猪瘟等疫病防控'))).toEqual([]);
  }, 60_000);
});
