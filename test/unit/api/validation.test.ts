import { describe, expect, it, vi } from 'vitest';
import type { ApiService } from '../../../shared/api';
import { dispatch } from '../../../electron/service/dispatch';
import { GalleyError } from '../../../shared/errors';

function spyService(): ApiService & { calls: string[] } {
  const calls: string[] = [];
  return new Proxy({ calls } as unknown as ApiService & { calls: string[] }, {
    get(target, prop) {
      if (prop === 'calls') return calls;
      return vi.fn(async () => {
        calls.push(String(prop));
        if (prop === 'undo') throw new GalleyError('nothing_to_undo');
        if (prop === 'history') throw new Error('boom');
        return { ok: true };
      });
    },
  });
}

describe('API validation at the boundary', () => {
  it('rejects malformed payloads with a clear error and never calls the service', async () => {
    const service = spyService();
    const cases: Array<[string, unknown]> = [
      ['openDocument', { docId: '../../etc/passwd' }],
      ['openDocument', {}],
      ['editStory', { docId: 'a', storyId: 'b', fields: { headline: 42 } }],
      ['editStory', { docId: 'a', storyId: 'b', fields: { evil: 'x' } }],
      // The single subheadline is gone from the model: kicker and deck are the fields.
      ['editStory', { docId: 'a', storyId: 'b', fields: { subheadline: '引题' } }],
      ['editStory', { docId: 'a', storyId: 'b', fields: { kicker: 7 } }],
      ['importFile', { name: 5, base64: '' }],
      ['splitStory', { docId: 'a', storyId: 'b', atLine: -1 }],
      // A line is set as one of the named roles only, at a real line number.
      ['assignLine', { docId: 'a', storyId: 'b', line: 3, role: 'title' }],
      ['assignLine', { docId: 'a', storyId: 'b', line: 0, role: 'deck' }],
      ['assignLine', { docId: 'a', storyId: 'b', line: '3', role: 'deck' }],
      ['swapHeading', { docId: 'a', storyId: 'b', which: 'byline' }],
      ['setStatus', { docId: 'a', storyId: 'b', status: 'published' }],
      ['exportStories', { format: 'exe' }],
      ['updateSettings', { patch: { language: 'fr' } }],
      ['listDocuments', { extra: true }],
      ['listDocuments', 'not an object'],
    ];
    for (const [name, payload] of cases) {
      const res = await dispatch(service, name, payload);
      expect(res, `${name} ${JSON.stringify(payload)}`).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
      if (!res.ok) expect(res.error.detail).toBeTruthy();
    }
    expect(service.calls).toEqual([]);
  });

  it('rejects unknown operations, including prototype names', async () => {
    const service = spyService();
    for (const name of ['deleteEverything', '__proto__', 'constructor', 'toString']) {
      expect(await dispatch(service, name, {})).toMatchObject({ ok: false, error: { code: 'unknown_operation' } });
    }
    expect(service.calls).toEqual([]);
  });

  it('passes valid payloads through and keeps error codes', async () => {
    const service = spyService();
    expect(await dispatch(service, 'openDocument', { docId: 'abc123' })).toEqual({ ok: true, value: { ok: true } });
    expect(await dispatch(service, 'undo', { docId: 'abc123' })).toEqual({ ok: false, error: { code: 'nothing_to_undo' } });
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(await dispatch(service, 'history', { docId: 'abc123' })).toEqual({ ok: false, error: { code: 'internal' } });
    spy.mockRestore();
    expect(service.calls).toEqual(['openDocument', 'undo', 'history']);
  });
});
