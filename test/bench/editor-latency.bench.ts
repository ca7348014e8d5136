// Keystroke-to-paint in the correction editor on a 20,000-character story, in Chromium against
// the web host, for the side-by-side view, the inline view, a bare CodeMirror view (same body,
// lineWrapping only, in the editor's own box: the floor CodeMirror sets on this page) and a plain
// <textarea> with the same text on the same page, all measured in the same run.
//
// Measure: a Chrome trace is recorded while the keys are typed. For each key it gives Event
// Timing's keydown entry unrounded (key's hardware timestamp → presentation of the frame that
// shows it; the web API rounds this to 8 ms, which makes a textarea and an editor one frame
// slower indistinguishable) and the display's frame clock (viz begin-frame ticks). Keys are sent
// at random points of the frame, as a typist's land, one key per frame.
// - "keystroke-to-paint": the whole latency. It includes waiting for the next frame tick, 0–16.7 ms
//   at 60 Hz for any page (the textarea too), so its p95 is above 16 ms for everything here.
// - "tick-to-paint": from the first frame tick after the key to its paint, i.e. the time the page
//   takes to get the key on screen once a frame can carry it (input handling still running at the
//   tick counts). The target p95 < 16 ms is checked on this: every key painted within one frame.
// - "work": keydown → the editor has applied the key and layout is done (forced), in-page.
// The side-by-side and inline views are also typed in bursts with pauses (see Cadence), so that the
// proofreader's answers and the panel's update meet the keys; main-thread tasks of 50 ms or more are
// counted for every run. All runs are repeated in ROUNDS interleaved rounds and pooled (each round's
// p95 is printed too): one noisy spell on this shared machine moved a single run's p95 by ±3 ms.
// Build: uses dist/renderer as built (`npm run -s build:renderer` first after changing the renderer);
// builds it only when missing. Starts its own web host on a free port with a scratch data directory.
import { chromium, type Browser, type Page } from '@playwright/test';
import { build } from 'esbuild';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const KEYS = 200;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
type View = 'side' | 'inline' | 'bare' | 'textarea' | 'sideBursts' | 'inlineBursts';
const BODY_CHARS = 20_000;
const TARGET_P95_MS = 16;

const PHRASES = [
  '今年以来,全市围绕高质量发展主线持续发力',
  '各地因地制宜推进产业升级和城乡融合',
  '记者在现场看到,工人们正在紧张有序地施工',
  '相关负责人介绍,项目建成后将惠及周边群众',
  '一批重点工程相继开工,为经济增长注入新动能',
  '专家认为,这一做法为同类地区提供了可复制的经验',
  '村民们说,如今的日子越过越红火',
  '下一步,当地将继续优化营商环境,服务企业发展',
];

