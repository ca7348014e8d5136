import { describe, expect, it } from 'vitest';
import { createCommitRegistry } from '../../../renderer/state/pending-commits';
import { createSerialQueue } from '../../../renderer/state/serial-queue';

/** A promise settled from outside, to play a request whose answer arrives when the test says. */
function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((ok, fail) => {
    resolve = ok;
    reject = fail;
  });
  return { promise, resolve, reject };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('the request queue', () => {
  it('sends a request only after the one before it was answered, even when the later one is quicker', async () => {
    const q = createSerialQueue();
    const sent: string[] = [];
    const answered: string[] = [];
    const slowEdit = deferred<string>();
    const edit = q.run(async () => {
      sent.push('edit');
      const v = await slowEdit.promise;
      answered.push(v);
      return v;
    });
    const undo = q.run(async () => {
      sent.push('undo');
      answered.push('undo');
      return 'undo';
    });
    await tick();
    expect(sent).toEqual(['edit']);
    expect(q.pending).toBe(2);
    slowEdit.resolve('edit');
    expect(await undo).toBe('undo');
    expect(await edit).toBe('edit');
    expect(sent).toEqual(['edit', 'undo']);
    expect(answered).toEqual(['edit', 'undo']);
    expect(q.pending).toBe(0);
  });

  it('keeps going after a failed request, and the failure reaches its own caller only', async () => {
    const q = createSerialQueue();
    const failing = q.run(async () => {
      throw new Error('not_found');
    });
    const next = q.run(async () => 'split');
    await expect(failing).rejects.toThrow('not_found');
    await expect(next).resolves.toBe('split');
  });

  it('is idle only once everything queued so far has settled', async () => {
    const q = createSerialQueue();
    const gate = deferred<void>();
    let done = false;
    void q.run(() => gate.promise.then(() => void (done = true)));
    let idle = false;
    void q.idle().then(() => (idle = true));
    await tick();
    expect(idle).toBe(false);
    gate.resolve();
    await q.idle();
    expect(done).toBe(true);
    expect(idle).toBe(true);
  });
});

describe('pending commits', () => {
  it('starts every registered commit synchronously, so what it queues goes ahead of the caller', async () => {
    const registry = createCommitRegistry();
    const q = createSerialQueue();
    const sent: string[] = [];
    let draft: string | null = '校对中的文字';
    // Like the body editor: queue the draft (if any) before the first await.
    registry.register(async () => {
      if (draft === null) return;
      const text = draft;
      draft = null;
      await q.run(async () => void sent.push(`edit:${text}`));
    });
    // Like change(): flush, then queue the toolbar's request.
    const change = (name: string) => {
      void registry.flush();
      return q.run(async () => void sent.push(name));
    };
    await Promise.all([change('split'), change('undo')]);
    expect(sent).toEqual(['edit:校对中的文字', 'split', 'undo']);
  });

  it('settles when every commit has, and never rejects for a failed one', async () => {
    const registry = createCommitRegistry();
    const gate = deferred<void>();
    let finished = false;
    registry.register(() => gate.promise.then(() => void (finished = true)));
    registry.register(() => Promise.reject(new Error('offline')));
    registry.register(() => {
      throw new Error('sync failure');
    });
    let flushed = false;
    const flushing = registry.flush().then(() => (flushed = true));
    await tick();
    expect(flushed).toBe(false);
    gate.resolve();
    await flushing;
    expect(finished).toBe(true);
  });

  it('stops calling a commit once it is unregistered', async () => {
    const registry = createCommitRegistry();
    let calls = 0;
    const off = registry.register(async () => void calls++);
    await registry.flush();
    off();
    await registry.flush();
    expect(calls).toBe(1);
  });
});
