// Export 1,000 approved stories (the seed page's seven, repeated with their suggested tags) to
// every format, one file per story, and report each format's time and its ratio to a plain
// JSON.stringify of the same stories measured in the same run. Target: < 5 s for all formats.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderDocx } from '../../electron/service/export/docx';
import { renderFiles } from '../../electron/service/export/render';
import { exportFormats, type ExportContext } from '../../shared/export';
import type { Story } from '../../shared/model';
import { segment } from '../../shared/segment';
import { storyFromSegment } from '../../shared/story-ops/story-factory';
import { suggestTags } from '../../shared/tags';

const STORIES = 1000;
const TARGET_MS = 5000;

function approvedStories(): Story[] {
  const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
  const text = readFileSync(resolve(root, 'seeds', '000_fd21b5ce20d5087d.txt'), 'utf8').replace(/\r\n?/g, '\n');
  const seed = segment(text);
  return Array.from({ length: STORIES }, (_, i) => {
    const s = seed[i % seed.length]!;
    const story = storyFromSegment(s, `s${i + 1}`);
    return {
      ...story,
      tags: suggestTags({ edited: story.edited, kind: s.kind }).map((x) => x.tag),
      status: 'approved' as const,
      approval: { by: 'bench', at: '2024-01-08T09:00:00.000Z', hash: 'x' },
    };
  });
}

const SLOW_SAMPLE = 50;

const fmtMs = (ms: number) => `${ms.toFixed(0).padStart(6)} ms`;
const ratio = (ms: number, refMs: number) => `×${(ms / refMs).toFixed(1)} reference`;

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
      `  ${format.padEnd(7)} ${fmtMs(ms)}  ${((STORIES / ms) * 1000).toFixed(0).padStart(7)} stories/s  ${(bytes / 1e6).toFixed(1).padStart(6)} MB  ${ratio(ms, refMs)}`,
    );
  }
  // For scale, not in the total: DOCX as one document, and the old way (a whole docx package per
  // story, ~12 ms each even when empty) timed on a sample and scaled to the batch.
  const bundleStart = performance.now();
  await renderFiles(stories, 'docx', ctx, { bundle: true });
  const bundleMs = performance.now() - bundleStart;
  const slowStart = performance.now();
  for (const s of stories.slice(0, SLOW_SAMPLE)) await renderDocx([s], ctx);
  const slowMs = ((performance.now() - slowStart) / SLOW_SAMPLE) * STORIES;
  process.stdout.write(
    [
      `export: ${STORIES} approved stories, one file each (reference JSON.stringify: ${refMs.toFixed(1)} ms, ${(refBytes / 1e6).toFixed(1)} MB)`,
      ...rows,
      `  total   ${fmtMs(total)}  ${ratio(total, refMs)}`,
      `  not in the total: docx as one bundle document ${bundleMs.toFixed(0)} ms (${ratio(bundleMs, refMs)}); docx one package per story, est. from ${SLOW_SAMPLE}: ${slowMs.toFixed(0)} ms (${ratio(slowMs, refMs)})`,
      `  target: all formats < ${TARGET_MS} ms: ${total < TARGET_MS ? 'PASS' : 'FAIL'} (${total.toFixed(0)} ms)`,
    ].join('\n') + '\n',
  );
}

// Runnable on its own: `npx tsx test/bench/export.bench.ts`.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await bench();
}
