// Keystroke latency in the correction editor on a 20,000-character story, in Chromium against
// the web host. For each key: "work" is keydown → the editor has applied the key and layout is
// done (forced); "frame" is keydown → the next frame painted (includes waiting for vsync, up to ~16.7 ms
// at 60 Hz). The reference is the same keys typed into a plain <textarea> holding the same text
// on the same page, measured in the same run. Target: work p95 < 16 ms. A second, fairer reference
// is a bare CodeMirror EditorView (same body, lineWrapping only) put in the editor's own box: the
// floor CodeMirror itself sets in this browser, which the app's editor should match.
import { chromium, type Page } from '@playwright/test';
import { build } from 'esbuild';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const KEYS = 200;
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
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
  return { p50: at(0.5), p95: at(0.95), max: s[s.length - 1]! };
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);

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
      const m = /Galley web host: (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
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

/** Installs the per-key probes: both measures start at keydown, before any app handler. */
async function installProbe(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __lat: { work: number[]; frame: number[] }; __slow: number[] };
    w.__lat = { work: [], frame: [] };
    // Chromium's own keystroke-to-paint measure (Event Timing API: from the key's hardware timestamp
    // to the next paint after its handlers, the basis of INP). The API only reports events of 16 ms
    // or more, so a key that never shows up here painted in under 16 ms.
    w.__slow = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.name === 'keydown') w.__slow.push(e.duration);
    }).observe({ type: 'event', durationThreshold: 16 } as PerformanceObserverInit);
    window.addEventListener(
      'keydown',
      () => {
        const t0 = performance.now();
        pending = t0;
        requestAnimationFrame(() => setTimeout(() => w.__lat.frame.push(performance.now() - t0), 0));
      },
      { capture: true },
    );
    // The editor applies typed text from a mutation observer, i.e. in the microtasks queued
    // before this listener's; two hops later its DOM is updated, then layout is forced.
    let pending = -1;
    window.addEventListener('input', () => {
      const t0 = pending;
      pending = -1;
      if (t0 < 0) return;
      queueMicrotask(() =>
        queueMicrotask(() => {
          void document.documentElement.getBoundingClientRect().height;
          void (document.activeElement as HTMLElement | null)?.getBoundingClientRect().height;
          w.__lat.work.push(performance.now() - t0);
        }),
      );
    });
  });
}

