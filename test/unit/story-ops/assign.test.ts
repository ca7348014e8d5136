// One-action field fixes: a line set as a field, title and deck (or kicker) swapped. Pure: the
// story is re-read from the source with the roles applied, and the editor's corrections kept.
import { describe, expect, it } from 'vitest';
import { GalleyError } from '../../../shared/errors';
import type { LineRole, Story } from '../../../shared/model';
import { readStory, segment } from '../../../shared/segment';
import { assignLine, roleOfLine, swapHeading } from '../../../shared/story-ops/assign';
import { editFields } from '../../../shared/story-ops/edit';
import { mergeWithNext, moveBoundary } from '../../../shared/story-ops/restructure';
import { storyFromSegment } from '../../../shared/story-ops/story-factory';

// A made-up story: a kicker-or-title pair (the reader is unsure), a byline, a lead, a subhead, text.
const lines = [
  '山海协作 共富同行', // 1
  '',
  '丽水与温州签订合作协议', // 3
  '',
  '本报记者 李明', // 5
  '',
  '3月5日，丽水市与温州市在丽水签订山海协作框架协议。双方将在产业、旅游等领域深化合作。', // 7
  '',
  '产业共建', // 9
  '',
  '根据协议，两地将共建产业园区，并在旅游线路上互相推介。', // 11
  '',
  '下一步，两地还将举办旅游推介会。', // 13
];
const text = lines.join('\n');
const story = (): Story => storyFromSegment(readStory(text, 1, 13), 's1');
const fields = (s: Story) => {
  const { kicker, headline, deck, byline, dateline, paragraphs, subheads } = s.edited;
  return { kicker, headline, deck, byline, dateline, paragraphs: paragraphs.map((p) => p.slice(0, 6)), subheads };
};
const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return e instanceof GalleyError ? e.code : String(e);
  }
  return null;
};

describe('the story as read without hand fixes', () => {
  it('is a kicker over a title the reader is unsure of', () => {
    const s = story();
    expect(fields(s)).toMatchObject({ kicker: '山海协作 共富同行', headline: '丽水与温州签订合作协议', deck: null, byline: '本报记者 李明' });
    expect(s.flags.map((f) => f.code)).toContain('uncertain_heading');
  });
});

describe('assignLine', () => {
  const cases: Array<[number, LineRole, Partial<ReturnType<typeof fields>> & { kind?: string }]> = [
    [1, 'headline', { kicker: null, headline: '山海协作 共富同行', deck: '丽水与温州签订合作协议' }],
    [1, 'kicker', { kicker: '山海协作 共富同行', headline: '丽水与温州签订合作协议' }],
    [1, 'deck', { kicker: null, headline: '丽水与温州签订合作协议', deck: '山海协作 共富同行' }],
    [3, 'deck', { kicker: null, headline: '山海协作 共富同行', deck: '丽水与温州签订合作协议' }],
    [1, 'byline', { kicker: null, headline: '丽水与温州签订合作协议', byline: '山海协作 共富同行 本报记者 李明' }],
    [1, 'dateline', { kicker: null, headline: '丽水与温州签订合作协议', dateline: '山海协作 共富同行' }],
    [9, 'headline', { headline: '产业共建', subheads: [] }],
    [9, 'deck', { headline: '丽水与温州签订合作协议', deck: '产业共建', subheads: [] }],
    [5, 'body', { byline: null, paragraphs: ['本报记者 李', '3月5日，丽', '根据协议，两', '下一步，两地'] }],
    [9, 'body', { paragraphs: ['3月5日，丽', '产业共建', '根据协议，两', '下一步，两地'], subheads: [] }],
    [11, 'subhead', { paragraphs: ['3月5日，丽', '下一步，两地'], subheads: [{ beforeParagraph: 1, text: '产业共建' }, { beforeParagraph: 1, text: '根据协议，两地将共建产业园区，并在旅游线路上互相推介。' }] }],
    [1, 'subhead', { kicker: null, headline: '丽水与温州签订合作协议', subheads: [{ beforeParagraph: 0, text: '山海协作 共富同行' }, { beforeParagraph: 1, text: '产业共建' }] }],
  ];
  for (const [line, role, expected] of cases) {
    it(`line ${line} → ${role}`, () => {
      const r = assignLine(story(), text, line, role);
      expect(fields(r.story)).toMatchObject(expected);
      expect(r.story.lineRoles).toEqual([{ line, role }]);
      expect(r.conflicts).toEqual([]);
      // The editor decided: the reading is no longer shown as unsure.
      expect(r.story.flags.map((f) => f.code)).not.toContain('uncertain_heading');
      // The original is what the reader now reads; the edited text starts from it.
      expect(r.story.edited).toEqual(r.story.original);
    });
  }

  it('a caption line makes the story a photo story', () => {
    const r = assignLine(story(), text, 9, 'caption');
    expect(r.story.kind).toBe('photo');
    expect(r.story.edited.paragraphs).toContain('产业共建');
  });

  it('changed content goes back to review; an approved story loses its approval', () => {
    const approved: Story = { ...story(), status: 'approved', approval: { by: '甲', at: '2024-01-01T00:00:00Z', hash: 'x' } };
    const r = assignLine(approved, text, 1, 'headline');
    expect(r.story.status).toBe('in_review');
    expect(r.story.approval).toBeNull();
  });

  it('keeps the editor’s corrections: a field correction follows its text to the field it now stands in', () => {
    const corrected = editFields(story(), { headline: '丽水与温州签署合作协议', paragraphs: story().edited.paragraphs.map((p) => p.replace('框架协议', '框架合作协议')) });
    const r = assignLine(corrected, text, 1, 'headline');
    expect(r.story.original.deck).toBe('丽水与温州签订合作协议');
    expect(r.story.edited.deck).toBe('丽水与温州签署合作协议');
    expect(r.story.edited.headline).toBe('山海协作 共富同行');
    expect(r.story.edited.paragraphs[0]).toContain('框架合作协议');
    expect(r.conflicts).toEqual([]);
  });

  it('reports a correction that no longer applies, never drops it', () => {
    const corrected = editFields(story(), { byline: '本报记者 李明明' });
    const r = assignLine(corrected, text, 5, 'body');
    expect(r.story.edited.byline).toBeNull();
    expect(r.conflicts).toEqual(['byline: “本报记者 李明” → “本报记者 李明明”']);
    expect(r.story.conflicts).toEqual(r.conflicts);
  });

  it('refuses a line outside the story or a blank line', () => {
    expect(codeOf(() => assignLine(story(), text, 14, 'deck'))).toBe('invalid_line');
    expect(codeOf(() => assignLine(story(), text, 2, 'deck'))).toBe('invalid_line');
    expect(codeOf(() => assignLine({ ...story(), startLine: 3 }, text, 1, 'deck'))).toBe('invalid_line');
  });

  it('one role per line: the last assignment wins, and the roles are kept in line order', () => {
    let s = assignLine(story(), text, 3, 'deck').story;
    s = assignLine(s, text, 1, 'headline').story;
    s = assignLine(s, text, 3, 'kicker').story;
    expect(s.lineRoles).toEqual([
      { line: 1, role: 'headline' },
      { line: 3, role: 'kicker' },
    ]);
    expect(fields(s)).toMatchObject({ headline: '山海协作 共富同行', kicker: '丽水与温州签订合作协议', deck: null });
  });
});

