// Store write throughput for a ~1 MB document, against two references measured in the same run:
// a plain writeFile of the same JSON (no durability) and writeFile + fsync of one file.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Store } from '../../electron/service/store';
import { makeDoc, makeOperation } from '../unit/store/fixtures';

async function time(n: number, fn: (i: number) => Promise<void>): Promise<number> {
  await fn(-1);
  const t0 = performance.now();
  for (let i = 0; i < n; i++) await fn(i);
  return (performance.now() - t0) / n;
}

export async function bench(): Promise<void> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'galley-bench-'));
  try {
    const base = makeDoc('big', { text: '本报讯 市政府今天召开常务会议，研究部署春季农业生产和防汛准备工作。\n'.repeat(12000) });
    const story = base.stories[0]!;
    const doc = { ...base, log: Array.from({ length: 300 }, (_, i) => makeOperation(i, story)) };
    const json = JSON.stringify(doc);
    const mb = Buffer.byteLength(json) / 1e6;
    const store = await Store.open(path.join(dir, 'data'));
    const N = 40;
    const storeMs = await time(N, (i) => store.writeDoc({ ...doc, redoStack: [String(i)] }));
    const stringifyMs = await time(N, async () => void JSON.stringify(doc));
    const plainMs = await time(N, (i) => fs.writeFile(path.join(dir, 'plain.json'), JSON.stringify({ ...doc, redoStack: [String(i)] })));
    const fsyncMs = await time(N, async (i) => {
      const h = await fs.open(path.join(dir, 'synced.json'), 'w');
      await h.writeFile(JSON.stringify({ ...doc, redoStack: [String(i)] }));
      await h.sync();
      await h.close();
    });
    await store.close();
    const line = (name: string, ms: number) => `  ${name.padEnd(34)} ${ms.toFixed(2).padStart(7)} ms  ${(mb / (ms / 1000)).toFixed(0).padStart(5)} MB/s`;
    console.log(`store.writeDoc, ${mb.toFixed(2)} MB document, ${N} writes each`);
    console.log(line('JSON.stringify only', stringifyMs));
    console.log(line('reference: writeFile (no fsync)', plainMs));
    console.log(line('reference: writeFile + fsync', fsyncMs));
    console.log(line('store.writeDoc (durable)', storeMs));
    console.log(`  ratio writeDoc / (writeFile+fsync): ${(storeMs / fsyncMs).toFixed(2)}   writeDoc / writeFile: ${(storeMs / plainMs).toFixed(2)}`);
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

if (process.argv[1]?.endsWith('store.bench.ts')) void bench();
