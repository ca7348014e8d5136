// Cues that hold on any page, each with a case it must read and a near miss it must leave alone.
import { describe, expect, it } from 'vitest';
import { classifyLines } from '../../../shared/segment/classify';
import { isDatelineCredit } from '../../../shared/segment/lead';
import { isPersonName } from '../../../shared/segment/person-name';
import { segment, toCliJson } from '../../../shared/segment';

const kinds = (page: string) => classifyLines(page.split('\n')).map((l) => l.kind);

describe('line cues', () => {
  it('a dateline with only the credit after it is a byline line; a dateline opening a sentence is a lead', () => {
    expect(isDatelineCredit('本报衢州3月5日电 记者 李明')).toBe(true);
    expect(isDatelineCredit('新华社北京3月5日电（记者 王一 李二）')).toBe(true);
    expect(isDatelineCredit('本报讯 全媒体记者 张三 通讯员 李四')).toBe(true);
    expect(isDatelineCredit('本报缙云8月9日电 记者 郭敏芝 县委报道组 汪立峰')).toBe(true);
    expect(isDatelineCredit('本报衢州3月5日电 记者李明报道：全市春耕全面展开。')).toBe(false);
    expect(isDatelineCredit('本报讯（记者 李明）3月4日，衢州市召开春耕备耕现场会。')).toBe(false);
  });

  it('全媒体记者 / 融媒体记者 bylines are bylines', () => {
    expect(kinds('标题在这里\n全媒体记者 林晓帆 通讯员 潘思琪\n正文第一段写了一件事。')).toEqual(['head', 'byline', 'para']);
    expect(kinds('标题在这里\n融媒体记者 王一\n正文第一段写了一件事。')).toEqual(['head', 'byline', 'para']);
  });

  it('a bare name under a title, above the text, is the signature; a short title under a kicker is not', () => {
    expect(isPersonName('林一舟')).toBe(true);
    expect(isPersonName('欧阳明远')).toBe(true);
    expect(isPersonName('稻香满田')).toBe(false);
    expect(isPersonName('王家村')).toBe(false);
    const page = '把“小事”当成大事办\n韩清源\n楼道灯坏了、路面坑洼了，这些看似是\n小事，却是群众每天都要面对的事。';
    const [story] = toCliJson(segment(page)).stories;
    expect(story).toMatchObject({ headline: '把“小事”当成大事办', byline: '韩清源', kicker: null, deck: null });
    expect(kinds('春风送暖\n稻香满田\n今年全县早稻喜获丰收，亩产创下新高。')).toEqual(['head', 'head', 'para']);
  });

  it('page furniture with a hotline or section tokens before the date is furniture', () => {
    expect(kinds('新闻热线：9620153')).toEqual(['rule']);
    expect(kinds('A16 热线 2023年1月12日 星期四 首席编辑 吴越 美编 周敏')).toEqual(['rule']);
    expect(kinds('热线电话接通后，市民反映了问题。')).toEqual(['para']);
  });

  it('a credit cut inside its brackets by a column break continues the caption above', () => {
    const page = '梯田春色\n\n4月2日，云和梯田层层叠叠，农民在田里整地，准备春播。（全\n\n媒体记者 雷晓燕 摄）';
    const [story] = toCliJson(segment(page)).stories;
    expect(story).toMatchObject({ kind: 'photo', headline: '梯田春色', byline: '全媒体记者 雷晓燕 摄' });
    expect(story!.paragraphs).toEqual(['4月2日，云和梯田层层叠叠，农民在田里整地，准备春播。（全媒体记者 雷晓燕 摄）']);
  });
});

describe('titled picture groups', () => {
  it('take captions cut by a column break inside their credit, and stop at the next title', () => {
    const page = [
      '秋收时节稻谷香',
      '',
      '10月8日,在南浔区的稻田里,农户驾驶收割机抢收晚稻。(本报记者 吴',
      '',
      '越青 摄)',
      '',
      '10月9日,农技人员在田间测产。(通讯员 钱进 摄)',
      '',
      '梯田春色',
      '',
      '4月2日,云和梯田层层叠叠,农民在田里整地,准备春',
      '',
      '播。(本报记者 雷晓燕 摄)',
    ].join('\n');
    const stories = toCliJson(segment(page)).stories;
    expect(stories.map((s) => [s.kind, s.headline, s.startLine, s.endLine])).toEqual([
      ['photo', '秋收时节稻谷香', 1, 7],
      ['photo', '梯田春色', 9, 13],
    ]);
    expect(stories[0]!.byline).toBe('本报记者 吴越青 摄 通讯员 钱进 摄');
  });
});

