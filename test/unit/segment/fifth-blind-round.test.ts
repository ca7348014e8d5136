// Rules added after the fifth blind round (the blind5-* fixtures): each case below failed
// before its rule existed. Snippets are made up in the style of those pages.
import { describe, expect, it } from 'vitest';
import { segment } from '../../../shared/segment';

describe('feature subheads', () => {
  it('keeps a subhead over a paragraph whose first half, cut by a column break, opens like body text', () => {
    const page = [
      '一位老支书的日记',
      '',
      '本报记者 郑远',
      '',
      '老支书的书柜里码着27本日记。',
      '',
      '记下的都是小事',
      '',
      '“谁家水管漏了,我都记下来。”他说。',
      '',
      '传下去的是初心',
      '',
      '如今,年轻村干部也开始写日记,只不过从纸',
      '',
      '本换成了手机。',
    ].join('\n');
    const [story] = segment(page);
    expect(story?.subheads.map((s) => s.text)).toEqual(['记下的都是小事', '传下去的是初心']);
    expect(story?.paragraphs).toEqual(['老支书的书柜里码着27本日记。', '“谁家水管漏了,我都记下来。”他说。', '如今,年轻村干部也开始写日记,只不过从纸本换成了手机。']);
  });

  it('still reads two short heading-like lines above text as a kicker and a title, not a subhead', () => {
    const page = '一条老街的新生\n\n本报记者 陈晓岚\n\n老街修旧如旧。\n\n水亭门街区\n\n老街迎来新客人\n\n本报讯(记者 王明)日前,水亭门街区迎客。';
    const stories = segment(page);
    expect(stories.map((s) => [s.kicker, s.headline, s.deck])).toEqual([
      [null, '一条老街的新生', null],
      ['水亭门街区', '老街迎来新客人', null],
    ]);
  });
});
