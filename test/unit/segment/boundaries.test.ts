// Story boundaries from typographic cues, on small made-up pages.
import { describe, expect, it } from 'vitest';
import { segment } from '../../../shared/segment';

const ranges = (page: string) => segment(page).map((s) => [s.startLine, s.endLine, s.headline]);

describe('story boundaries', () => {
  it('a 本报讯 lead with no headline starts a new story', () => {
    const page = '标题一\n\n本报讯(记者 甲)第一篇的导语。\n\n第一篇的正文。\n\n本报讯(记者 乙)第二篇直接以导语开头。\n\n第二篇的正文。';
    expect(ranges(page)).toEqual([
      [1, 5, '标题一'],
      [7, 9, null],
    ]);
  });

  it('a titled block inside a news story is a story without a lead, flagged', () => {
    const page = '本报讯(记者 张三)某县举行项目集中签约活动。\n\n签约项目涵盖新能源等领域。\n\n民俗文化节吸引游客上万人次\n\n日前,龙泉市举办民俗文化节。';
    const stories = segment(page);
    expect(stories.map((s) => s.headline)).toEqual([null, '民俗文化节吸引游客上万人次']);
    expect(stories[1]!.flags).toContainEqual(expect.objectContaining({ code: 'uncertain_boundary', line: 5 }));
  });

  it('a caption with a credit after a story is a photo, even without a headline', () => {
    const page = '本报讯(记者 张三)某县举行项目集中签约活动。\n\n3月5日,工人们正在浇筑桥墩。\n\n本报记者 李明 通讯员 王华 摄';
    const [article, photo] = segment(page);
    expect(article!.endLine).toBe(1);
    expect(photo).toMatchObject({ kind: 'photo', headline: null, byline: '本报记者 李明 通讯员 王华 摄', startLine: 3, endLine: 5 });
  });

  it('English wire: headline, byline and dateline open a story; a headline-less dateline lead opens one too', () => {
    const page =
      'Markets rally on rate hopes\n\nBy John Smith\n\nNEW YORK, Jan. 5 (Reuters) - Stocks rose on Friday.\n\nTraders cheered.\n\nLONDON, Jan. 5 (Reuters) - The pound fell.';
    expect(ranges(page)).toEqual([
      [1, 7, 'Markets rally on rate hopes'],
      [9, 9, null],
    ]);
    expect(segment(page)[0]!.byline).toBe('By John Smith');
  });

  it('a kicker line and a title line over text open a story', () => {
    const page = '上一篇稿件的最后一段。\n\n数字赋能乡村振兴\n湖州小山村有了云端菜园\n\n清晨六点,菜农老周打开手机查看订单。';
    const stories = segment(page);
    expect(stories[1]).toMatchObject({ kicker: '数字赋能乡村振兴', headline: '湖州小山村有了云端菜园', deck: null, startLine: 3 });
  });

  it('indented lines and trailing spaces do not change the reading', () => {
    const plain = '标题一\n\n本报讯(记者 甲)第一篇的导语。\n\n第一篇的正文,\n\n被分栏截断。';
    const indented = plain.split('\n').map((l) => (l ? `\u3000\u3000${l}  ` : l)).join('\n');
    expect(segment(indented)).toEqual(segment(plain));
  });
});
