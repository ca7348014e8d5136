import { describe, expect, it } from 'vitest';
import { assignHeading, buildHeading, readHeading, splitSameLineKicker } from '../../../shared/segment/headline';
import { segment } from '../../../shared/segment';

describe('headline block', () => {
  it('splits a kicker printed on the title line', () => {
    expect(splitSameLineKicker('青田打造侨乡国际农产品加工储运园助力农产品出口 山里的土货卖到了全世界')).toEqual([
      '青田打造侨乡国际农产品加工储运园助力农产品出口',
      '山里的土货卖到了全世界',
    ]);
  });

  it('keeps a title that merely contains a space', () => {
    expect(splitSameLineKicker('丽水 山路上的快递车')).toBeNull();
    expect(splitSameLineKicker('“质量至上 共创未来”倡议在嘉兴发布')).toBeNull();
    expect(splitSameLineKicker('Maine town votes to keep its bridge')).toBeNull();
  });

  it('reads kicker above title (Chinese) and deck under title', () => {
    expect(readHeading(['数字赋能乡村振兴', '湖州小山村有了“云端菜园”'], [])).toEqual({
      kicker: '数字赋能乡村振兴',
      headline: '湖州小山村有了“云端菜园”',
      deck: null,
    });
    expect(readHeading(['一个城市的执着'], ['——温州三十年如一日坚持“质量立市”'])).toEqual({
      kicker: null,
      headline: '一个城市的执着',
      deck: '——温州三十年如一日坚持“质量立市”',
    });
    expect(readHeading([], [])).toEqual({ kicker: null, headline: null, deck: null });
    expect(readHeading([], ['——只有副题'])).toEqual({ kicker: null, headline: null, deck: '——只有副题' });
  });

  it('reads a kicker on the title line as the kicker, and keeps both apart from the deck lines', () => {
    expect(readHeading(['青田打造侨乡国际农产品加工储运园助力农产品出口 山里的土货卖到了全世界'], ['——副题一', '——副题二'])).toEqual({
      kicker: '青田打造侨乡国际农产品加工储运园助力农产品出口',
      headline: '山里的土货卖到了全世界',
      deck: '——副题一 ——副题二',
    });
    // An English second line is the deck, printed under the title; it comes before the "——" lines.
    expect(readHeading(['Rates stay high', 'as prices rise'], ['— a deck line'])).toEqual({ kicker: null, headline: 'Rates stay high', deck: 'as prices rise — a deck line' });
  });

  it('decides the roles in one place, in printed order', () => {
    expect(assignHeading(['数字赋能乡村振兴', '湖州小山村有了“云端菜园”'])).toEqual([
      { role: 'kicker', text: '数字赋能乡村振兴', line: 0 },
      { role: 'title', text: '湖州小山村有了“云端菜园”', line: 1 },
    ]);
    expect(assignHeading(['Rates stay high', 'as prices rise']).map((p) => p.role)).toEqual(['title', 'deck']);
    expect(assignHeading(['丽水 山路上的快递车'])).toEqual([{ role: 'title', text: '丽水 山路上的快递车', line: 0 }]);
    expect(assignHeading([])).toEqual([]);
    // The fields are built from whatever the decision says (a model may put the title first).
    expect(buildHeading([{ role: 'title', text: '标题', line: 0 }, { role: 'deck', text: '副题', line: 1 }], ['——又一行'])).toEqual({ kicker: null, headline: '标题', deck: '副题 ——又一行' });
  });

  it('takes a headline ending in ? or ! only when a lead confirms it', () => {
    const [a, b] = segment('上一篇的最后一段。\n\n你好,2024!\n\n本报讯(记者 李四)新年第一天,各地举行迎新活动。');
    expect(b?.headline).toBe('你好,2024!');
    expect(a?.paragraphs).toEqual(['上一篇的最后一段。']);
  });
});
