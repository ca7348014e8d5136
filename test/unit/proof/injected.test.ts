// Recall on a clean page: each kind of error is typed into a known spot, and the proofreader
// must flag that spot and nothing else.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { proofreadDocument } from '../../../shared/proof';

const clean = readFileSync('test/fixtures/proof/clean-page.txt', 'utf8');

interface Injection {
  rule: string;
  find: string;
  replace: string;
}

const injections: Injection[] = [
  { rule: 'punct.halfwidth', find: '开通前，我们', replace: '开通前,我们' },
  { rule: 'punct.halfwidth', find: '三件事：车次', replace: '三件事:车次' },
  { rule: 'punct.halfwidth', find: '加开一班？”', replace: '加开一班?”' },
  { rule: 'punct.halfwidth', find: '冷链仓库（面积约800平方米）', replace: '冷链仓库(面积约800平方米)' },
  { rule: 'punct.halfwidth', find: '投入1200万元拓宽弯道、增设防护网。', replace: '投入1200万元拓宽弯道、增设防护网.' },
  { rule: 'punct.straight-quote', find: '取名“溪上人家”。', replace: '取名"溪上人家"。' },
  { rule: 'punct.nested-quote', find: '“书香邻里 温暖你我”', replace: '“书香邻里 温暖你我”' },
  { rule: 'punct.unbalanced', find: '取名“溪上人家”。', replace: '取名“溪上人家。' },
  { rule: 'punct.unbalanced', find: '《海底两万里》', replace: '海底两万里》' },
  { rule: 'punct.ellipsis', find: '雨季山体落石……', replace: '雨季山体落石...' },
  { rule: 'punct.ellipsis', find: '雨季山体落石……', replace: '雨季山体落石…' },
  { rule: 'punct.dash', find: '——云岭县', replace: '--云岭县' },
  { rule: 'punct.doubled', find: '车多了，管理', replace: '车多了，，管理' },
  { rule: 'punct.line-start', find: '\n县供销社主任', replace: '\n，县供销社主任' },
  { rule: 'repeat.char', find: '快线开通后', replace: '快线开开开通后' },
  { rule: 'number.fullwidth-digit', find: '126个行政村', replace: '１２６个行政村' },
  { rule: 'number.two-digit-year', find: '2023年9月', replace: '23年9月' },
  { rule: 'number.mixed', find: '3200份', replace: '3千2百份' },
  { rule: 'number.inconsistent', find: '回收率达到91.5%', replace: '回收率达到百分之九十一点五' },
  { rule: 'space.cjk', find: '县里为每辆车安装了定位终端', replace: '县里为每辆车安 装了定位终端' },
  { rule: 'width.fullwidth-letter', find: '微信小程序', replace: 'ｗｅｃｈａｔ小程序' },
  { rule: 'en.double-space', find: 'cutting the journey', replace: 'cutting  the journey' },
  { rule: 'en.straight-quote', find: '“It’s a good thing', replace: '"It’s a good thing' },
  { rule: 'en.repeated-word', find: 'two hybrid vessels', replace: 'two two hybrid vessels' },
];

describe('errors typed into a clean page', () => {
  it.each(injections)('$rule: $replace', ({ rule, find, replace }) => {
    const at = clean.indexOf(find);
    expect(at).toBeGreaterThanOrEqual(0);
    // The nested case replaces the outer quotes' inner pair: wrap the slogan in a quotation.
    const page =
      rule === 'punct.nested-quote'
        ? clean.replace('街道还发起了“书香邻里 温暖你我”主题活动', '“街道还发起了“书香邻里 温暖你我”主题活动。”他说')
        : clean.slice(0, at) + replace + clean.slice(at + find.length);
    const changedAt = rule === 'punct.nested-quote' ? page.indexOf('“书香邻里') : at;
    const changedEnd = changedAt + replace.length;
    const found = proofreadDocument(page);
    expect(found.map((s) => s.rule)).toContain(rule);
    // Every finding is on the injected text: no false alarm anywhere else on the page.
    for (const s of found) {
      expect(s.end > changedAt - 2 && s.start < changedEnd + 2, `${s.rule} ${s.text}`).toBe(true);
    }
  });
});
