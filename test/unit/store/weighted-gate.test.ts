import { describe, expect, it } from 'vitest';
import { WeightedGate } from '../../../electron/service/weighted-gate';

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe('WeightedGate', () => {
  it('runs jobs side by side while they fit, queues the rest in arrival order', async () => {
    const gate = new WeightedGate(10);
    const started: string[] = [];
    const release = { a: deferred(), b: deferred(), c: deferred(), d: deferred() };
    const job = (name: keyof typeof release, weight: number) =>
      gate.run(weight, async () => {
        started.push(name);
        await release[name].promise;
      });
    const all = [job('a', 6), job('b', 4), job('c', 8), job('d', 1)];
    await Promise.resolve();
    // a and b fill the gate; d would fit by weight but must not overtake c.
    expect(started).toEqual(['a', 'b']);
    expect(gate.load).toEqual({ used: 10, queued: 2 });
    release.a.resolve();
    await new Promise((r) => setTimeout(r, 0));
    expect(started).toEqual(['a', 'b']);
    release.b.resolve();
    await new Promise((r) => setTimeout(r, 0));
    expect(started).toEqual(['a', 'b', 'c', 'd']);
    release.c.resolve();
    release.d.resolve();
    await Promise.all(all);
    expect(gate.load).toEqual({ used: 0, queued: 0 });
  });

  it('runs a job heavier than the whole gate, alone, and frees its weight when it fails', async () => {
    const gate = new WeightedGate(10);
    await expect(gate.run(50, async () => 'ran')).resolves.toBe('ran');
    await expect(
      gate.run(5, async () => {
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(gate.load).toEqual({ used: 0, queued: 0 });
  });
});
