// Errors name their real cause: a full disk says so (and that nothing changed) instead of
// "internal"; a file over 50 MB says so instead of failing the payload schema first.
import { execFileSync } from 'node:child_process';
import { promises as fsp } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeWorkspace } from '../hosts/fake-workspace';
import { dispatch } from '../../../electron/service/dispatch';
import { errorMessages } from '../../../shared/errors';
import { MAX_IMPORT_BASE64, MAX_IMPORT_BYTES } from '../../../shared/limits';
import { tempDir, workspacesClosedAfterEach } from './helpers';

const workspaces = workspacesClosedAfterEach();

afterEach(() => {
  vi.restoreAllMocks();
});

function enospc(file: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`ENOSPC: no space left on device, open '${file}'`), { code: 'ENOSPC', errno: -28, syscall: 'open', path: file });
}

describe('a full disk', () => {
  it('is reported as disk_full, in both languages, and the change is not kept', async () => {
    const { ws, dir, docId, stories } = await workspaces.seeded();
    const story = stories[0]!;
    const realOpen = fsp.open.bind(fsp);
    // Every new file in the data folder (the durable writer's temp files) hits a full disk.
    vi.spyOn(fsp, 'open').mockImplementation(async (file, flags, mode) => {
      if (String(file).startsWith(dir) && flags === 'wx') throw enospc(String(file));
      return realOpen(file, flags, mode);
    });
    const res = await dispatch(ws.service, 'editStory', { docId, storyId: story.id, fields: { headline: '磁盘满时改的标题' } });
    expect(res).toMatchObject({ ok: false, error: { code: 'disk_full' } });
    expect(errorMessages.disk_full.zh).toContain('磁盘已满');
    expect(errorMessages.disk_full.zh).toContain('没有改变');
    expect(errorMessages.disk_full.en).toContain('nothing in the library was changed');

    vi.restoreAllMocks();
    const now = await ws.service.openDocument({ docId });
    expect(now.stories.find((s) => s.id === story.id)!.edited.headline).toBe(story.edited.headline);
    const again = await workspaces.reopen(ws, dir);
    const reread = await again.service.openDocument({ docId });
    expect(reread.stories.find((s) => s.id === story.id)!.edited.headline).toBe(story.edited.headline);
    // With space back, the same change goes through.
    const ok = await dispatch(again.service, 'editStory', { docId, storyId: story.id, fields: { headline: '有空间了' } });
    expect(ok.ok).toBe(true);
  });

  // A real full filesystem, where this machine lets us mount one (root on Linux).
  const canMount = (() => {
    if (process.platform !== 'linux' || process.getuid?.() !== 0) return false;
    try {
      execFileSync('sh', ['-c', 'command -v mount && command -v umount'], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  })();

  it.skipIf(!canMount)('on a real 4 MB filesystem filled up: disk_full, nothing changed, work resumes when space is freed', async () => {
    const mnt = await tempDir('galley-fulldisk-');
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=4m', 'tmpfs', mnt]);
    } catch (err) {
      await rm(mnt, { recursive: true, force: true });
      // Mounting is refused in some containers even for root: then only the injected case above runs.
      console.warn(`full-disk test: cannot mount a tmpfs here (${(err as Error).message}); skipped`);
      return;
    }
    try {
      const dataDir = join(mnt, 'library');
      await mkdir(dataDir);
      const { ws, docId, stories } = await workspaces.seeded(dataDir);
      const story = stories[0]!;
      // Fill the disk: chunks until the filesystem refuses.
      const filler = join(mnt, 'filler');
      await writeFile(filler, '');
      const handle = await fsp.open(filler, 'a');
      try {
        for (;;) await handle.write(Buffer.alloc(64 * 1024, 1));
      } catch (err) {
        expect((err as NodeJS.ErrnoException).code).toBe('ENOSPC');
      } finally {
        await handle.close();
      }
      const res = await dispatch(ws.service, 'editStory', { docId, storyId: story.id, fields: { headline: '磁盘满时改的标题' } });
      expect(res).toMatchObject({ ok: false, error: { code: 'disk_full' } });
      await rm(filler);
      const again = await workspaces.reopen(ws, dataDir);
      const reread = await again.service.openDocument({ docId });
      expect(reread.stories.find((s) => s.id === story.id)!.edited.headline).toBe(story.edited.headline);
      const ok = await dispatch(again.service, 'editStory', { docId, storyId: story.id, fields: { headline: '有空间了' } });
      expect(ok.ok).toBe(true);
      await again.close();
    } finally {
      execFileSync('umount', ['-l', mnt]);
      await rm(mnt, { recursive: true, force: true });
    }
  });
});

describe('a file over 50 MB', () => {
  it('is refused as too_large ("文件超过 50 MB"), not with a schema message, before the service sees it', async () => {
    const fake = fakeWorkspace();
    // 51 MiB encoded: longer than any 50 MB file's base64, shorter than the web host's body limit.
    const base64 = 'A'.repeat(Math.ceil((51 * 1024 * 1024) / 3) * 4);
    expect(base64.length).toBeGreaterThan(MAX_IMPORT_BASE64);
    const res = await dispatch(fake.workspace.service, 'importFile', { name: 'big.txt', base64 });
    expect(res).toEqual({ ok: false, error: { code: 'too_large' } });
    expect(errorMessages.too_large.zh).toContain('文件超过 50 MB');
    expect(fake.calls()).toBe(0);
  });

  it('still lets a file of exactly 50 MB through to the importer', async () => {
    const fake = fakeWorkspace();
    const base64 = 'A'.repeat(Math.ceil(MAX_IMPORT_BYTES / 3) * 4);
    const res = await dispatch(fake.workspace.service, 'importFile', { name: 'edge.txt', base64 });
    expect(res.ok).toBe(true);
    expect(fake.service.importFile).toHaveBeenCalledTimes(1);
  });
});