/** A page with one story whose body has about `chars` characters, in paragraphs of ~200. */
export function longStoryPage(chars: number): string {
  const paragraphs: string[] = [];
  let total = 0;
  for (let p = 0; total < chars; p++) {
    let para = '';
    for (let i = 0; para.length < 190; i++) para += PHRASES[(p * 3 + i * 5) % PHRASES.length] + (i % 2 ? '。' : ',');
    paragraphs.push(para);
    total += para.length;
  }
  return ['合成长稿：编辑器按键延迟测试', '', '本报记者 测试员', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n');
}

// A bare EditorView mounted in place of the app's editor, in the same box and styles. Bundled here
// and injected into the page; the app's own view is only hidden meanwhile.
const BARE_EDITOR = `
import { EditorView } from '@codemirror/view';
import { EditorState } from '@codemirror/state';
window.__mountBare = (text) => {
  const box = document.querySelector('[data-testid="merge-view"]');
  for (const c of box.children) c.style.display = 'none';
  const view = new EditorView({
    parent: box,
    state: EditorState.create({ doc: text, extensions: [EditorView.lineWrapping, EditorView.contentAttributes.of({ 'data-bench': 'bare' })] }),
  });
  window.__unmountBare = () => {
    view.destroy();
    for (const c of box.children) c.style.display = '';
  };
};`;

async function bareEditorScript(): Promise<string> {
  const out = await build({ stdin: { contents: BARE_EDITOR, resolveDir: root, loader: 'js' }, bundle: true, write: false, format: 'iife', minify: true, logLevel: 'silent' });
  return out.outputFiles[0]!.text;
}

interface Stats {
  p50: number;
  p95: number;
  max: number;
}

function stats(xs: number[]): Stats {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
  return { p50: at(0.5), p95: at(0.95), max: at(1) };
}

const fmt = (s: Stats) => `p50 ${s.p50.toFixed(1)} ms  p95 ${s.p95.toFixed(1)} ms  max ${s.max.toFixed(1)} ms`;

async function startHost(dataDir: string): Promise<{ url: string; stop(): Promise<void> }> {
  const child = spawn(join(root, 'node_modules/.bin/tsx'), ['electron/web/main.ts', '--data', dataDir, '--port', '0'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((ok, fail) => {
    let out = '';
    child.stdout!.on('data', (b: Buffer) => {
      out += b.toString();
      const m = /Galley web host: (http:\/\/127\.0\.0\.1:\d+\/\?k=[0-9a-f]+)/.exec(out);
      if (m) ok(m[1]!);
    });
    child.stderr!.on('data', (b: Buffer) => (out += b.toString()));
    child.on('exit', (code) => fail(new Error(`web host exited (${code}): ${out}`)));
  });
  return {
    url,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((ok) => child.once('exit', ok));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** Installs the in-page "work" probe; it starts at keydown, before any app handler. */
async function installProbe(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __work: number[]; __long: number[] };
    w.__work = [];
    w.__long = [];
    // Tasks of 50 ms or more (the Long Tasks API): a key that arrives meanwhile waits for them.
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__long.push(e.duration);
    }).observe({ type: 'longtask' });
    let pending = -1;
    window.addEventListener('keydown', () => (pending = performance.now()), { capture: true });
    // The editor applies typed text from a mutation observer, i.e. in the microtasks queued
    // before this listener's; two hops later its DOM is updated, then layout is forced.
    window.addEventListener('input', () => {
      const t0 = pending;
      pending = -1;
      if (t0 < 0) return;
      queueMicrotask(() =>
        queueMicrotask(() => {
          void document.documentElement.getBoundingClientRect().height;
          void (document.activeElement as HTMLElement | null)?.getBoundingClientRect().height;
          w.__work.push(performance.now() - t0);
        }),
      );
    });
  });
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  args?: { data?: { type?: string; duration?: number }; frame_time?: number; interval?: number };
}

interface KeyTimes {
  /** Keystroke-to-paint, ms. */
  paint: number[];
  /** From the first frame tick after the key to its paint, ms. */
  afterTick: number[];
}

/** Per keydown: Event Timing's duration unrounded, and the same from the next frame tick on. */
export function keyTimes(events: readonly TraceEvent[]): KeyTimes {
  const ticks = events
    .filter((e) => e.name === 'DelayBasedBeginFrameSource::OnTimerTick' && e.args?.frame_time)
    .map((e) => ({ at: e.args!.frame_time!, interval: e.args!.interval ?? 16_667 }))
    .sort((x, y) => x.at - y.at);
  const out: KeyTimes = { paint: [], afterTick: [] };
  for (const e of events) {
    if (e.name !== 'EventTiming' || e.ph !== 'b' || e.args?.data?.type !== 'keydown') continue;
    const paint = e.args.data.duration!;
    out.paint.push(paint);
    // The clock keeps its phase: the tick after the key is found from the last tick before it.
    let i = ticks.length - 1;
    while (i > 0 && ticks[i]!.at > e.ts) i--;
    const t = ticks[i];
    if (!t) continue;
    const next = t.at + Math.max(0, Math.ceil((e.ts - t.at) / t.interval)) * t.interval;
    out.afterTick.push(paint - (next - e.ts) / 1000);
  }
  return out;
}

