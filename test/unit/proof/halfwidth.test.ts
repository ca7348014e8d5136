import { describe, expect, it } from 'vitest';
import { flagged, rulesHit } from './helpers';

const rule = 'punct.halfwidth';

describe('half-width punctuation in Chinese text', () => {
  it('flags each half-width mark next to Chinese, with its full-width fix', () => {
    expect(flagged('温州,台州;宁波:杭州?绍兴!', rule)).toEqual([
      [',', '，'],
      [';', '；'],
      [':', '：'],
      ['?', '？'],
      ['!', '！'],
    ]);
    expect(flagged('他来了.我们走吧。', rule)).toEqual([['.', '。']]);
  });

  it('converts a parenthesis pair as a whole, even around English', () => {
    expect(flagged('本报讯(记者 王佳)近日', rule)).toEqual([
      ['(', '（'],
      [')', '）'],
    ]);
    expect(flagged('地区生产总值(GDP)增长', rule)).toEqual([
      ['(', '（'],
      [')', '）'],
    ]);
  });

  it('looks through quotes for the Chinese neighbour', () => {
    expect(flagged('称号“国家级示范区”,“国家示范县”', rule)).toEqual([[',', '，']]);
    expect(flagged('率先提出“质量立市”?其间', rule)).toEqual([['?', '？']]);
  });

  it('takes spaces typed after the mark into the span', () => {
    expect(flagged('温州, 台州', rule)).toEqual([[', ', '，']]);
  });

  it('leaves numbers, times, URLs and English runs alone', () => {
    for (const text of [
      '投资3.16亿元，增长10%。',
      '上午10:30开会。',
      '总计1,000,000元。',
      '详见https://www.zj.gov.cn/a?b=1。',
      '他说Hello, world!是第一课。',
      '苹果公司(AAPL)的股价',
    ]) {
      expect(flagged(text, rule), text).toEqual(text.includes('AAPL') ? [['(', '（'], [')', '）']] : []);
    }
  });

  it('does not run on English stories', () => {
    expect(rulesHit('The mayor said, quietly: "We are ready (mostly)."')).not.toContain(rule);
  });
});

describe('half-width marks beside symbols, Latin and full-width partners', () => {
  it('catches marks whose Chinese neighbour is a unit, a number sign or a full-width partner', () => {
    expect(flagged('最低气温降到零下12℃.在高速公路上，', 'punct.halfwidth')).toEqual([['.', '。']]);
    expect(flagged('图①:1月6日，市民在街头扫雪。', 'punct.halfwidth')).toEqual([[':', '：']]);
    expect(flagged('CPI同比上涨0.3%,PPI同比下降2.5%。', 'punct.halfwidth')).toEqual([[',', '，']]);
    expect(flagged('主频达3.3GHz,GPU性能提升20%。', 'punct.halfwidth')).toEqual([[',', '，']]);
    expect(flagged('以3比0(25∶18、25∶20）战胜对手。', 'punct.halfwidth')).toEqual([['(', '（']]);
    expect(flagged('本报讯（记者 张明)近日，', 'punct.halfwidth')).toEqual([[')', '）']]);
  });

  it('leaves list labels, decimals, times and English alone', () => {
    for (const text of ['1.交通部门加强巡查。', '附件：1.申请表 2.承诺书', '增长3.5%，达到10:30的水平。', 'He said: "Yes, 2.5 GHz, GPU and CPU."']) {
      expect(flagged(text, 'punct.halfwidth'), text).toEqual([]);
    }
  });
});
