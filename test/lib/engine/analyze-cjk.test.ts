import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/engine/analyze';

describe('analyze (Chinese and Japanese)', () => {
  it('reads a later story that looks back to the offer in one paragraph of several as a mention, however short Chinese paragraphs are', () => {
    const report = analyze({
      title: '勒索软件袭击美国输油管道 燃油供应受影响',
      published: '2021-05-12',
      text: [
        '美国东海岸一家大型输油管道公司遭勒索软件攻击，被迫暂停运营，多个州的加油站出现排队现象。',
        '联邦调查局确认，攻击来自一个名为“黑暗面”的犯罪团伙，该团伙据信在东欧活动。',
        '俄方人士指出，普京去年9月曾向美国提议重启两国信息安全合作，并交换互不干涉内政的保证，但未获回应。',
        '该公司表示，管道预计将在本周末前逐步恢复运行，部分地区油价已明显上涨。',
        '白宫表示正在与公司密切合作，并将评估是否需要采取进一步措施保障能源供应。',
      ].join('\n\n'),
    });
    expect(report.verdict).toBe('mentions');
    expect(report.clauses.map((c) => c.id)).toContain('point-4');
  });

  it('reads a Taiwan report in traditional characters like its simplified twin', () => {
    const text = (s: string) =>
      analyze({
        title: s.split('|')[0]!,
        published: '2020-09-26',
        text: s.split('|')[1]!,
      });
    const traditional = text(
      '蒲亭提議俄美交換互不干涉選舉的保證|俄羅斯總統蒲亭25日發表聲明，提議俄美兩國以雙方都能接受的形式交換互不干涉內政的保證，包括不干涉選舉進程。',
    );
    const simplified = text(
      '蒲亭提议俄美交换互不干涉选举的保证|俄罗斯总统蒲亭25日发表声明，提议俄美两国以双方都能接受的形式交换互不干涉内政的保证，包括不干涉选举进程。',
    );
    expect(traditional.verdict).toBe('about');
    expect(traditional.clauses.map((c) => c.id)).toEqual(simplified.clauses.map((c) => c.id));
  });

  it('reads Japanese coverage through its particles and long-vowel spellings (セキュリティー, セキュリティ)', () => {
    const report = analyze({
      title: 'プーチン氏、内政不干渉の保証交換を米国に提案',
      published: '2020-09-26',
      text: [
        'ロシアのプーチン大統領は25日、情報セキュリティー分野での協力回復に向けた声明を出し、選挙を含む内政への不干渉の保証を互いに交換するよう米国に提案した。',
        '米国務省の報道官は、提案を検討する考えはないと述べた。',
      ].join('\n\n'),
    });
    expect(report.verdict).toBe('about');
    expect(report.clauses.map((c) => c.id)).toContain('point-4');
  });
});
