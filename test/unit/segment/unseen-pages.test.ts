// Rules added after reading pages the splitter had never seen (the blind-* fixtures and
// made-up snippets in the same styles): each case failed before its rule existed.
import { describe, expect, it } from 'vitest';
import { segment } from '../../../shared/segment';
import { classifyLine } from '../../../shared/segment/classify';
import { splitSameLineKicker } from '../../../shared/segment/headline';

const kind = (t: string) => classifyLine(t, 1).kind;
const read = (page: string) => segment(page).map((s) => ({ h: s.headline, b: s.byline, r: [s.startLine, s.endLine], p: s.paragraphs, sub: s.subheads.map((x) => x.text) }));

describe('titles printed in two halves', () => {
  it('keeps two parallel phrases as one title, still splits a kicker that runs longer', () => {
    expect(splitSameLineKicker('稳住外贸基本盘 跑出发展加速度')).toBeNull();
    expect(splitSameLineKicker('人才新政满月 引才成效初显')).toBeNull();
    expect(splitSameLineKicker('深化“千万工程”建设和美乡村 浦江小山村走出共富新路子')).toEqual(['深化“千万工程”建设和美乡村', '浦江小山村走出共富新路子']);
    expect(splitSameLineKicker('山海协作再结硕果 衢州龙游与宁波北仑共建产业园开园')).not.toBeNull();
  });
});

describe('a short line opening a paragraph is its first half, not a subhead', () => {
  const feature = (line: string, rest: string) => `标题\n\n本报记者 甲\n\n第一段正文。\n\n${line}\n\n${rest}`;

  it('after a discourse marker or a date and a comma', () => {
    expect(read(feature('据介绍,新区', '今年还将新建标准厂房。'))[0]!.p).toContain('据介绍,新区今年还将新建标准厂房。');
    expect(read(feature('5月4日,在龙游县', '农机手驾驶插秧机作业。'))[0]!.sub).toEqual([]);
  });

  it('when it opens with a pronoun pointing back, or ends on a measure word', () => {
    const lead = '本报讯（记者 甲）某县举行签约活动。\n\n该共享资源库是海宁市为加快推动科研\n\n仪器设备的开放共享搭建的一个服务平台。';
    expect(read(lead)).toEqual([{ h: null, b: null, r: [1, 5], p: ['本报讯（记者 甲）某县举行签约活动。', '该共享资源库是海宁市为加快推动科研仪器设备的开放共享搭建的一个服务平台。'], sub: [] }]);
    expect(read(feature('走进位于柯桥的这家', '纺织企业，机器轰鸣。'))[0]!.p).toContain('走进位于柯桥的这家纺织企业，机器轰鸣。');
  });

  it('a subhead stays a subhead when the text under it starts with a long unfinished line', () => {
    const page = feature('老手艺有了新传人', '古道沿线的村子里,藏着不少老手艺:竹编、红糖、木榨油……过去,这些手艺大多只有老人会做,年轻人\n\n不愿学,也学不会。');
    expect(read(page)[0]!.sub).toEqual(['老手艺有了新传人']);
    expect(kind('古道沿线的村子里,藏着不少老手艺:竹编、红糖、木榨油……过去,这些手艺大多只有老人会做,年轻人')).toBe('para');
  });
});

describe('bylines and credits seen on real pages', () => {
  it('reads 共享联盟 and 报道组 credits, a boxed signature and an AP byline with a comma', () => {
    expect(kind('共享联盟·海宁 胡晓琳')).toBe('byline');
    expect(kind('县委报道组 汪峰立')).toBe('byline');
    expect(kind('□ 李明')).toBe('byline');
    expect(kind('By JANE ROE, Associated Press')).toBe('byline');
    expect(kind('By the way, it rained.')).not.toBe('byline');
  });

  it('reads agency and handout pictures as credits', () => {
    for (const t of ['新华社发', '新华社记者 王某 发', '（县文旅局供图）']) expect(kind(t), t).toBe('credit');
    expect(kind('新华社发布消息称')).not.toBe('credit');
  });

  it('a caption cut by a column break stays whole, without taking the story above', () => {
    const page = '本报讯（记者 甲）某县举行签约活动。\n\n签约项目涵盖新能源等领域。\n\n6月8日，游客在西湖边观赏荷花，\n\n湖面上游船往来。\n\n拍友 方明 摄';
    expect(read(page)).toEqual([
      { h: null, b: null, r: [1, 3], p: ['本报讯（记者 甲）某县举行签约活动。', '签约项目涵盖新能源等领域。'], sub: [] },
      { h: null, b: '拍友 方明 摄', r: [5, 9], p: ['6月8日，游客在西湖边观赏荷花，湖面上游船往来。'], sub: [] },
    ]);
  });
});

describe('wire copy', () => {
  it('a "___" rule is furniture: it separates stories, keeps a trailer in its story, and is never a paragraph', () => {
    const page = [
      'Town votes to keep bridge',
      'PORTLAND, Maine (AP) — Residents voted on Tuesday.',
      '___',
      'Associated Press writer Lena Park contributed to this report.',
      '___',
      'City opens cable car line',
      'MEXICO CITY (AP) — The city opened a line.',
    ].join('\n\n');
    expect(kind('___')).toBe('rule');
    expect(read(page)).toEqual([
      { h: 'Town votes to keep bridge', b: null, r: [1, 7], p: ['PORTLAND, Maine (AP) — Residents voted on Tuesday.', 'Associated Press writer Lena Park contributed to this report.'], sub: [] },
      { h: 'City opens cable car line', b: null, r: [11, 13], p: ['MEXICO CITY (AP) — The city opened a line.'], sub: [] },
    ]);
  });

  it('a mixed-case subhead inside a dated wire story does not open a story', () => {
    const page = 'City budget passes\n\nDENVER (AP) — The council passed a budget on Monday.\n\nWhat happens next\n\nThe mayor will sign it this week.';
    expect(read(page)).toEqual([
      { h: 'City budget passes', b: null, r: [1, 7], p: ['DENVER (AP) — The council passed a budget on Monday.', 'The mayor will sign it this week.'], sub: ['What happens next'] },
    ]);
  });
});
