import { describe, expect, it } from 'vitest';
import type { Story } from '../../../shared/model';
import { parseBody, serializeBody } from '../../../shared/story-ops/body-text';
import { workspacesClosedAfterEach } from '../workspace/helpers';

const workspaces = workspacesClosedAfterEach();
const setup = () => workspaces.seeded();

/** Each subhead with the start of the paragraph it stands before. */
const anchored = (s: Story) => s.edited.subheads.map((h) => [h.text, s.edited.paragraphs[h.beforeParagraph]?.slice(0, 8)]);

describe('body text for patching', () => {
  it('round-trips paragraphs and subheads, including a trailing subhead', () => {
    const f = { paragraphs: ['一', '二', '三'], subheads: [{ beforeParagraph: 0, text: '甲' }, { beforeParagraph: 2, text: '乙' }, { beforeParagraph: 3, text: '丙' }] };
    expect(parseBody(serializeBody(f))).toEqual(f);
    expect(parseBody(serializeBody({ paragraphs: [], subheads: [] }))).toEqual({ paragraphs: [], subheads: [] });
  });
});

describe('carrying corrections across a re-split', () => {
  it('keeps a deleted subhead deleted and the others in place', async () => {
    const { ws, docId, stories } = await setup();
    const s = stories[0]!;
    const expected = anchored(s).slice(1);
    await ws.service.editStory({ docId, storyId: s.id, fields: { subheads: s.edited.subheads.slice(1) } });
    const r = await ws.service.moveBoundary({ docId, storyId: s.id, nextStartLine: 71 });
    expect(anchored(r.stories[0]!)).toEqual(expected);
    expect(r.stories[0]!.conflicts).toEqual([]);
  });

  it('keeps subheads before the right paragraphs when carried edits joined paragraphs', async () => {
    const { ws, docId, stories } = await setup();
    const s = stories[0]!;
    const e = s.edited;
    const joined = [e.paragraphs[0]! + e.paragraphs[1]!, ...e.paragraphs.slice(2)];
    const subheads = e.subheads.map((h) => ({ ...h, beforeParagraph: h.beforeParagraph - 1 }));
    await ws.service.editStory({ docId, storyId: s.id, fields: { paragraphs: joined, subheads } });
    const before = anchored((await ws.service.openDocument({ docId })).stories[0]!);
    const r = await ws.service.mergeWithNext({ docId, storyId: s.id });
    expect(anchored(r.stories[0]!).slice(0, before.length)).toEqual(before);
    expect(r.stories[0]!.edited.paragraphs[0]).toBe(joined[0]);
  });

  it('a corrected deck and kicker travel with their story, each in its own field', async () => {
    const { ws, docId, stories } = await setup();
    const [first, seventh] = [stories[0]!, stories[6]!];
    await ws.service.editStory({ docId, storyId: first.id, fields: { deck: '——温州三十年坚持“质量立市”' } });
    await ws.service.editStory({ docId, storyId: seventh.id, fields: { kicker: '青田打造侨乡农产品加工储运园' } });
    const r = await ws.service.moveBoundary({ docId, storyId: first.id, nextStartLine: 71 });
    expect([r.stories[0]!.edited.kicker, r.stories[0]!.edited.deck]).toEqual([null, '——温州三十年坚持“质量立市”']);
    const merged = await ws.service.mergeWithNext({ docId, storyId: r.stories[5]!.id });
    // Merged under story 6's heading, story 7's corrected kicker has no kicker to go back to: reported, not dropped.
    expect(merged.stories.find((s) => s.edited.kicker === '青田打造侨乡农产品加工储运园')).toBeUndefined();
    expect(merged.stories[merged.stories.length - 1]!.conflicts).toContain('kicker: “青田打造侨乡国际农产品加工储运园助力农产品出口” → “青田打造侨乡农产品加工储运园”');
  });

  it('a field the editor added stays with its story when the boundary moves', async () => {
    const { ws, docId, stories } = await setup();
    const [a, b] = [stories[1]!, stories[2]!];
    await ws.service.editStory({ docId, storyId: b.id, fields: { byline: '本报记者 张三' } });
    const r = await ws.service.moveBoundary({ docId, storyId: a.id, nextStartLine: 87 });
    expect(r.stories[1]!.edited.byline).toBeNull();
    expect(r.stories[2]).toMatchObject({ id: b.id, edited: { byline: '本报记者 张三' } });
  });

  it('a headline added to a headline-less story stays with it', async () => {
    const { ws, docId, stories } = await setup();
    const a = stories[1]!;
    await ws.service.editStory({ docId, storyId: a.id, fields: { headline: '海宁共享科研仪器' } });
    const r = await ws.service.moveBoundary({ docId, storyId: a.id, nextStartLine: 87 });
    expect(r.stories[1]).toMatchObject({ id: a.id, edited: { headline: '海宁共享科研仪器' } });
    expect(r.stories[2]!.edited.headline).toBeNull();
  });

  it('a correction that cannot be re-applied stays on its story, blocks approval until dismissed, and survives later re-splits', async () => {
    const { ws, docId, stories } = await setup();
    const [a, s] = [stories[1]!, stories[2]!];
    // Correct story 3's headline, then move its headline line into story 2: no story reads it as a headline any more.
    await ws.service.editStory({ docId, storyId: s.id, fields: { headline: '嵊泗全力推进海洋生态建设' } });
    const split = await ws.service.moveBoundary({ docId, storyId: a.id, nextStartLine: 87 });
    const withConflict = split.stories.filter((x) => x.conflicts.length > 0);
    expect(withConflict).toHaveLength(1);
    expect(withConflict[0]!.id).toBe(s.id);
    expect(withConflict[0]!.conflicts.join()).toContain('嵊泗全力推进海洋生态建设');
    expect(split.conflicts).toEqual(withConflict[0]!.conflicts);
    const target = withConflict[0]!;
    await ws.service.editStory({ docId, storyId: target.id, fields: { headline: '临时标题' } });
    await expect(ws.service.setStatus({ docId, storyId: target.id, status: 'approved' })).rejects.toMatchObject({ code: 'approve_conflicts' });

    const i = split.stories.findIndex((x) => x.id === target.id);
    const next = split.stories[i + 1]!;
    const moved = await ws.service.moveBoundary({ docId, storyId: target.id, nextStartLine: next.startLine + 2 });
    expect(moved.stories.find((x) => x.id === target.id)!.conflicts).toEqual(target.conflicts);

    const dismissed = await ws.service.dismissConflicts({ docId, storyId: target.id });
    expect(dismissed.stories.find((x) => x.id === target.id)!.conflicts).toEqual([]);
    const undone = await ws.service.undo({ docId });
    expect(undone.stories.find((x) => x.id === target.id)!.conflicts).toEqual(target.conflicts);
  });

  it('an approved story whose range changes goes back to review', async () => {
    const { ws, docId, stories } = await setup();
    const [a, b] = [stories[2]!, stories[3]!];
    await ws.service.setStatus({ docId, storyId: a.id, status: 'approved' });
    const r = await ws.service.moveBoundary({ docId, storyId: a.id, nextStartLine: b.startLine + 2 });
    expect(r.stories[2]).toMatchObject({ id: a.id, status: 'in_review', approval: null });
  });
});
