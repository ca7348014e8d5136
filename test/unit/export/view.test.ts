// The export view drops empty paragraphs; subheads point into the unfiltered paragraph list and
// must stay before the paragraph they were placed before.
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../../shared/export/markdown';
import { storyView, type Block } from '../../../shared/export/view';
import { ctx, makeStory } from '../../fixtures/export/stories';

const p = (text: string): Block => ({ type: 'p', text });
const h = (text: string): Block => ({ type: 'subhead', text });

describe('storyView with empty paragraphs', () => {
  it('keeps a subhead before its paragraph when an earlier paragraph is empty', () => {
    const story = makeStory({
      headline: '河畔步道今日开放',
      paragraphs: ['步道全长三公里。', '', '沿途设有五处休息点。', '夜间照明开到十点。'],
      subheads: [{ beforeParagraph: 3, text: '夜间安排' }],
    });
    const view = storyView(story);
    expect(view.paragraphs).toEqual(['步道全长三公里。', '沿途设有五处休息点。', '夜间照明开到十点。']);
    expect(view.blocks).toEqual([p('步道全长三公里。'), p('沿途设有五处休息点。'), h('夜间安排'), p('夜间照明开到十点。')]);
  });

  it('a subhead placed before an empty paragraph goes before the next kept one', () => {
    const story = makeStory({
      paragraphs: ['第一段讲缘起。', '  ', '\u0007', '第四段讲结果。'],
      subheads: [
        { beforeParagraph: 1, text: '经过' },
        { beforeParagraph: 2, text: '细节' },
      ],
    });
    expect(storyView(story).blocks).toEqual([p('第一段讲缘起。'), h('经过'), h('细节'), p('第四段讲结果。')]);
  });

  it('a subhead before trailing empty paragraphs ends the body; one past the end stays at the end', () => {
    const story = makeStory({
      paragraphs: ['', '唯一一段正文。', ''],
      subheads: [
        { beforeParagraph: 0, text: '开头' },
        { beforeParagraph: 2, text: '结尾' },
        { beforeParagraph: 9, text: '附记' },
      ],
    });
    expect(storyView(story).blocks).toEqual([h('开头'), p('唯一一段正文。'), h('结尾'), h('附记')]);
  });

  it('the written files follow the view: Markdown puts the subhead right before its paragraph', () => {
    const story = makeStory({
      headline: '河畔步道今日开放',
      paragraphs: ['', '步道全长三公里。', '', '夜间照明开到十点。'],
      subheads: [{ beforeParagraph: 3, text: '夜间安排' }],
    });
    const md = renderMarkdown(story, ctx);
    expect(md.indexOf('夜间安排')).toBeGreaterThan(md.indexOf('步道全长三公里。'));
    expect(md.slice(md.indexOf('夜间安排')).trimEnd()).toMatch(/^夜间安排\n+夜间照明开到十点。$/);
  });
});
