import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { gate } from '../../../lib/page/gate';

function page(title: string, body: string): Document {
  return parseHTML(`<!doctype html><html><head><title>${title}</title></head><body><p>${body}</p></body></html>`)
    .document as unknown as Document;
}

/** Japanese coverage names the subject in words other than サイバー: the state media's, and the broadcasters' plain ones. */
describe('gate on Japanese pages', () => {
  it('lets through a page that words information security as the state media do', () => {
    const doc = page('露大統領、国際情報安全保障分野での露米協力に関する声明', 'プーチン大統領は声明を発表した。');
    expect(gate(doc).candidate).toBe(true);
  });

  it('lets through a broadcaster brief that speaks of the internet and of meddling in elections', () => {
    const doc = page(
      'ロシア大統領　互いの選挙に手を出さない約束を',
      'プーチン大統領は、インターネット上で思わぬ衝突が起きないよう、ルールづくりを持ちかけました。',
    );
    expect(gate(doc).candidate).toBe(true);
    expect(gate(page('ロシア大統領　内政への介入を否定', 'プーチン大統領が述べた。')).candidate).toBe(true);
  });

  it('takes the office for the man, as Japanese headlines do', () => {
    expect(gate(page('露大統領、米にサイバー協力を提案', '大統領府が声明を発表した。')).candidate).toBe(true);
  });

  it('holds back a page on Putin that touches none of the subject', () => {
    expect(gate(page('プーチン大統領、極東を訪問', '大統領は港湾施設を視察した。')).candidate).toBe(false);
  });
});
