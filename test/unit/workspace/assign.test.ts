// The one-action field fixes as operations: one logged, undoable change each, refused when malformed.
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/service/dispatch';
import { workspacesClosedAfterEach } from './helpers';

const workspaces = workspacesClosedAfterEach();

describe('swapHeading', () => {
  it('swaps the seed story’s title and deck as one operation; undo and redo restore exactly', async () => {
    const { ws, docId, stories } = await workspaces.seeded();
    const before = stories[0]!;
    expect(before.edited).toMatchObject({ headline: '一个城市的执着', deck: '——温州三十年如一日坚持“质量立市”' });
    const r = await ws.service.swapHeading({ docId, storyId: before.id, which: 'deck' });
    const after = r.stories[0]!;
    expect(after.edited).toMatchObject({ headline: '——温州三十年如一日坚持“质量立市”', deck: '一个城市的执着' });
    expect(after.original).toMatchObject({ headline: '——温州三十年如一日坚持“质量立市”', deck: '一个城市的执着' });
    expect(after.edited.paragraphs).toEqual(before.edited.paragraphs);
    expect(after.lineRoles).toEqual([
      { line: 3, role: 'deck' },
      { line: 5, role: 'headline' },
    ]);
    expect(r.stories.slice(1)).toEqual(stories.slice(1));

    const undone = await ws.service.undo({ docId });
    expect(undone.stories).toEqual(stories);
    const redone = await ws.service.redo({ docId });
    expect(redone.stories).toEqual(r.stories);

    const history = await ws.service.history({ docId, storyId: before.id });
    expect(history.map((h) => [h.kind, h.summary])).toEqual([
      ['swap_heading', 'swap headline ↔ deck'],
      ['undo', 'swap headline ↔ deck'],
      ['redo', 'swap headline ↔ deck'],
    ]);
    expect(history[0]!.by).toBe('测试编辑');
    expect(history[0]!.changes.map((c) => c.field)).toEqual(['headline', 'deck']);
  });
});

describe('assignLine', () => {
  it('sets a line as the deck, logged, kept across a restart and a boundary move', async () => {
    const { ws, dir, docId, stories } = await workspaces.seeded();
    const first = stories[0]!;
    // "The title is the deck": the line under it, the ——deck, is then the title.
    const r = await ws.service.assignLine({ docId, storyId: first.id, line: 3, role: 'deck' });
    const s = r.stories[0]!;
    expect(s.edited).toMatchObject({ kicker: null, headline: '——温州三十年如一日坚持“质量立市”', deck: '一个城市的执着', byline: '本报记者 王艳琼' });
    expect(s.lineRoles).toEqual([{ line: 3, role: 'deck' }]);
    const [entry] = await ws.service.history({ docId, storyId: first.id });
    expect(entry).toMatchObject({ kind: 'assign_line', summary: 'line 3 → deck', storyIds: [first.id] });

    const again = await workspaces.reopen(ws, dir);
    const moved = await again.service.moveBoundary({ docId, storyId: first.id, nextStartLine: 67 });
    expect(moved.stories[0]!.endLine).toBeLessThan(67);
    expect(moved.stories[0]!.edited).toMatchObject({ headline: '——温州三十年如一日坚持“质量立市”', deck: '一个城市的执着' });
    expect(moved.stories[0]!.lineRoles).toEqual([{ line: 3, role: 'deck' }]);
    expect((await again.service.undo({ docId })).stories[0]).toEqual(s);
    expect((await again.service.undo({ docId })).stories).toEqual(stories);
  });

  it('sends an approved story back to review', async () => {
    const { ws, docId, stories } = await workspaces.seeded();
    const s = stories[0]!;
    const approved = await ws.service.setStatus({ docId, storyId: s.id, status: 'approved' });
    expect(approved.stories[0]!.status).toBe('approved');
    const r = await ws.service.swapHeading({ docId, storyId: s.id, which: 'deck' });
    expect(r.stories[0]!.status).toBe('in_review');
  });

  it('refuses bad payloads at the boundary and lines outside the story in the service', async () => {
    const { ws, docId, stories } = await workspaces.seeded();
    const s = stories[0]!;
    for (const payload of [
      { docId, storyId: s.id, line: 5, role: 'title' },
      { docId, storyId: s.id, line: 0, role: 'deck' },
      { docId, storyId: s.id, line: 2.5, role: 'deck' },
      { docId, storyId: s.id, line: 5, role: 'deck', extra: 1 },
      { docId, storyId: s.id, role: 'deck' },
    ]) {
      expect(await dispatch(ws.service, 'assignLine', payload)).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
    }
    expect(await dispatch(ws.service, 'swapHeading', { docId, storyId: s.id, which: 'byline' })).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
    expect(await dispatch(ws.service, 'assignLine', { docId, storyId: s.id, line: s.endLine + 2, role: 'deck' })).toMatchObject({ ok: false, error: { code: 'invalid_line' } });
    expect(await dispatch(ws.service, 'assignLine', { docId, storyId: s.id, line: 4, role: 'deck' })).toMatchObject({ ok: false, error: { code: 'invalid_line' } });
    expect(await dispatch(ws.service, 'swapHeading', { docId, storyId: s.id, which: 'kicker' })).toMatchObject({ ok: false, error: { code: 'invalid_swap' } });
    // Nothing was logged.
    expect(await ws.service.history({ docId })).toEqual([]);
  });
});
