// Shared helpers for the store tests: a fresh temp folder per test and small document files.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DOC_SCHEMA_VERSION } from '../../../electron/service/store-schema';
import { emptyFields, type DocFile, type Operation, type Story } from '../../../shared/model';

export async function freshDir(): Promise<string> {
  return fs.mkdtemp(path.join(os.tmpdir(), 'galley-store-'));
}

export async function removeDir(dir: string): Promise<void> {
  await fs.rm(dir, { recursive: true, force: true });
}

export function makeStory(id: string, headline: string, status: Story['status'] = 'new'): Story {
  const fields = { ...emptyFields(), headline, paragraphs: [`${headline}的正文第一段。`, '第二段说明了会议的安排。'] };
  return {
    id,
    startLine: 1,
    endLine: 3,
    kind: 'article',
    original: fields,
    edited: structuredClone(fields),
    tags: [],
    status,
    approval: null,
    rejection: null,
    flags: [],
    conflicts: [],
  };
}

export function makeDoc(id: string, opts: { stories?: Story[]; text?: string; importedAt?: string } = {}): DocFile {
  return {
    schemaVersion: DOC_SCHEMA_VERSION,
    doc: {
      id,
      name: `${id}.txt`,
      sha256: 'a'.repeat(64),
      encoding: 'utf-8',
      importedAt: opts.importedAt ?? '2025-03-01T08:00:00.000Z',
      text: opts.text ?? '市图书馆周末延长开放时间\n本报讯 市图书馆从本周起周末开放至晚九点。\n',
    },
    stories: opts.stories ?? [makeStory(`${id}-s1`, '市图书馆周末延长开放时间')],
    log: [],
    undoStack: [],
    redoStack: [],
  };
}

export function makeOperation(n: number, story: Story): Operation {
  return {
    id: `op-${n}`,
    at: new Date(Date.UTC(2025, 2, 1, 8, 0, n % 60)).toISOString(),
    by: '编辑甲',
    kind: 'edit',
    summary: `第 ${n} 次修改标题`,
    storyIds: [story.id],
    splice: { at: 0, remove: [story], insert: [{ ...story, edited: { ...story.edited, headline: `标题第${n}版` } }] },
  };
}

/** Names in a folder, sorted, so assertions read the same on every run. */
export async function listNames(dir: string): Promise<string[]> {
  return (await fs.readdir(dir)).sort();
}

/** The pid of a process that has certainly exited. */
export async function deadPid(): Promise<number> {
  const { spawn } = await import('node:child_process');
  const child = spawn(process.execPath, ['-e', ''], { stdio: 'ignore' });
  await new Promise((resolve) => child.once('exit', resolve));
  if (child.pid === undefined) throw new Error('could not start a child process');
  return child.pid;
}
