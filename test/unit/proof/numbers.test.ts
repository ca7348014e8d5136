import { describe, expect, it } from 'vitest';
import { flagged, rulesHit } from './helpers';

describe('full-width digits', () => {
  it('become half-width', () => {
    expect(flagged('共有１２６个行政村。', 'number.fullwidth-digit')).toEqual([['１２６', '126']]);
  });
  it('half-width digits pass', () => {
    expect(rulesHit('共有126个行政村。')).toEqual([]);
  });
});

describe('two-digit years', () => {
  it('flags a year cut to two digits before a month or a calendar word', () => {
    expect(flagged('24年3月，项目开工。', 'number.two-digit-year')).toEqual([['24年', null]]);
    expect(flagged('计划在25年底完工。', 'number.two-digit-year')).toEqual([['25年', null]]);
  });
  it('flags the year a report is for, not a count of years averaged', () => {
    expect(flagged('已有126家公司披露23年年报。', 'number.two-digit-year')).toEqual([['23年', null]]);
    expect(flagged('公司发布24年Q3财报。', 'number.two-digit-year')).toEqual([['24年', null]]);
    expect(rulesHit('过去10年年均增长6.5%，已有126家公司披露2023年年报。')).toEqual([]);
  });
  it('leaves counted years alone', () => {
    for (const text of ['30年前，温州提出质量立市。', '30年来，变化很大。', '近10年底子越来越厚。', '2024年3月开工。']) {
      expect(rulesHit(text), text).toEqual([]);
    }
  });
});

describe('mixed numerals in one number', () => {
  it('flags Arabic digits with 十百千 and Chinese numerals run into digits', () => {
    expect(flagged('投入5千元。', 'number.mixed')).toEqual([['5千', null]]);
    expect(flagged('共3千5百人。', 'number.mixed')).toEqual([['3千5百', null]]);
    expect(flagged('共一千2百人。', 'number.mixed')).toEqual([['一千2', null]]);
    expect(flagged('20世纪八十年代。', 'number.mixed')).toEqual([['20世纪八十年代', '20世纪80年代']]);
  });
  it('accepts 万 and 亿 as units and 千米, 千克, 千瓦', () => {
    for (const text of ['投资3.16亿元。', '有2万多家。', '长40千米。', '重5千克。', '功率10千瓦。', '提高2百分点。', '三十而立。']) {
      expect(rulesHit(text), text).toEqual([]);
    }
  });
});

describe('inconsistent number style within a story', () => {
  it('flags Chinese-numeral dates, years and percentages when the story uses Arabic ones', () => {
    const text = '2023年9月开通。二〇二四年将扩建。1月15日通车，一月二十日验收。增长37%，占百分之十五。';
    expect(flagged(text, 'number.inconsistent')).toEqual([
      ['二〇二四年', '2024年'],
      ['一月二十日', '1月20日'],
      ['百分之十五', '15%'],
    ]);
  });
  it('accepts one consistent style and lunar dates', () => {
    expect(rulesHit('二〇二四年一月二十日，占百分之十五。')).toEqual([]);
    expect(rulesHit('1月15日开幕，农历八月十五日闭幕。')).toEqual([]);
  });
});
