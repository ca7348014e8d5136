// The web host, run as a real process, while an editor's replace-all uses a pattern that
// backtracks for ever on JavaScript's RegExp: `(a+)+$` over forty a's and a `!` used to block
// every request and make the host deaf to SIGTERM. Now the replace-all and a request sent at the
// same moment both answer promptly, and the host still stops when asked.
// A process of its own, so that a blocked host fails this test instead of freezing the runner.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiResponse } from '../../../shared/api';
import type { Story } from '../../../shared/model';
import { rawRequest, type RawResponse } from './http-client';

const root = path.resolve(__dirname, '..', '..', '..');
const tsxCli = path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const LINE = /^Galley web host: (http:\/\/127\.0\.0\.1:(\d+)\/\?k=[0-9a-f]{64})$/m;
/** What "answers promptly" means here, with room for a slow shared machine. */
const PROMPT_MS = 2000;

let dataDir: string;
let child: ChildProcess;
let exited: Promise<number | null>;
let port: number;
let cookie: string;
let token: string;

async function startHost(): Promise<string> {
  child = spawn(process.execPath, [tsxCli, 'electron/web/main.ts', '--data', dataDir, '--port', '0'], {
    cwd: root,
    env: { ...process.env, GALLEY_DATA: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout!.on('data', (c: Buffer) => (out += c.toString('utf8')));
  child.stderr!.on('data', (c: Buffer) => (err += c.toString('utf8')));
  exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
  for (let i = 0; i < 600; i++) {
    const m = LINE.exec(out);
    if (m) return m[1]!;
    if (child.exitCode !== null) throw new Error(`web host exited: ${err}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`no URL line; stdout=${out} stderr=${err}`);
}

/** Follows the launch address once, as the browser does: the session cookie and the API token. */
async function openSession(launchUrl: string): Promise<{ cookie: string; token: string }> {
  const launch = new URL(launchUrl);
  const res = await rawRequest(Number(launch.port), { path: launch.pathname + launch.search });
  const set = res.headers['set-cookie'];
  const location = String(res.headers.location ?? '');
  return {
    cookie: (Array.isArray(set) ? set[0]! : String(set)).split(';', 1)[0]!,
    token: new URLSearchParams(location.slice(location.indexOf('#') + 1)).get('token') ?? '',
  };
}

function api(name: string, body: unknown): Promise<RawResponse> {
  return rawRequest(port, {
    method: 'POST',
    path: `/api/${name}`,
    headers: { 'content-type': 'application/json', 'x-galley-token': token, cookie },
    body: JSON.stringify(body),
  });
}

/** The call's answer and how long it took; rejects once `ms` have passed without one. */
async function timed<T>(call: Promise<T>, ms: number, what: string): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms);
  });
  try {
    const value = await Promise.race([call, late]);
    return { value, ms: performance.now() - started };
  } finally {
    clearTimeout(timer);
  }
}

function data<T>(res: RawResponse): T {
  const envelope = JSON.parse(res.body) as ApiResponse<T>;
  if (!envelope.ok) throw new Error(`API error ${res.status}: ${res.body}`);
  return envelope.value;
}

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'galley-webregex-'));
  const launchUrl = await startHost();
  port = Number(new URL(launchUrl).port);
  ({ cookie, token } = await openSession(launchUrl));
  data(await api('updateSettings', { patch: { editorName: '测试编辑' } }));
}, 60_000);

afterAll(async () => {
  // A host stuck in a regex ignores SIGTERM; never leave one behind.
  if (child && child.exitCode === null) child.kill('SIGKILL');
  await rm(dataDir, { recursive: true, force: true });
});

describe('web host: a catastrophic regular expression', () => {
  it('answers the replace-all and a concurrent request promptly, with the right content', async () => {
    const { firstDocId: docId } = data<{ firstDocId: string }>(await api('getAppInfo', {}));
    const stories = data<{ stories: Story[] }>(await api('openDocument', { docId })).stories;
    const target = stories[0]!;
    const body = ['a'.repeat(40) + '!', 'a'.repeat(20_000) + '!', 'aaaa'];
    data(await api('editStory', { docId, storyId: target.id, fields: { paragraphs: body } }));

    const storyIds = stories.map((s) => s.id);
    const [replaced, listed] = await Promise.all([
      timed(api('replaceAll', { docId, storyIds, find: '(a+)+$', replace: '[$1]', regex: true }), PROMPT_MS, 'replaceAll'),
      timed(api('listDocuments', {}), PROMPT_MS, 'listDocuments'),
    ]);
    expect(replaced.value.status).toBe(200);
    expect(listed.value.status).toBe(200);
    expect(data<Array<{ id: string }>>(listed.value).map((d) => d.id)).toContain(docId);
    // Only the paragraph that ends in a's matches; $1 is the last repetition, all of them.
    const result = data<{ count: number; stories: Story[] }>(replaced.value);
    expect(result.count).toBe(1);
    const expected = [body[0], body[1], '[aaaa]'];
    expect(result.stories.find((s) => s.id === target.id)!.edited.paragraphs).toEqual(expected);
    const reopened = data<{ stories: Story[] }>(await api('openDocument', { docId })).stories;
    expect(reopened.find((s) => s.id === target.id)!.edited.paragraphs).toEqual(expected);
  });

  it('refuses a backreference with 422 and its own code, and changes nothing', async () => {
    const { firstDocId: docId } = data<{ firstDocId: string }>(await api('getAppInfo', {}));
    const before = data<unknown[]>(await api('history', { docId })).length;
    const storyIds = data<{ stories: Story[] }>(await api('openDocument', { docId })).stories.map((s) => s.id);
    const res = (await timed(api('replaceAll', { docId, storyIds, find: '(a)\\1+$', replace: '', regex: true }), PROMPT_MS, 'replaceAll')).value;
    expect(res.status).toBe(422);
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'regex_unsupported', detail: '\\1' } });
    expect(data<unknown[]>(await api('history', { docId }))).toHaveLength(before);
  });

  it('still stops on SIGTERM', async () => {
    child.kill('SIGTERM');
    expect((await timed(exited, 10_000, 'exit after SIGTERM')).value).toBe(0);
  });
});
