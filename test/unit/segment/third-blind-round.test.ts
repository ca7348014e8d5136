// Rules added after the third blind round (the blind3-* fixtures): each case below failed
// before its rule existed. Snippets are made up in the styles of those pages.
import { describe, expect, it } from 'vitest';
import { subheadlineOf } from '../../../shared/model';
import { segment } from '../../../shared/segment';
import { classifyLine, classifyLines } from '../../../shared/segment/classify';

const kind = (t: string) => classifyLine(t, 1).kind;
const read = (page: string) =>
  segment(page).map((s) => ({ h: s.headline, sh: subheadlineOf(s), b: s.byline, r: [s.startLine, s.endLine], p: s.paragraphs, sub: s.subheads.map((x) => x.text) }));

describe('page furniture', () => {
  it('reads the page header, the 本版责编 line and subscription lines as furniture', () => {
    expect(kind('要闻 2024年1月8日 星期一 责任编辑：周敏 版式设计：方琳')).toBe('rule');
    expect(kind('本版责编：周敏 联系电话：0571-85310000')).toBe('rule');
    expect(kind('欢迎订阅《某某日报》 订阅热线：0571-80000000')).toBe('rule');
    expect(kind('记者从编辑部获悉，订阅热线将于1月开通。')).toBe('para');
  });

  it('leaves furniture out of every story', () => {
    const page = '要闻 2024年1月8日 星期一 责任编辑：甲某\n\n某县新建水库\n\n本报讯（记者 乙）某县新建水库一座。\n\n欢迎订阅《某某日报》 订阅热线：0571-80000000\n\n夜校开课了\n\n本报记者 丙\n\n夜校开了三个月。\n\n本版责编：甲某';
    expect(read(page)).toEqual([
      { h: '某县新建水库', sh: null, b: null, r: [3, 5], p: ['本报讯（记者 乙）某县新建水库一座。'], sub: [] },
      { h: '夜校开课了', sh: null, b: '本报记者 丙', r: [9, 13], p: ['夜校开了三个月。'], sub: [] },
    ]);
  });
});

describe('commentary pages', () => {
  it('reads a commentator signature without a name, and drops the box before it', () => {
    expect(kind('□ 本报评论员')).toBe('byline');
    expect(read('让冬天更暖\n\n□ 本报评论员\n\n寒潮来袭。')[0]!.b).toBe('本报评论员');
    expect(read('不必焦虑\n\n◎ 林一舟\n\n每到毕业季。')[0]!.b).toBe('林一舟');
  });

  it('an author note closes a commentary, so the title under it opens the next one', () => {
    const page = '不必焦虑\n\n◎ 林一舟\n\n每到毕业季，总会引发讨论。\n\n（作者系某大学副教授）\n\n文明旅游从细节做起\n\n景区里的垃圾，影响了游客的体验。';
    expect(read(page).map((s) => [s.h, s.r, s.p.length, s.sub])).toEqual([
      ['不必焦虑', [1, 7], 2, []],
      ['文明旅游从细节做起', [9, 11], 1, []],
    ]);
  });
});

describe('marked subheads', () => {
  it('a boxed short line under a byline or between paragraphs is a subhead, read without its box', () => {
    const page = '冬训场上\n\n本报记者 吴迪\n\n■ 赛场\n\n队员们完成了拉练。\n\n■ 幕后\n\n营养师调整配餐。';
    expect(read(page)).toEqual([
      { h: '冬训场上', sh: null, b: '本报记者 吴迪', r: [1, 11], p: ['队员们完成了拉练。', '营养师调整配餐。'], sub: ['赛场', '幕后'] },
    ]);
  });

  it('still reads a boxed name under a title as its signature', () => {
    const lines = classifyLines(['不必焦虑', '', '□ 李明', '', '正文。']);
    expect(lines.map((l) => l.kind)).toEqual(['head', 'byline', 'para']);
  });
});

describe('English wire headlines and captions', () => {
  it('joins a title that runs on to a second lower-case line', () => {
    const page = 'Chile copper output slides\nas strikes hit two big mines\n\nBy Ana Torres\n\nSANTIAGO, Jan 8 (Reuters) - Output fell.';
    expect(read(page)).toEqual([
      { h: 'Chile copper output slides as strikes hit two big mines', sh: null, b: 'By Ana Torres', r: [1, 6], p: ['SANTIAGO, Jan 8 (Reuters) - Output fell.'], sub: [] },
    ]);
  });

  it('a FILE PHOTO caption between title and byline is the first paragraph, never a title', () => {
    expect(kind('FILE PHOTO: Trucks carry ore at a mine in Chile, March 2, 2023. REUTERS/Staff/File Photo')).toBe('para');
    const page = 'Copper output slides\n\nFILE PHOTO: Trucks at a mine. REUTERS/Staff/File Photo\n\nBy Ana Torres\n\nSANTIAGO, Jan 8 (Reuters) - Output fell.';
    expect(read(page)).toEqual([
      {
        h: 'Copper output slides',
        sh: null,
        b: 'By Ana Torres',
        r: [1, 7],
        p: ['FILE PHOTO: Trucks at a mine. REUTERS/Staff/File Photo', 'SANTIAGO, Jan 8 (Reuters) - Output fell.'],
        sub: [],
      },
    ]);
  });

  it('a two-line hard-wrapped paragraph ending with its full stop is not a title', () => {
    const lines = classifyLines(['Title here', '', 'The plan raises the tax rate by 1.8%, less than the 3% the', 'city manager had proposed.']);
    expect(lines.map((l) => l.kind)).toEqual(['head', 'head', 'para']);
  });
});
