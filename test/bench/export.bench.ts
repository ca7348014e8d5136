// Export 1,000 approved stories (the seed page's seven, repeated with their suggested tags) to
// every format, one file per story, and report each format's time and its ratio to a plain
// JSON.stringify of the same stories measured in the same run. Target: < 5 s for all formats.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderFiles } from '../../electron/service/export/render';
import { exportFormats, type ExportContext } from '../../shared/export';
import type { Story } from '../../shared/model';
import { segment, toFields } from '../../shared/segment';
import { suggestTags } from '../../shared/tags';

const STORIES = 1000;
const TARGET_MS = 5000;

function approvedStories(): Story[] {
  const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
  const text = readFileSync(resolve(root, 'seeds', '000_fd21b5ce20d5087d.txt'), 'utf8').replace(/\r\n?/g, '\n');
  const seed = segment(text);
  return Array.from({ length: STORIES }, (_, i) => {
    const s = seed[i % seed.length]!;
    const fields = toFields(s);
    return {
      id: `s${i + 1}`,
      startLine: s.startLine,
      endLine: s.endLine,
      kind: s.kind,
      original: fields,
      edited: toFields(s),
      tags: suggestTags({ edited: fields, kind: s.kind }).map((x) => x.tag),
      status: 'approved',
      approval: { by: 'bench', at: '2024-01-08T09:00:00.000Z', hash: 'x' },
      rejection: null,
      flags: [],
      conflicts: [],
    };
  });
}

export async function bench(): Promise<void> {
  const stories = approvedStories();
  const ctx: ExportContext = { docName: 'bench.txt', docId: 'bench', exportedAt: new Date().toISOString() };
  const encoder = new TextEncoder();

  const refStart = performance.now();
  let refBytes = 0;
  for (const s of stories) refBytes += encoder.encode(JSON.stringify(s)).byteLength;
  const refMs = Math.max(performance.now() - refStart, 0.001);

  let total = 0;
  const rows: string[] = [];
  for (const format of exportFormats) {
    const start = performance.now();
    const files = await renderFiles(stories, format, ctx, { bundle: false });
    const ms = performance.now() - start;
    total += ms;
    const bytes = files.reduce((n, f) => n + f.bytes.byteLength, 0);
    rows.push(
      `  ${format.padEnd(7)} ${ms.toFixed(0).padStart(6)} ms  ${((STORIES / ms) * 1000).toFixed(0).padStart(7)} stories/s  ${(bytes / 1e6).toFixed(1).padStart(6)} MB  ×${(ms / refMs).toFixed(0)} reference`,
    );
  }
  // DOCX per file is bound by docx's Packer (~10 ms per package even when empty); the bundle shows the per-story cost.
  const bundleStart = performance.now();
  await renderFiles(stories, 'docx', ctx, { bundle: true });
  const bundleMs = performance.now() - bundleStart;
  rows.push(`  docx as one bundle document: ${bundleMs.toFixed(0)} ms  ×${(bundleMs / refMs).toFixed(0)} reference (not in the total)`);
  process.stdout.write(
    [
      `export: ${STORIES} approved stories, one file each (reference JSON.stringify: ${refMs.toFixed(1)} ms, ${(refBytes / 1e6).toFixed(1)} MB)`,
      ...rows,
      `  total   ${total.toFixed(0).padStart(6)} ms  (target < ${TARGET_MS} ms: ${total < TARGET_MS ? 'met' : 'MISSED'})`,
    ].join('\n') + '\n',
  );
}

// Runnable on its own: `npx tsx test/bench/export.bench.ts`.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await bench();
}