describe('swapHeading', () => {
  it('swaps title and kicker in the original and the edited text, with their corrections', () => {
    const corrected = editFields(story(), { headline: '丽水与温州签署合作协议' });
    const r = swapHeading(corrected, text, 'kicker');
    expect(r.story.original).toMatchObject({ headline: '山海协作 共富同行', kicker: '丽水与温州签订合作协议' });
    expect(r.story.edited).toMatchObject({ headline: '山海协作 共富同行', kicker: '丽水与温州签署合作协议' });
    expect(r.story.lineRoles).toEqual([
      { line: 1, role: 'headline' },
      { line: 3, role: 'kicker' },
    ]);
    expect(r.story.flags.map((f) => f.code)).not.toContain('uncertain_heading');
    expect(r.conflicts).toEqual([]);
    // Swapping back restores the fields.
    const back = swapHeading(r.story, text, 'kicker');
    expect(back.story.edited).toEqual(corrected.edited);
  });

  it('swaps title and deck (a ——deck line)', () => {
    const page = ['一个城市的执着', '', '——温州三十年如一日坚持“质量立市”', '', '本报记者 王艳琼', '', '对温州而言,“质量”一词是一个流行于30年的高频词。'].join('\n');
    const s = storyFromSegment(readStory(page, 1, 7), 'a');
    expect(s.edited).toMatchObject({ headline: '一个城市的执着', deck: '——温州三十年如一日坚持“质量立市”' });
    const r = swapHeading(s, page, 'deck');
    expect(r.story.edited).toMatchObject({ headline: '——温州三十年如一日坚持“质量立市”', deck: '一个城市的执着', byline: '本报记者 王艳琼' });
    expect(r.story.edited.paragraphs).toEqual(s.edited.paragraphs);
  });

  it('refuses when one of the two is empty', () => {
    expect(codeOf(() => swapHeading(story(), text, 'deck'))).toBe('invalid_swap');
  });
});

describe('the roles survive later re-reads', () => {
  const page = `${text}\n\n\n${['衢州召开春耕备耕现场会', '', '本报讯 3月5日，全市春耕备耕现场会在龙游县召开。', '', '会议要求，各地要抓好粮食生产。'].join('\n')}`;
  const stories = () => segment(page).map((seg, i) => storyFromSegment(seg, `s${i}`));

  it('a boundary move re-reads both stories and keeps the assignment', () => {
    const [a, b] = stories();
    expect(a!.endLine).toBe(13);
    const swapped = swapHeading(a!, page, 'kicker').story;
    const r = moveBoundary(page, [swapped, b!], swapped.id, 13);
    const [a2, b2] = r.splice.insert;
    expect(a2!.endLine).toBe(11);
    expect(a2!.edited).toMatchObject({ headline: '山海协作 共富同行', kicker: '丽水与温州签订合作协议' });
    expect(a2!.lineRoles).toEqual(swapped.lineRoles);
    expect(a2!.flags.map((f) => f.code)).not.toContain('uncertain_heading');
    expect(b2!.lineRoles).toBeUndefined();
    expect(r.conflicts).toEqual([]);
  });

  it('a merge keeps the roles of both stories', () => {
    const [a, b] = stories();
    const assigned = assignLine(a!, page, 3, 'deck').story;
    const r = mergeWithNext(page, [assigned, b!], assigned.id);
    expect(r.splice.insert[0]!.lineRoles).toEqual([{ line: 3, role: 'deck' }]);
    expect(r.splice.insert[0]!.edited).toMatchObject({ headline: '山海协作 共富同行', deck: '丽水与温州签订合作协议' });
  });
});

describe('roleOfLine', () => {
  it('names what each printed line is now', () => {
    const s = story();
    expect([1, 2, 3, 5, 7, 9, 11].map((n) => roleOfLine(s, text, n))).toEqual(['kicker', null, 'headline', 'byline', 'body', 'subhead', 'body']);
    expect(roleOfLine(assignLine(s, text, 1, 'dateline').story, text, 1)).toBe('dateline');
  });
});
