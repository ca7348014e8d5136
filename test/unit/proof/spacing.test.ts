import { describe, expect, it } from 'vitest';
import { flagged, rulesHit } from './helpers';

describe('spaces inside Chinese text', () => {
  it('flags a space between Chinese characters or beside Chinese punctuation in prose', () => {
    expect(flagged('温州市 委主要领导提出，温州将努力建设。', 'space.cjk')).toEqual([[' ', '']]);
    expect(flagged('他说， 温州将努力建设。', 'space.cjk')).toEqual([[' ', '']]);
    expect(flagged('温州　将努力建设。', 'space.cjk')).toEqual([['　', '']]);
  });

  it('accepts bylines, credits, kicker titles and spaced slogans', () => {
    for (const text of [
      '本报记者 王艳琼',
      '通讯员 姚峰 徐启欢 摄',
      '本报讯（记者 褚晶君 共享联盟·海宁 胡晓琳）如何找到玻璃粉？',
      '青田打造侨乡国际农产品加工储运园 山里的土货卖到了全世界',
      '企业发起“质量至上 共创未来”倡议。',
      '　　段首缩进是排版习惯。',
      '新华社杭州1月7日电 （记者 张明）这是一条电讯。',
    ]) {
      expect(rulesHit(text), text).toEqual([]);
    }
  });
});

describe('a stray mark opening a headline or an article heading', () => {
  it('is the only finding: the spaced headline is not taken for prose', () => {
    expect(rulesHit('！山区26县鲜果上市 “千万工程”结出致富果')).toEqual(['punct.line-start']);
    expect(rulesHit('：第一条 为了规范公共数据管理，制定本办法。')).toEqual(['punct.line-start']);
    expect(flagged('！鲜果上市 结出致富果。', 'space.cjk')).toEqual([[' ', '']]);
  });
});

describe('full-width letters', () => {
  it('become half-width', () => {
    expect(flagged('地区生产总值（ＧＤＰ）增长。', 'width.fullwidth-letter')).toEqual([['ＧＤＰ', 'GDP']]);
  });
  it('half-width letters pass', () => {
    expect(rulesHit('地区生产总值（GDP）增长。')).toEqual([]);
  });
});

describe('spaces in bylines', () => {
  it('flags a space that cuts a word, or a role word followed by a sentence', () => {
    expect(flagged('本报讯（记 者 罗晓禾）眼下正是春茶采摘时节。', 'space.cjk')).toEqual([[' ', '']]);
    expect(flagged('本报讯（通 讯员 吴小燕）日前，省图书馆开馆。', 'space.cjk')).toEqual([[' ', '']]);
    expect(flagged('记者 在调度中心看到，大屏幕上车辆实时更新。', 'space.cjk')).toEqual([[' ', '']]);
  });

  it('leaves the spaces between roles and names alone', () => {
    for (const text of ['本报讯（记者 张明 通讯员 李卫东）近日，全市开展检查。', '本报讯（记者 陈晨 通讯员 林洁）走进瑞安市，处处是新景。', '本报讯 记者 陈思远 近日，全市开展检查。', '市民在街头扫雪。（本报记者 王凯 摄）']) {
      expect(rulesHit(text), text).toEqual([]);
    }
  });
});