interface Run extends KeyTimes {
  work: number[];
  /** Main-thread tasks of ≥ 50 ms during the run, ms. */
  long: number[];
}

/**
 * How keys follow each other. "stream": one key per frame, the editor's own cost with nothing
 * else going on. "bursts": a few keys, then a pause as long as a typist's between IME commits
 * (200–500 ms, longer than the 150 ms after which the proofreader re-reads the draft), so the
 * proofreader's answers and the panel's update land between and during keys, as they do in use.
 */
type Cadence = 'stream' | 'bursts';
const BURST_KEYS = 120;

async function typeKeys(page: Page, browser: Browser, cadence: Cadence = 'stream'): Promise<Run> {
  await page.evaluate(() => {
    const w = window as unknown as { __work: number[]; __long: number[] };
    w.__work = [];
    w.__long = [];
  });
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  // One key per frame, sent at a random point of it; never let keys queue up behind each other.
  const nextKey = () => page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, Math.random() * 14))));
  // Timed here, not in the page: a typist does not wait for the page to be idle before the next key.
  const pause = () => new Promise<void>((r) => setTimeout(r, 200 + Math.random() * 300));
  await browser.startTracing(page, { categories: ['devtools.timeline', 'viz'] });
  const keys = cadence === 'stream' ? KEYS : BURST_KEYS;
  for (let i = 0; i < keys; i++) {
    await page.keyboard.press(letters[i % letters.length]!);
    if (cadence === 'bursts' && i % 3 === 2) await pause();
    else await nextKey();
  }
  // The last key's entry is written after the paint it measures.
  await page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 100))));
  const trace = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
  const { work, long } = await page.evaluate(() => {
    const w = window as unknown as { __work: number[]; __long: number[] };
    return { work: w.__work, long: w.__long };
  });
  return { ...keyTimes(trace.traceEvents), work, long };
}

