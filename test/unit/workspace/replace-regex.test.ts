// Replace-all with an editor's regular expression, through the workspace: patterns that would
// backtrack for ever finish at once, and what cannot be run is refused before anything changes.
import { describe, expect, it } from 'vitest';
import { workspacesClosedAfterEach } from './helpers';

const workspaces = workspacesClosedAfterEach();

/** The seed page with its first story's body replaced by `paragraphs`. */
async function withBody(paragraphs: string[]) {
  const { ws, docId, stories } = await workspaces.seeded();
  const target = stories[0]!;
  await ws.service.editStory({ docId, storyId: target.id, fields: { paragraphs } });
  return { ws, docId, ids: stories.map((s) => s.id), targetId: target.id };
}

describe('replace-all with a regular expression', () => {
  it('runs catastrophic-backtracking patterns in linear time, with the right result', async () => {
    const short = 'a'.repeat(40) + '!';
    const long = 'a'.repeat(20_000) + '!';
    const { ws, docId, ids, targetId } = await withBody([short, long]);
    for (const find of ['(a+)+$', '(a|aa)+$', '(x+x+)+y']) {
      const started = performance.now();
      const r = await ws.service.replaceAll({ docId, storyIds: ids, find, replace: 'X', regex: true });
      expect(performance.now() - started, find).toBeLessThan(1000);
      expect(r.count, find).toBe(0);
    }
    const started = performance.now();
    const r = await ws.service.replaceAll({ docId, storyIds: ids, find: '(a|aa)+!', replace: '[$1]', regex: true });
    expect(performance.now() - started).toBeLessThan(1000);
    expect(r.count).toBe(2);
    expect(r.stories.find((s) => s.id === targetId)!.edited.paragraphs).toEqual(['[a]', '[a]']);
  });

  it('refuses backreferences, lookahead and over-long or over-costly patterns, changing nothing', async () => {
    const { ws, docId, ids } = await withBody(['记者王小明说，王主任说。'.repeat(2_000)]);
    const before = (await ws.service.history({ docId })).length;
    const refused = (find: string) => ws.service.replaceAll({ docId, storyIds: ids, find, replace: 'x', regex: true });
    await expect(refused('(王)\\1')).rejects.toMatchObject({ code: 'regex_unsupported', detail: '\\1' });
    await expect(refused('王(?=主任)')).rejects.toMatchObject({ code: 'regex_unsupported', detail: '(?=' });
    await expect(refused('(?<n>王)\\k<n>')).rejects.toMatchObject({ code: 'regex_unsupported' });
    await expect(refused('王'.repeat(1001))).rejects.toMatchObject({ code: 'regex_too_long' });
    await expect(refused('(?<=.{999})王'.repeat(20))).rejects.toMatchObject({ code: 'regex_too_complex' });
    await expect(refused('(王')).rejects.toMatchObject({ code: 'invalid_regex' });
    expect(await ws.service.history({ docId })).toHaveLength(before);
  });

  it('keeps lookbehinds, anchors and group expansion working', async () => {
    const { ws, docId, ids, targetId } = await withBody(['记者王小明报道，王局长说。', '2024年3月5日']);
    const a = await ws.service.replaceAll({ docId, storyIds: ids, find: '(?<=记者)王', replace: '汪', regex: true });
    const b = await ws.service.replaceAll({ docId, storyIds: ids, find: '^(\\d+)年(\\d+)月', replace: '$2/$1', regex: true });
    expect([a.count, b.count]).toEqual([1, 1]);
    expect(b.stories.find((s) => s.id === targetId)!.edited.paragraphs).toEqual(['记者汪小明报道，王局长说。', '3/20245日']);
  });
});
