import { describe, expect, it } from 'vitest';
import { flagged, rulesHit } from './helpers';

const rule = 'repeat.char';

describe('repeated characters', () => {
  it('flags three or more of one character, fixed to one', () => {
    expect(flagged('新东方数智教育及文旅旅旅总部', rule)).toEqual([['旅旅旅', '旅']]);
    expect(flagged('温州州州市', rule)).toEqual([['州州州', '州']]);
  });

  it('flags a doubled function character that never reduplicates', () => {
    expect(flagged('这是我们的的目标。', rule)).toEqual([['的的', '的']]);
    expect(flagged('他们们来了。', rule)).toEqual([['们们', '们']]);
    expect(flagged('企业也也参与了。', rule)).toEqual([['也也', '也']]);
  });

  it('accepts reduplication: AA words, AABB and ABAB forms, onomatopoeia', () => {
    for (const text of [
      '星星点点的浮球。',
      '她常常搭这趟车。',
      '你看看这辆车。',
      '谢谢大家。',
      '方方面面都要顾及。',
      '的的确确超出了预期。',
      '我们研究研究再说。',
      '哈哈哈，太好了。',
      '不仅仅是企业的产品。',
    ]) {
      expect(rulesHit(text), text).toEqual([]);
    }
  });

  it('accepts a pair that straddles two words', () => {
    for (const text of ['为了了解情况。', '达到目的的手段。', '这件事不了了之。', '参与与否由你。', '首都都市圈。']) {
      expect(rulesHit(text), text).toEqual([]);
    }
  });
});

describe('doubled characters found by word segmentation', () => {
  it('flags a copy left standing beside a word that ends with it', () => {
    for (const [text, pair] of [
      ['温州州市场监管部门', '州州'],
      ['推动发展展经济', '展展'],
      ['交通通运输局', '通通'],
      ['今年以以来，客流增长', '以以'],
      ['助力乡村村振兴', '村村'],
    ]) {
      expect(flagged(text!, rule), text).toEqual([[pair, pair![0]]]);
    }
  });

  it('accepts boundaries, reduplication and titles after place names', () => {
    for (const text of [
      '温州市市场监管局', '车站站长说', '各区区长参加', '中学学生', '实现现代化', '学习习惯', '一个个村庄', '一步步来',
      '天天向上', '帮帮忙', '见见面', '高高兴兴', '认认真真', '合作社社员', '王丽丽说', '刘欢欢介绍', '公车车窗',
    ]) {
      expect(rulesHit(text), text).toEqual([]);
    }
  });
});