describe('closing cues', () => {
  it('an untitled caption cut inside its credit, after a story, is a photo of its own', () => {
    const page = [
      '新华社广州2月5日电（记者 黄浩）我国首座深远海浮式风电平台日前在南海海域并网发电。',
      '',
      '该平台离岸距离超过100公里，年发电量可满足3万户家庭用电需求。',
      '',
      '11月20日，一群白鹭在湿地上空飞翔。入冬以来，大批候鸟来到这里越冬。（新华社记者 蒋',
      '',
      '一鹭 摄）',
    ].join('\n');
    const stories = toCliJson(segment(page)).stories;
    expect(stories.map((s) => [s.kind, s.startLine, s.endLine])).toEqual([
      ['article', 1, 3],
      ['photo', 5, 7],
    ]);
    expect(stories[1]!.byline).toBe('新华社记者 蒋一鹭 摄');
  });

  it('a title after an author note opens the next commentary even when its first line is cut short', () => {
    const page = [
      '文明旅游从细节做起',
      '本报评论员',
      '文明旅游不是一句口号。游客多一分自觉，旅途才能多一分美好。',
      '（作者单位：某市文化和旅游局）',
      '让“一刻钟生活圈”更有温度',
      '买菜、就医、托育、养老，一刻钟内都能办妥，是很多城市居民',
      '的期待。',
    ].join('\n');
    expect(toCliJson(segment(page)).stories.map((s) => [s.headline, s.startLine, s.endLine])).toEqual([
      ['文明旅游从细节做起', 1, 4],
      ['让“一刻钟生活圈”更有温度', 5, 7],
    ]);
  });
});

describe('column breaks and subheads', () => {
  it('a word that opens sentences freely (过去，…) may follow a subhead; a bound particle may not', () => {
    const page = [
      '海上“蓝色粮仓”的新故事',
      '本报舟山2月14日电 记者 孔海洋',
      '距离舟山本岛十几海里的海面上，一座深远海养殖平台正在投喂饲料。',
      '',
      '从近海到深海',
      '',
      '过去，舟山的海水养殖主要在近岸港湾，密度高、病害多。',
    ].join('\n');
    const [story] = toCliJson(segment(page)).stories;
    expect(story!.subheads).toEqual(['从近海到深海']);
    expect(story!.paragraphs[1]).toBe('过去，舟山的海水养殖主要在近岸港湾，密度高、病害多。');
  });

  it('"这个产业园，…" cut by a column break is a paragraph’s first half, not a subhead', () => {
    const page = [
      '一条山路通向共同富裕',
      '本报记者 蓝天宇',
      '从丽水市区出发，沿着新修的公路向山里开一个多小时，就到了高山村。',
      '',
      '这个产业园，是当地与沿海县',
      '',
      '市结对帮扶的成果之一。',
    ].join('\n');
    const [story] = toCliJson(segment(page)).stories;
    expect(story!.subheads).toEqual([]);
    expect(story!.paragraphs[1]).toBe('这个产业园，是当地与沿海县市结对帮扶的成果之一。');
  });
});

describe('a subhead over a cut paragraph', () => {
  it('is a subhead when the line under it is a clause cut by a column break', () => {
    const page = [
      '海上“蓝色粮仓”的新故事',
      '本报记者 孔海洋',
      '养殖企业负责人说，外海养殖的大黄鱼售价比近海养殖的高出一倍。',
      '',
      '科技撑起“海上牧场”',
      '',
      '平台配备了水下摄像、自动投喂和水质监测系统，工作人',
      '',
      '员在岸上就能掌握鱼群情况。',
    ].join('\n');
    const [story] = toCliJson(segment(page)).stories;
    expect(story!.subheads).toEqual(['科技撑起“海上牧场”']);
    expect(story!.paragraphs[1]).toBe('平台配备了水下摄像、自动投喂和水质监测系统，工作人员在岸上就能掌握鱼群情况。');
  });
});

describe('date clauses', () => {
  it('a line opening with a date and a comma is text (a caption or a lead), never a title', () => {
    expect(kinds('6月9日，温州市龙湾区的村民在河道里')).toEqual(['para']);
    expect(kinds('2024年3月5日，全市春耕全面展开')).toEqual(['para']);
    expect(kinds('6月9日起施行')).toEqual(['head']);
    const page = [
      '新华社悉尼9月17日电（记者 刘旭）澳大利亚今年山火季比往年提前了一个月。',
      '',
      '消防部门呼吁居民提前制定疏散计划。',
      '',
      '6月9日，温州市龙湾区的村民在河道里',
      '',
      '进行龙舟训练，迎接即将到来的端午节。（新华社记者 余海涛 摄）',
    ].join('\n');
    const stories = toCliJson(segment(page)).stories;
    expect(stories.map((s) => [s.kind, s.headline, s.startLine, s.endLine])).toEqual([
      ['article', null, 1, 3],
      ['photo', null, 5, 7],
    ]);
  });
});

describe('what a subhead cannot be', () => {
  it('neither the first line of the text under the heading, nor a line that leaves a quote open', () => {
    const page = [
      '奉化水蜜桃种植户用上“气象处方”',
      '本报记者 毛一帆',
      '宁波市奉化区气象局近日联合',
      '',
      '农业部门，向种植户推送“气象处方”。',
      '',
      '“昨天提醒今晚降温，我们提前给桃树盖了',
      '',
      '防寒膜。”种植户王大姐说。',
    ].join('\n');
    const [story] = toCliJson(segment(page)).stories;
    expect(story!.subheads).toEqual([]);
    expect(story!.paragraphs).toEqual(['宁波市奉化区气象局近日联合农业部门，向种植户推送“气象处方”。', '“昨天提醒今晚降温，我们提前给桃树盖了防寒膜。”种植户王大姐说。']);
  });
});
