import { describe, expect, it } from 'vitest';
import { openWorkspace } from '../../../electron/service/workspace';
import { contentHash } from '../../../electron/service/approval';
import { seedBase64, seededWorkspace, tempDir, workspacesClosedAfterEach } from './helpers';

const workspaces = workspacesClosedAfterEach();
const setup = () => workspaces.seeded();

describe('workspace', () => {
  it('opens the seed page on first start as its 7 stories', async () => {
    const { ws, docId } = await setup();
    const docs = await ws.service.listDocuments({});
    expect(docs).toHaveLength(1);
    const view = await ws.service.openDocument({ docId });
    expect(view.stories).toHaveLength(7);
    expect(view.stories[2]!.edited.headline).toBe('嵊泗高标准推进海洋生态环境建设');
    expect(view.doc.encoding).toBe('utf-8');
  });

  it('re-importing the same bytes opens the existing document', async () => {
    const { ws, docId } = await setup();
    const again = await ws.service.importFile({ name: 'copy.txt', base64: await seedBase64() });
    expect(again).toEqual({ docId, existing: true });
    expect(await ws.service.listDocuments({})).toHaveLength(1);
  });

  it('a bad import changes nothing', async () => {
    const { ws } = await setup();
    const before = await ws.service.listDocuments({});
    await expect(ws.service.importFile({ name: 'x.bin', base64: Buffer.from([0, 1, 2, 3]).toString('base64') })).rejects.toMatchObject({
      code: 'binary_file',
    });
    await expect(ws.service.importFile({ name: 'e.txt', base64: '' })).rejects.toMatchObject({ code: 'empty_file' });
    expect(await ws.service.listDocuments({})).toEqual(before);
  });

  it('records every change with who and when, and refuses changes before the editor has a name', async () => {
    const dir = await tempDir();
    const ws = await openWorkspace(dir, { host: 'web', seedsDir: null, version: 't' });
    workspaces.track(ws);
    const { docId } = await ws.service.importFile({ name: 'p.txt', base64: await seedBase64() });
    const story = (await ws.service.openDocument({ docId })).stories[0]!;
    await expect(ws.service.editStory({ docId, storyId: story.id, fields: { headline: 'x' } })).rejects.toMatchObject({ code: 'no_editor_name' });
    await ws.service.updateSettings({ patch: { editorName: '李编' } });
    await ws.service.editStory({ docId, storyId: story.id, fields: { headline: '新标题' } });
    const history = await ws.service.history({ docId, storyId: story.id });
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ by: '李编', kind: 'edit', changes: [{ field: 'headline', before: '一个城市的执着', after: '新标题' }] });
    expect(Date.parse(history[0]!.at)).not.toBeNaN();
  });

  it('approval needs a headline, records a hash, and an edit sends the story back to review', async () => {
    const { ws, docId } = await setup();
    const stories = (await ws.service.openDocument({ docId })).stories;
    const headless = stories[1]!;
    await expect(ws.service.setStatus({ docId, storyId: headless.id, status: 'approved' })).rejects.toMatchObject({ code: 'approve_needs_headline' });
    await expect(ws.service.setStatus({ docId, storyId: headless.id, status: 'rejected' })).rejects.toMatchObject({ code: 'reject_needs_reason' });

    const s = stories[0]!;
    const approved = (await ws.service.setStatus({ docId, storyId: s.id, status: 'approved' })).stories[0]!;
    expect(approved.status).toBe('approved');
    expect(approved.approval).toMatchObject({ by: '测试编辑', hash: contentHash(approved) });
    expect((await ws.service.listDocuments({}))[0]!.approvedCount).toBe(1);

    const md = await ws.service.exportStories({ docId, format: 'md', bundle: false });
    expect(md.files).toHaveLength(1);

    const edited = (await ws.service.editStory({ docId, storyId: s.id, fields: { byline: '本报记者 王艳琼 李四' } })).stories[0]!;
    expect(edited.status).toBe('in_review');
    await expect(ws.service.exportStories({ docId, format: 'md', bundle: false })).rejects.toMatchObject({ code: 'not_approved' });
  });

  it('edits the kicker and the deck apart; each is content the approval hash covers', async () => {
    const { ws, docId } = await setup();
    const s = (await ws.service.openDocument({ docId })).stories[0]!;
    expect([s.edited.kicker, s.edited.headline, s.edited.deck]).toEqual([null, '一个城市的执着', '——温州三十年如一日坚持“质量立市”']);
    const approved = (await ws.service.setStatus({ docId, storyId: s.id, status: 'approved' })).stories[0]!;
    const withKicker = (await ws.service.editStory({ docId, storyId: s.id, fields: { kicker: '质量强市' } })).stories[0]!;
    expect([withKicker.edited.kicker, withKicker.edited.deck]).toEqual(['质量强市', '——温州三十年如一日坚持“质量立市”']);
    expect(withKicker.status).toBe('in_review');
    expect(contentHash(withKicker)).not.toBe(approved.approval!.hash);
    // Blank is none, for both.
    const cleared = (await ws.service.editStory({ docId, storyId: s.id, fields: { kicker: ' ', deck: '' } })).stories[0]!;
    expect([cleared.edited.kicker, cleared.edited.deck]).toEqual([null, null]);
    const history = await ws.service.history({ docId, storyId: s.id });
    const fields = history.filter((h) => h.kind === 'edit').map((h) => h.summary);
    expect(fields).toEqual(expect.arrayContaining(['edit: kicker', 'edit: kicker, deck']));
  });

  it('blocking proofreading rules stop an approval when the setting names them', async () => {
    const { ws, docId } = await setup();
    const s = (await ws.service.openDocument({ docId })).stories[4]!; // 越城 story: contains 文旅旅旅
    const rules = (await import('../../../shared/proof')).proofread(s.edited.paragraphs.join('\n')).map((x) => x.rule);
    const repeated = rules.find((r) => /repeat/i.test(r));
    expect(repeated).toBeDefined();
    await ws.service.updateSettings({ patch: { blockingRules: [repeated!] } });
    await expect(ws.service.setStatus({ docId, storyId: s.id, status: 'approved' })).rejects.toMatchObject({ code: 'approve_blocked' });
  });

  it('undo and redo work across a restart', async () => {
    const { ws, dir, docId } = await setup();
    const s = (await ws.service.openDocument({ docId })).stories[2]!;
    await ws.service.editStory({ docId, storyId: s.id, fields: { headline: '嵊泗推进海洋生态建设' } });
    await ws.service.setStatus({ docId, storyId: s.id, status: 'approved' });
    const ws2 = await workspaces.reopen(ws, dir);
    let v = await ws2.service.openDocument({ docId });
    expect(v.stories[2]).toMatchObject({ status: 'approved', edited: { headline: '嵊泗推进海洋生态建设' } });
    expect(v.canUndo).toBe(true);
    v = { ...v, ...(await ws2.service.undo({ docId })) };
    expect(v.stories[2]!.status).toBe('in_review');
    v = { ...v, ...(await ws2.service.undo({ docId })) };
    expect(v.stories[2]!.edited.headline).toBe('嵊泗高标准推进海洋生态环境建设');
    expect(v.canUndo).toBe(false);
    await expect(ws2.service.undo({ docId })).rejects.toMatchObject({ code: 'nothing_to_undo' });
    const r = await ws2.service.redo({ docId });
    expect(r.stories[2]!.edited.headline).toBe('嵊泗推进海洋生态建设');
    const log = await ws2.service.history({ docId });
    expect(log.map((o) => o.kind)).toEqual(['edit', 'status', 'undo', 'undo', 'redo']);
  });

  it('replace-all across stories is one undoable operation with a count', async () => {
    const { ws, docId } = await setup();
    const stories = (await ws.service.openDocument({ docId })).stories;
    const ids = stories.map((s) => s.id);
    const r = await ws.service.replaceAll({ docId, storyIds: ids, find: '温州', replace: '溫州', regex: false });
    expect(r.count).toBeGreaterThan(50);
    expect(r.stories[0]!.edited.paragraphs.join('')).not.toContain('温州');
    const u = await ws.service.undo({ docId });
    expect(u.stories[0]!.edited.paragraphs.join('')).toContain('温州');
    await expect(ws.service.replaceAll({ docId, storyIds: ids, find: '(', replace: '', regex: true })).rejects.toMatchObject({ code: 'invalid_regex' });
  });

  it('tags several stories in one operation', async () => {
    const { ws, docId } = await setup();
    const stories = (await ws.service.openDocument({ docId })).stories;
    const tag = { type: 'section' as const, value: '经济', label: '经济' };
    const r = await ws.service.updateTags({ docId, storyIds: [stories[0]!.id, stories[3]!.id], add: [tag], remove: [] });
    expect(r.stories[0]!.tags).toEqual([tag]);
    expect(r.stories[3]!.tags).toEqual([tag]);
    expect(r.stories[1]!.tags).toEqual([]);
    const u = await ws.service.undo({ docId });
    expect(u.stories[0]!.tags).toEqual([]);
  });
});

describe('closing', () => {
  it('waits for operations still in flight, so an acknowledged edit is on disk', async () => {
    const { ws, dir, docId } = await seededWorkspace();
    const s = (await ws.service.openDocument({ docId })).stories[0]!;
    const edit = ws.service.editStory({ docId, storyId: s.id, fields: { headline: '关闭前的修改' } });
    await ws.close();
    await edit;
    const again = await openWorkspace(dir, { host: 'web', seedsDir: null, version: 't' });
    try {
      expect((await again.service.openDocument({ docId })).stories[0]!.edited.headline).toBe('关闭前的修改');
    } finally {
      await again.close();
    }
  });
});
