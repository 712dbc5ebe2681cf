import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/engine/analyze';

/**
 * Japanese says in 40 characters what English says in 100: a paragraph's length is weighed by what it holds, so one
 * paragraph on the proposal in a short Japanese story about something else is a mention, not the story.
 */
describe('Japanese coverage', () => {
  const paragraphs = [
    '11月3日の米大統領選まで2週間となり、各州の選挙管理当局が投票システムへのサイバー攻撃への警戒を強めている。',
    '米情報機関は、ロシアやイランが偽情報の拡散などで選挙に影響を与えようとしていると警告している。',
    '一方、ロシアのプーチン大統領は9月、選挙への不干渉を互いに保証し合うよう米国に提案したが、米側は取り合っていない。',
    '郵便投票の急増で、開票作業が長引く可能性もある。',
  ];

  it('reads a paragraph on the proposal in a story about US election security as a mention of it', () => {
    const report = analyze({
      title: '米大統領選まで2週間　州当局、サイバー攻撃への警戒強める',
      text: paragraphs.join('\n'),
      published: '2020-10-21',
    });
    expect(report.language).toBe('ja');
    expect(report.verdict).toBe('mentions');
    expect(report.clauses.map((c) => c.id)).toEqual(['point-4']);
  });

  it('reads the same paragraph under a title on the proposal as a page about it', () => {
    const report = analyze({
      title: 'プーチン氏、選挙への相互不干渉の保証を米国に提案',
      text: paragraphs.join('\n'),
      published: '2020-10-21',
    });
    expect(report.verdict).toBe('about');
  });
});
