import { describe, expect, it } from 'vitest';
import { workspacesClosedAfterEach } from './helpers';

const workspaces = workspacesClosedAfterEach();
const setup = () => workspaces.seeded();

describe('fixing the split by hand', () => {
  it('splits a story at a line and undoes the split', async () => {
    const { ws, docId, stories } = await setup();
    const first = stories[0]!;
    const r = await ws.service.splitStory({ docId, storyId: first.id, atLine: 35 });
    expect(r.stories).toHaveLength(8);
    expect(r.stories[0]).toMatchObject({ id: first.id, startLine: 3, endLine: 33 });
    expect(r.stories[1]).toMatchObject({ startLine: 35, endLine: 67 });
    const u = await ws.service.undo({ docId });
    expect(u.stories).toHaveLength(7);
    expect(u.stories[0]).toEqual(first);
  });

  it('refuses a split outside the story or on its first line', async () => {
    const { ws, docId, stories } = await setup();
    await expect(ws.service.splitStory({ docId, storyId: stories[0]!.id, atLine: 3 })).rejects.toMatchObject({ code: 'invalid_split' });
    await expect(ws.service.splitStory({ docId, storyId: stories[0]!.id, atLine: 90 })).rejects.toMatchObject({ code: 'invalid_split' });
  });

  it('merges a story with the next and keeps corrections made to both', async () => {
    const { ws, docId, stories } = await setup();
    const [a, b] = [stories[3]!, stories[4]!];
    await ws.service.editStory({ docId, storyId: a.id, fields: { paragraphs: a.edited.paragraphs.map((p, i) => (i === 2 ? p.replace('专门成立了', '专门组建了') : p)) } });
    await ws.service.editStory({ docId, storyId: b.id, fields: { paragraphs: b.edited.paragraphs.map((p) => p.replace('文旅旅旅', '文旅')) } });
    const r = await ws.service.mergeWithNext({ docId, storyId: a.id });
    expect(r.stories).toHaveLength(6);
    const merged = r.stories[3]!;
    expect(merged).toMatchObject({ id: a.id, startLine: 101, endLine: 123 });
    const body = merged.edited.paragraphs.join('\n');
    expect(body).toContain('专门组建了');
    expect(body).toContain('及文旅总部教育');
    expect(body).not.toContain('文旅旅旅');
    expect(merged.original.paragraphs.join('\n')).toContain('文旅旅旅');
    expect(r.conflicts ?? []).toEqual([]);
  });

  it('moves a boundary by a line, re-reads both stories, and carries the corrections', async () => {
    const { ws, docId, stories } = await setup();
    const [a, b] = [stories[1]!, stories[2]!];
    // Correct a paragraph of the second story, then move its headline into the first story and back.
    await ws.service.editStory({ docId, storyId: b.id, fields: { paragraphs: b.edited.paragraphs.map((p, i) => (i === 1 ? p.replace('奋力打造', '全力打造') : p)) } });
    const moved = await ws.service.moveBoundary({ docId, storyId: a.id, nextStartLine: 87 });
    expect(moved.stories[1]).toMatchObject({ id: a.id, startLine: 69, endLine: 85 });
    expect(moved.stories[2]).toMatchObject({ id: b.id, startLine: 87, endLine: 99 });
    expect(moved.stories[2]!.edited.paragraphs.join('\n')).toContain('全力打造海洋生态文明高地');
    const back = await ws.service.moveBoundary({ docId, storyId: a.id, nextStartLine: 85 });
    expect(back.stories[2]).toMatchObject({ startLine: 85, edited: { headline: '嵊泗高标准推进海洋生态环境建设' } });
    expect(back.stories[2]!.edited.paragraphs.join('\n')).toContain('全力打造海洋生态文明高地');
  });

  it('reports a correction that no longer applies instead of dropping it', async () => {
    const { ws, docId, stories } = await setup();
    const a = stories[0]!;
    // Edit the headline of story 1, then merge story 1 into... nothing reads that headline any more
    // once the split puts line 3 (the headline) mid-story: split story 1 at line 5 so line 3 stands alone.
    await ws.service.editStory({ docId, storyId: a.id, fields: { headline: '一座城市的执着' } });
    const r = await ws.service.splitStory({ docId, storyId: a.id, atLine: 5 });
    const all = r.stories.flatMap((s) => [s.edited.headline, ...s.edited.paragraphs]);
    const carried = all.includes('一座城市的执着');
    // Either the correction landed, or it is reported: never silently lost.
    expect(carried || (r.conflicts ?? []).some((c) => c.includes('一座城市的执着'))).toBe(true);
  });

  it('marks a block as not a story, and such a block never exports', async () => {
    const { ws, docId, stories } = await setup();
    const s = stories[5]!;
    const r = await ws.service.setKind({ docId, storyId: s.id, kind: 'nonstory' });
    expect(r.stories[5]!.kind).toBe('nonstory');
    expect((await ws.service.listDocuments({}))[0]!.storyCount).toBe(6);
    await ws.service.setStatus({ docId, storyId: s.id, status: 'approved' });
    await expect(ws.service.exportStories({ docId, format: 'md', bundle: false })).rejects.toMatchObject({ code: 'not_approved' });
  });
});
