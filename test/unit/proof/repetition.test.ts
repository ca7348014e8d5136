import { describe, expect, it } from 'vitest';
import { proofread } from '../../../shared/proof';
import { flagged, rulesHit } from './helpers';

const rule = 'repeat.char';

describe('repeated characters', () => {
  it('flags three or more of one character, fixed to one', () => {
    expect(flagged('新东方数智教育及文旅旅旅总部', rule)).toEqual([['旅旅旅', '旅']]);
    expect(flagged('温州州州市', rule)).toEqual([['州州州', '州']]);
    // A sound runs on (轰隆隆隆), a word does not (兴隆 + 隆隆).
    expect(flagged('海鲜排档生意兴隆隆隆，', rule)).toEqual([['隆隆隆', '隆']]);
    expect(flagged('远处传来轰隆隆隆的雷声。', rule)).toEqual([]);
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

describe('doubled characters judged by the word model', () => {
  it('flags a copy left standing beside a word that ends with it', () => {
    for (const [text, pair] of [
      ['温州州市场监管部门', '州州'],
      ['推动发展展经济', '展展'],
      ['交通通运输局', '通通'],
      ['今年以以来，客流增长', '以以'],
      ['助力乡村村振兴', '村村'],
      ['顺路把村村民的土鸡蛋带上', '村村'],
      ['老顾客客都知道', '客客'],
      ['他几乎乎都在路上', '乎乎'],
      ['后来慢慢地地喜欢上了', '地地'],
      ['为了了解解乘客的需求', '解解'],
      ['竞争将进一步步加剧', '步步'],
      ['几位老人看看见记者', '看看'],
      ['猕猴桃种植12.6万亩亩，带动农户', '亩亩'],
      ['鸟类增加了27种种。', '种种'],
      ['1870年年代的德国', '年年'],
      ['覆盖交通、气象等等18个领域', '等等'],
      ['应当立即即停止相关活动', '即即'],
      ['妈妈都都会把我送到外婆家', '都都'],
    ]) {
      expect(flagged(text!, rule), text).toEqual([[pair, pair![0]]]);
    }
  });

  it('accepts boundaries, reduplication, titles after place names and doubled given names', () => {
    for (const text of [
      '温州市市场监管局', '车站站长说', '各区区长参加', '全村村民', '实现现代化', '学习习惯', '一个个村庄', '一步步来',
      '天天向上', '帮帮忙', '高高兴兴', '认认真真', '家家户户', '合作社社员', '王丽丽说', '刘欢欢介绍',
      '记者 张婷婷', '本报记者 程程\n\n每到周末', '公车车窗', '人人都会背', '快来看看，这是新画的', '2023年年报显示', '截至2023年年底', '苹果、香蕉等等。', '负责人人手一份',
    ]) {
      expect(rulesHit(text), text).toEqual([]);
    }
  });

  it('without the word model reports only doubles that can never be words', () => {
    expect(proofread('温州州市场监管部门', {}).filter((s) => s.rule === rule)).toEqual([]);
    expect(proofread('这是我们的的目标。', {}).map((s) => s.text)).toEqual(['的的']);
  });
});
