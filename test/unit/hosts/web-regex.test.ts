// The web host, run as a real process, while an editor's replace-all uses a pattern that
// backtracks for ever on JavaScript's RegExp: `(a+)+$` over forty a's and a `!` used to block
// every request and make the host deaf to SIGTERM. Now the replace-all and a request sent at the
// same moment both answer promptly, and the host still stops when asked.
// A process of its own, so that a blocked host fails this test instead of freezing the runner.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiResponse } from '../../../shared/api';
import type { Story } from '../../../shared/model';
import { rawRequest, type RawResponse } from './http-client';
import { openSession, startHostProcess, type HostProcess } from './web-host-process';

/** What "answers promptly" means here, with room for a slow shared machine. */
const PROMPT_MS = 2000;

let dataDir: string;
let host: HostProcess;
let port: number;
let cookie: string;
let token: string;

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
  host = await startHostProcess(dataDir);
  port = host.port;
  ({ cookie, token } = await openSession(host.launchUrl));
  data(await api('updateSettings', { patch: { editorName: '测试编辑' } }));
}, 60_000);

afterAll(async () => {
  // A host stuck in a regex ignores SIGTERM; never leave one behind.
  if (host && host.child.exitCode === null) host.child.kill('SIGKILL');
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
    expect((await timed(host.stop('SIGTERM'), 10_000, 'exit after SIGTERM')).value).toBe(0);
  });
});
