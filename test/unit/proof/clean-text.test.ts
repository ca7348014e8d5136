// Real clean pages are more varied than the fixtures: each case here is a legitimate form a
// rule once flagged (a false alarm), set beside the slip it must still catch.
import { describe, expect, it } from 'vitest';
import { flagged, rulesHit } from './helpers';

describe('clean Chinese forms stay clean, their slips are still caught', () => {
  it('spaces: a lead source, a role and its name, a credit after a caption', () => {
    for (const text of [
      '本报综合消息 国家标准对出版物中的标点作出了规范。',
      '●本报讯 记者从省教育厅获悉，寒假将于1月20日开始。',
      '本报讯 记者 张明 通讯员 李卫东 近日，全市检查启动。',
      '图为环卫工人在街头清扫积雪。 本报记者 王凯 摄',
    ]) {
      expect(rulesHit(text), text).toEqual([]);
    }
    expect(flagged('截至记者 发稿时，全省高速公路已恢复通行。', 'space.cjk')).toEqual([[' ', '']]);
    // Equal halves at the start of a prose line are not a slogan unless they fill the line.
    expect(flagged('老街的 另一头，是一家旧书店。', 'space.cjk')).toEqual([[' ', '']]);
    expect(rulesHit('书香邻里 温暖你我')).toEqual([]);
  });

  it('dashes: a single dash joining dated or numbered ends is the connecting mark', () => {
    expect(rulesHit('光伏装机容量有望在2025年—2027年间翻一番。')).toEqual([]);
    expect(rulesHit('服务时间为周一—周五，星期一—星期五均可预约。')).toEqual([]);
    expect(flagged('老马手腕一抖—一条龙就画好了。', 'punct.dash')).toEqual([['—', '——']]);
  });

  it('repetition: quick replies and word boundaries with a suffix', () => {
    expect(rulesHit('老奶奶连连点头，嘴里念叨着“好好好”。')).toEqual([]);
    expect(rulesHit('确保农民工工资按时足额支付，企业负责人人手一份承诺书。')).toEqual([]);
    expect(flagged('这好好好看的花开了。', 'repeat.char')).toEqual([['好好好', '好']]);
    expect(flagged('我们们一起去。', 'repeat.char')).toEqual([['们们', '们']]);
  });

  it('numbers: 百分之百, counted years after 至, years compared or quoted with figures', () => {
    expect(rulesHit('他说，目标是百分之百满意。今年增长6.1%。')).toEqual([]);
    expect(rulesHit('贷款期限由10年延长至15年，最长可达20年。')).toEqual([]);
    expect(flagged('良品率已由22年的45%提高到78%。', 'number.two-digit-year')).toEqual([['22年', null]]);
    expect(flagged('23年全省研发投入强度为2.6%，比20年提高0.4个百分点。', 'number.two-digit-year')).toHaveLength(2);
  });

  it('half-width marks between numbers: thousands stay, Chinese clauses are caught', () => {
    expect(rulesHit('全市常住人口达1,000万人，其中No.1的指标是4.0版。')).toEqual([]);
    expect(flagged('增速逐月加快.3月份，全省CPI上涨。', 'punct.halfwidth')).toEqual([['.', '。']]);
    expect(flagged('良品率提高到78%,8英寸产品明年量产。', 'punct.halfwidth')).toEqual([[',', '，']]);
    expect(flagged('5,6月份销量回升。', 'punct.halfwidth')).toEqual([[',', '，']]);
  });

  it('parentheses: a list label is not a lost opener, a word before a closer is', () => {
    expect(rulesHit('主要有三点：1）抓安全；2）抓保供；a）抓民生。')).toEqual([]);
    expect(flagged('全省地区生产总值GDP）达到1.26万亿元。', 'punct.unbalanced')).toHaveLength(1);
  });

  it('quotes: a quotation that lost its closer is not taken for one running on', () => {
    const text = '他跑来说：“妈妈，我剪的是‘福’字！妈妈笑着说：“剪得真好。”\n“老手艺要传下去。”站长说。';
    expect(rulesHit(text)).toContain('punct.unbalanced');
    expect(rulesHit(text)).not.toContain('punct.nested-quote');
  });

  it('quotations over several paragraphs after a colon on its own line; fresh dialogue is not one', () => {
    const speech = '负责人解释说：\n\n“这一条的关键在于‘法定’二字。\n\n“过去，一些地方变相设置审批。\n\n“同时，我们还将推行包容审慎监管。”';
    expect(rulesHit(speech)).toEqual([]);
    const dialogue = '她就睡着了。\n\n“外婆，外婆……我轻轻地喊她。\n\n“嗯？”外婆睁开眼睛，“又想听故事了？”';
    expect(flagged(dialogue, 'punct.unbalanced')).toHaveLength(1);
  });

  it('gesture verbs before a body part, onomatopoeia, a reduplicated word said twice', () => {
    expect(rulesHit('“想！”我使劲点点头，又拍拍手。')).toEqual([]);
    expect(rulesHit('青蛙在田里呱呱呱地叫。我连声说：“谢谢谢谢！”')).toEqual([]);
    expect(flagged('青蛙在田里叫叫叫。', 'repeat.char')).toEqual([['叫叫叫', '叫']]);
  });

  it('list labels after a colon; 百米 and Arabic around a unit; a year an event is held in', () => {
    expect(rulesHit('附件：1.申请表 2.承诺书')).toEqual([]);
    expect(flagged('增速逐月加快.3月份，全省CPI上涨。', 'punct.halfwidth')).toHaveLength(1);
    expect(rulesHit('他跑完5千米，又游了100米。')).toEqual([]);
    expect(flagged('男子1百米决赛中，他夺得冠军。', 'number.mixed')).toHaveLength(1);
    expect(flagged('公司为C9百19配套的部件。', 'number.mixed')).toHaveLength(1);
    expect(flagged('下一届省运会将在28年由南州市承办。', 'number.two-digit-year')).toHaveLength(1);
    expect(rulesHit('他们在20年内完成了改造。')).toEqual([]);
  });
});