async function typeKeys(page: Page): Promise<{ work: number[]; frame: number[]; slow: number[] }> {
  await page.evaluate(() => {
    const w = window as unknown as { __lat: { work: number[]; frame: number[] }; __slow: number[] };
    w.__lat = { work: [], frame: [] };
    w.__slow = [];
  });
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  for (let i = 0; i < KEYS; i++) {
    await page.keyboard.press(letters[i % letters.length]!);
    // One key per frame, as a fast typist would; never let keys queue up behind each other.
    await page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 0))));
  }
  // Event Timing entries are delivered after the paint they measure; give the last key's a frame.
  await page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 50))));
  return page.evaluate(() => {
    const w = window as unknown as { __lat: { work: number[]; frame: number[] }; __slow: number[] };
    return { ...w.__lat, slow: w.__slow };
  });
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
    await editor.locator('.cm-line').nth(3).click();
    await page.keyboard.press('End');
    const cm = await typeKeys(page);
    // The same in the inline-changes view (one editor instead of two kept aligned).
    await page.getByTestId('diff-mode-inline').click();
    await page.locator('[data-mode="inline"] .cm-line').nth(3).click();
    await page.keyboard.press('End');
    const inline = await typeKeys(page);

    // The floor: a bare CodeMirror view with the same body, in the side-by-side editor's box.
    await page.getByTestId('diff-mode-side').click();
    await editor.locator('.cm-line').nth(3).waitFor();
    await page.addScriptTag({ content: await bareEditorScript() });
    const body = text.split('\n').slice(4).filter(Boolean).join('\n');
    await page.evaluate((b) => (window as unknown as { __mountBare(t: string): void }).__mountBare(b), body);
    await page.locator('[data-bench="bare"] .cm-line').nth(3).click();
    await page.keyboard.press('End');
    const bare = await typeKeys(page);
    await page.evaluate(() => (window as unknown as { __unmountBare(): void }).__unmountBare());

    // The reference: a plain textarea with the same text, on the same page.
    await page.evaluate((value) => {
      const ta = document.createElement('textarea');
      ta.value = value;
      ta.setAttribute('data-bench', 'reference');
      Object.assign(ta.style, { position: 'fixed', left: '10px', top: '60px', width: '560px', height: '600px', zIndex: '100' });
      document.body.append(ta);
      ta.focus();
      ta.setSelectionRange(400, 400);
    }, text);
    const ref = await typeKeys(page);

    const cmWork = stats(cm.work);
    const cmFrame = stats(cm.frame);
    const refWork = stats(ref.work);
    const refFrame = stats(ref.frame);
    console.log(`editor: story body ${bodyLength} characters (字), ${KEYS} keys typed per run; side-by-side view unless noted`);
    console.log(`  CodeMirror  work : ${fmt(cmWork)}`);
    console.log(`  CodeMirror  frame: ${fmt(cmFrame)}`);
    console.log(`  inline view work : ${fmt(stats(inline.work))}`);
    console.log(`  inline view frame: ${fmt(stats(inline.frame))}`);
    console.log(`  bare CM     work : ${fmt(stats(bare.work))}`);
    console.log(`  bare CM     frame: ${fmt(stats(bare.frame))}`);
    console.log(`  <textarea>  work : ${fmt(refWork)}`);
    console.log(`  <textarea>  frame: ${fmt(refFrame)}`);
    console.log(
      `  ratio to textarea (p95): work ×${(cmWork.p95 / Math.max(refWork.p95, 0.1)).toFixed(2)}, frame ×${(cmFrame.p95 / Math.max(refFrame.p95, 0.1)).toFixed(2)}`,
    );
    // When every key is reported (headless Chromium paints on a 60 Hz clock, so even a textarea
    // waits for the next frame), the entries give the whole distribution, rounded to 8 ms by the browser.
    const paint = (name: string, r: { slow: number[] }) => {
      const p95 = r.slow.length >= KEYS ? `p95 ${stats(r.slow).p95.toFixed(0)} ms` : r.slow.length / KEYS < 0.05 ? 'p95 < 16 ms' : 'p95 ≥ 16 ms';
      // The share painted in the first frame after the key (reported as 16 ms or not at all) says
      // more than a p95 that can only move in 8 ms steps.
      const nextFrame = KEYS - r.slow.filter((d) => d > 16).length;
      console.log(
        `  ${name} keystroke-to-paint (Event Timing): ${r.slow.length}/${KEYS} keys ≥ 16 ms; ${p95}; next frame ${Math.max(0, nextFrame)}/${KEYS}; mean ${mean(r.slow).toFixed(1)} ms`,
      );
      return r.slow.length / KEYS < 0.05 ? 0 : r.slow.length >= KEYS ? stats(r.slow).p95 : 16;
    };
    // p95 over every key, counting a key with no entry as under 16 ms (it painted in time).
    const p95All = (r: { slow: number[] }) => {
      const all = [...r.slow, ...Array<number>(Math.max(0, KEYS - r.slow.length)).fill(8)];
      return stats(all).p95;
    };
    const cmPaint = paint('CodeMirror ', cm);
    paint('inline view', inline);
    const barePaint = paint('bare CM    ', bare);
    const refPaint = paint('<textarea> ', ref);
    void barePaint;
    console.log(
      `  Event Timing p95 over all keys: side by side ${p95All(cm)} ms, inline ${p95All(inline)} ms, bare CodeMirror ${p95All(bare)} ms, <textarea> ${p95All(ref)} ms`,
    );
    console.log(
      `  target keystroke-to-paint p95 < ${TARGET_P95_MS} ms (side by side): ${cmPaint < TARGET_P95_MS ? 'met' : 'NOT met'}` +
        (refPaint >= TARGET_P95_MS ? ` — the plain textarea does not meet it either here (p95 ${refPaint.toFixed(0)} ms): this browser paints on a fixed frame clock` : ''),
    );
    console.log(`  target work p95 < ${TARGET_P95_MS} ms: ${cmWork.p95 < TARGET_P95_MS ? 'met' : 'NOT met'}`);
  } finally {
    await browser.close();
    await host.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}