export async function bench(): Promise<void> {
  if (!existsSync(join(root, 'dist/renderer/index.html'))) {
    const r = spawnSync(join(root, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
    if (r.status !== 0) throw new Error('vite build failed');
  }
  const dataDir = await mkdtemp(join(tmpdir(), 'galley-bench-'));
  const host = await startHost(dataDir);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  try {
    // bypassCSP only so the bare reference editor can be injected; the app runs as served.
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN', bypassCSP: true });
    await page.goto(host.url);
    await page.getByTestId('app-ready').waitFor();
    await page.getByTestId('editor-name-input').fill('基准测试');
    await page.getByTestId('editor-name-save').click();
    const text = longStoryPage(BODY_CHARS);
    await page.getByTestId('file-input').setInputFiles({ name: 'long-story.txt', mimeType: 'text/plain', buffer: Buffer.from(text) });
    await page.getByTestId('doc-name').filter({ hasText: 'long-story.txt' }).waitFor();
    const editor = page.getByTestId('body-editor');
    await editor.locator('.cm-line').nth(3).waitFor();
    const bodyLength = await page.evaluate(() => {
      const s = document.querySelector('[data-testid="char-count"]')?.textContent ?? '';
      return Number(/\d+/.exec(s)?.[0] ?? 0);
    });

    await installProbe(page);
    const body = text.split('\n').slice(4).filter(Boolean).join('\n');
    await page.addScriptTag({ content: await bareEditorScript() });
    const runs: Record<View, Run[]> = { side: [], inline: [], bare: [], textarea: [], sideBursts: [], inlineBursts: [] };
    // Rounds interleave the four so that a noisy spell on this shared machine hits them alike.
    for (let round = 0; round < ROUNDS; round++) {
      await page.getByTestId('diff-mode-side').click();
      await editor.locator('.cm-line').nth(3).click();
      await page.keyboard.press('End');
      runs.side.push(await typeKeys(page, browser));
      runs.sideBursts.push(await typeKeys(page, browser, 'bursts'));
      await page.getByTestId('diff-mode-inline').click();
      await page.locator('[data-mode="inline"] .cm-line').nth(3).click();
      await page.keyboard.press('End');
      runs.inline.push(await typeKeys(page, browser));
      runs.inlineBursts.push(await typeKeys(page, browser, 'bursts'));

      await page.getByTestId('diff-mode-side').click();
      await editor.locator('.cm-line').nth(3).waitFor();
      await page.evaluate((b) => (window as unknown as { __mountBare(t: string): void }).__mountBare(b), body);
      await page.locator('[data-bench="bare"] .cm-line').nth(3).click();
      await page.keyboard.press('End');
      runs.bare.push(await typeKeys(page, browser));
      await page.evaluate(() => (window as unknown as { __unmountBare(): void }).__unmountBare());

      await page.evaluate((value) => {
        const ta = document.createElement('textarea');
        ta.value = value;
        ta.setAttribute('data-bench', 'reference');
        Object.assign(ta.style, { position: 'fixed', left: '10px', top: '60px', width: '560px', height: '600px', zIndex: '100' });
        document.body.append(ta);
        ta.focus();
        ta.setSelectionRange(400, 400);
      }, text);
      runs.textarea.push(await typeKeys(page, browser));
      await page.evaluate(() => document.querySelector('[data-bench="reference"]')?.remove());
    }
    const pooled = (rs: Run[]): Run => ({
      paint: rs.flatMap((r) => r.paint),
      afterTick: rs.flatMap((r) => r.afterTick),
      work: rs.flatMap((r) => r.work),
      long: rs.flatMap((r) => r.long),
    });
    const side = pooled(runs.side);
    const ref = pooled(runs.textarea);
    const perRound = (rs: Run[]) => rs.map((r) => stats(r.afterTick).p95.toFixed(1)).join(', ');

    console.log(
      `editor: story body ${bodyLength} characters (字); per run ${KEYS} keys one per frame ("stream") or ${BURST_KEYS} keys in threes with typing pauses ("bursts", the proofreader re-reading the draft meanwhile); ${ROUNDS} rounds of all runs pooled; keys at random points of the frame`,
    );
    const rows: Array<[string, View]> = [
      ['side by side', 'side'],
      ['inline', 'inline'],
      ['side, bursts', 'sideBursts'],
      ['inline, bursts', 'inlineBursts'],
      ['bare CodeMirror', 'bare'],
      ['<textarea>', 'textarea'],
    ];
    for (const [name, view] of rows) {
      const r = pooled(runs[view]);
      console.log(`  ${name.padEnd(15)} keystroke-to-paint: ${fmt(stats(r.paint))}   (${r.paint.length} keys traced)`);
      console.log(`  ${''.padEnd(15)} tick-to-paint     : ${fmt(stats(r.afterTick))}`);
      console.log(`  ${''.padEnd(15)} work              : ${fmt(stats(r.work))}`);
      console.log(`  ${''.padEnd(15)} tasks ≥ 50 ms     : ${r.long.length}${r.long.length ? ` (longest ${Math.max(...r.long).toFixed(0)} ms)` : ''}`);
    }
    console.log(`  tick-to-paint p95 per round: ${rows.map(([name, view]) => `${name} ${perRound(runs[view])}`).join('; ')}`);
    const refTick = stats(ref.afterTick).p95;
    for (const [name, view] of rows.slice(0, 4)) {
      const r = pooled(runs[view]);
      const p95 = stats(r.afterTick).p95;
      console.log(
        `  target tick-to-paint p95 < ${TARGET_P95_MS} ms, ${name}: ${p95 < TARGET_P95_MS ? 'met' : 'NOT met'} (${p95.toFixed(1)} ms; textarea ${refTick.toFixed(1)} ms, ×${(p95 / Math.max(refTick, 0.1)).toFixed(2)})`,
      );
    }
    const rawP95 = stats(side.paint).p95;
    console.log(
      `  keystroke-to-paint p95 (side by side) ${rawP95.toFixed(1)} ms vs textarea ${stats(ref.paint).p95.toFixed(1)} ms: both include up to one frame (16.7 ms) of waiting for the frame clock`,
    );
  } finally {
    await browser.close();
    await host.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}
