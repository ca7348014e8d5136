import { describe, expect, it } from 'vitest';
import { readHeading, splitSameLineKicker } from '../../../shared/segment/headline';
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
      headline: '湖州小山村有了“云端菜园”',
      subheadline: '数字赋能乡村振兴',
    });
    expect(readHeading(['一个城市的执着'], ['——温州三十年如一日坚持“质量立市”'])).toEqual({
      headline: '一个城市的执着',
      subheadline: '——温州三十年如一日坚持“质量立市”',
    });
    expect(readHeading([], [])).toEqual({ headline: null, subheadline: null });
  });

  it('takes a headline ending in ? or ! only when a lead confirms it', () => {
    const [a, b] = segment('上一篇的最后一段。\n\n你好,2024!\n\n本报讯(记者 李四)新年第一天,各地举行迎新活动。');
    expect(b?.headline).toBe('你好,2024!');
    expect(a?.paragraphs).toEqual(['上一篇的最后一段。']);
  });
});
