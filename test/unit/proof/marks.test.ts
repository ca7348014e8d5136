import { describe, expect, it } from 'vitest';
import { flagged, rulesHit } from './helpers';

describe('ellipsis', () => {
  it('turns ..., 。。。 and a lone … into ……', () => {
    expect(flagged('等等...还有很多。', 'punct.ellipsis')).toEqual([['...', '……']]);
    expect(flagged('下放事权。。。', 'punct.ellipsis')).toEqual([['。。。', '……']]);
    expect(flagged('下放事权…', 'punct.ellipsis')).toEqual([['…', '……']]);
    expect(flagged('下放事权………', 'punct.ellipsis')).toEqual([['………', '……']]);
  });

  it('accepts …… and leaves English dots alone', () => {
    expect(rulesHit('下放事权……')).toEqual([]);
    expect(rulesHit('他说wait...再看看。')).not.toContain('punct.ellipsis');
  });
});

describe('dash', () => {
  it('turns -- and a lone — used as a dash into ——', () => {
    expect(flagged('信任危机--由于', 'punct.dash')).toEqual([['--', '——']]);
    expect(flagged('陷入了信任危机—', 'punct.dash')).toEqual([['—', '——']]);
    expect(flagged('三塔斜拉桥—青龙门大桥', 'punct.dash')).toEqual([['—', '——']]);
  });

  it('accepts —— and the connecting mark between ranges and paired places', () => {
    expect(rulesHit('斜拉桥——青龙门大桥')).toEqual([]);
    expect(rulesHit('计划在2024—2026年间新增线路。')).toEqual([]);
    expect(rulesHit('中国—中东欧国家经贸合作示范区。')).toEqual([]);
    expect(rulesHit('中国—东盟博览会。')).toEqual([]);
    expect(rulesHit('杭州—宁波高速公路。')).toEqual([]);
  });
});

describe('doubled marks', () => {
  it('flags ，， 。。 and mixed pause marks', () => {
    expect(flagged('温州，，台州。', 'punct.doubled')).toEqual([['，，', '，']]);
    expect(flagged('温州。。台州。', 'punct.doubled')).toEqual([['。。', '。']]);
    expect(flagged('温州，。台州。', 'punct.doubled')).toEqual([['，。', null]]);
    expect(flagged('温州,,台州。', 'punct.doubled')).toEqual([[',,', '，']]);
  });

  it('accepts ？！ and ！！ for emphasis', () => {
    expect(rulesHit('真的吗？！太好了！！')).toEqual([]);
  });
});

describe('punctuation at the start of a line', () => {
  it('flags a line beginning with a pause or stop mark', () => {
    expect(flagged('市委层面\n，第一次提出。', 'punct.line-start')).toEqual([['，', null]]);
    expect(flagged('第一段。\n\n、第二段。', 'punct.line-start')).toEqual([['、', null]]);
  });

  it('accepts lines beginning with quotes, brackets and text', () => {
    expect(rulesHit('“好。”\n（完）\n第二段。')).toEqual([]);
  });
});

describe('a single dash between a number and a word', () => {
  it('is a range only when the right side repeats what the left number carries', () => {
    expect(flagged('两队交手2次，各取1胜—第1回合广东队以3∶1获胜。', 'punct.dash')).toEqual([['—', '——']]);
    for (const text of ['比赛于9时—17时举行。', '第1场—第3场比赛在杭州进行。', '2025年—2027年的规划。']) {
      expect(flagged(text, 'punct.dash'), text).toEqual([]);
    }
  });
});
