import { describe, expect, it } from 'vitest';
import { flagged, only, rulesHit } from './helpers';

describe('straight quotes in Chinese text', () => {
  it('become curly quotes by their place in the pair', () => {
    expect(flagged('他说"好的"，然后走了。', 'punct.straight-quote')).toEqual([
      ['"', '“'],
      ['"', '”'],
    ]);
    expect(flagged("所谓'质量'二字。", 'punct.straight-quote')).toEqual([
      ["'", '‘'],
      ["'", '’'],
    ]);
  });

  it('close a curly opener and keep apostrophes in English words alone', () => {
    expect(flagged('他说“好的"。', 'punct.straight-quote')).toEqual([['"', '”']]);
    expect(rulesHit("我们去了McDonald's门店，人很多。")).toEqual([]);
  });
});

describe('nested double quotes', () => {
  it('flags a double quote inside a double quote, across a column break', () => {
    const text = '“县里创新建立\n\n起“营商台账”兜底服务机制。”黄杰说。';
    expect(flagged(text, 'punct.nested-quote')).toEqual([
      ['“', '‘'],
      ['”', '’'],
    ]);
  });

  it('accepts single quotes inside double quotes and double inside single', () => {
    expect(rulesHit('“提出‘质量立市’，是彻底重塑。”他说。')).toEqual([]);
    expect(rulesHit('“他说：‘这叫“一日鞋”。’”')).toEqual([]);
  });

  it('does not call quotes nested when the outer quote is simply unclosed', () => {
    const text = '他说“温州制造向“温州创造”转变。';
    expect(flagged(text, 'punct.nested-quote')).toEqual([]);
    expect(flagged(text, 'punct.unbalanced')).toHaveLength(1);
  });
});

describe('unbalanced pairs', () => {
  it('flags an opener never closed, from the opener to the paragraph end', () => {
    const [s] = only('取名“溪上人家。他很高兴。\n\n第二段。', 'punct.unbalanced');
    expect(s?.text).toBe('“溪上人家。他很高兴。');
  });

  it('flags a closer with no opener, back to the start of its clause', () => {
    expect(flagged('嵊泗制定了嵊泗县方案》，并实施。', 'punct.unbalanced')).toEqual([['嵊泗制定了嵊泗县方案》', null]]);
    expect(flagged('本报讯记者 王佳）近日。', 'punct.unbalanced')).toEqual([['本报讯记者 王佳）', null]]);
  });

  it('checks （）《》〈〉 and ‘’', () => {
    expect(rulesHit('建设仓库（面积约800平方米，让农产品走得更远。')).toContain('punct.unbalanced');
    expect(rulesHit('他读了《海底两万里，很喜欢。')).toContain('punct.unbalanced');
    expect(rulesHit('他读了〈序言，很喜欢。')).toContain('punct.unbalanced');
    expect(rulesHit('“他说‘好。”')).toContain('punct.unbalanced');
  });

  it('tracks a quote across a column break inside one paragraph', () => {
    expect(rulesHit('“缙云有工业企业3500余家，县里创新建立\n\n起兜底服务机制。”黄杰说。')).toEqual([]);
  });

  it('accepts a quotation of several paragraphs, each opened with “ and closed once', () => {
    expect(rulesHit('他说：“第一段话。\n\n“第二段话。\n\n“第三段话。”')).toEqual([]);
  });

  it('does not carry an unclosed quote from mid-sentence into the next paragraph', () => {
    expect(rulesHit('第一班“乡村快线从县城驶出。\n\n“以前要倒车。”她说。')).toContain('punct.unbalanced');
  });

  it('accepts list labels like 1）', () => {
    expect(rulesHit('要点如下：\n1）加强管理。\n2）提升服务。')).toEqual([]);
  });
});
