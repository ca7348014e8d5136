// One fixture owns the app under test, on either host, with a fresh temp data folder per test.
// Specs never know which host they drive; they use roles and data-testid selectors only.
import { _electron, chromium, expect, test as base, type Browser, type ElectronApplication, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const root = resolve(import.meta.dirname, '../..');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const WEB_HOST_START_MS = 20_000;

/** The Electron binary, if this machine has one: ELECTRON_PATH, or the optional `electron` package's binary. */
export function electronBinary(): { path: string | null; reason: string } {
  if (process.env.ELECTRON_PATH) {
    return existsSync(process.env.ELECTRON_PATH)
      ? { path: process.env.ELECTRON_PATH, reason: '' }
      : { path: null, reason: `ELECTRON_PATH points at a missing file (${process.env.ELECTRON_PATH})` };
  }
  try {
    const p = createRequire(join(root, 'package.json'))('electron') as unknown;
    if (typeof p === 'string' && existsSync(p)) return { path: p, reason: '' };
    return { path: null, reason: 'the electron package is installed but its binary was not downloaded' };
  } catch {
    return { path: null, reason: 'no Electron binary: the optional "electron" package could not be installed here and ELECTRON_PATH is not set' };
  }
}

export interface DownloadedFile {
  name: string;
  bytes: Buffer;
}

export interface GalleyApp {
  page: Page;
  dataDir: string;
  /** Stops the app and starts it again on the same data folder. */
  restart(): Promise<void>;
  /** Runs an action that triggers downloads and returns the files it produced. */
  downloads(count: number, action: () => Promise<void>): Promise<DownloadedFile[]>;
}

interface Host {
  start(dataDir: string): Promise<Page>;
  stop(): Promise<void>;
  dispose(): Promise<void>;
  downloads(page: Page, count: number, action: () => Promise<void>): Promise<DownloadedFile[]>;
}

function webHost(): Host {
  let server: ChildProcess | null = null;
  let browser: Browser | null = null;
  return {
    async start(dataDir) {
      const child = spawn(join(root, 'node_modules/.bin/tsx'), ['electron/web/main.ts', '--data', dataDir, '--port', '0'], {
        cwd: root,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      server = child;
      const url = await new Promise<string>((ok, fail) => {
        let out = '';
        // A server that never prints its address (hung, or killed before it could) must fail the test, not hang it.
        const timer = setTimeout(() => {
          child.kill('SIGKILL');
          fail(new Error(`web host did not start within ${WEB_HOST_START_MS / 1000} s: ${out}`));
        }, WEB_HOST_START_MS);
        const onData = (b: Buffer) => {
          out += b.toString();
          const m = /Galley web host: (http:\/\/127\.0\.0\.1:\d+\/\?k=[0-9a-f]+)/.exec(out);
          if (m) {
            clearTimeout(timer);
            ok(m[1]!);
          }
        };
        child.stdout!.on('data', onData);
        child.stderr!.on('data', (b: Buffer) => (out += b.toString()));
        child.on('error', (err) => {
          clearTimeout(timer);
          fail(new Error(`web host could not be started: ${err.message}\n${out}`));
        });
        // Death by a signal reports code null and the signal separately.
        child.on('exit', (code, signal) => {
          clearTimeout(timer);
          fail(new Error(`web host exited (${signal ?? child.signalCode ?? code}): ${out}`));
        });
      });
      browser ??= await chromium.launch({
        executablePath: chromiumPath,
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
      });
      const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
      const page = await context.newPage();
      await page.goto(url);
      return page;
    },
    async stop() {
      for (const c of browser?.contexts() ?? []) await c.close();
      if (server && server.exitCode === null && server.signalCode === null) {
        const exited = new Promise((ok) => server!.once('exit', ok));
        server.kill('SIGTERM');
        await exited;
      }
      server = null;
    },
    async downloads(page, count, action) {
      const files: DownloadedFile[] = [];
      const done = new Promise<void>((ok) => {
        page.on('download', async (d) => {
          const path = await d.path();
          files.push({ name: d.suggestedFilename(), bytes: await readFile(path) });
          if (files.length === count) ok();
        });
      });
      await action();
      await done;
      page.removeAllListeners('download');
      return files;
    },
    // One Chromium serves the whole test, across restarts of the server.
    async dispose() {
      await browser?.close();
      browser = null;
    },
  };
}

function electronHost(binary: string, downloadDir: string): Host {
  let app: ElectronApplication | null = null;
  return {
    async start(dataDir) {
      app = await _electron.launch({
        executablePath: binary,
        // Chromium refuses to start as root without --no-sandbox (CI containers run as root). This
        // is only for launching the app under test; the shipped app keeps its sandbox.
        args: [...(process.platform === 'linux' && process.getuid?.() === 0 ? ['--no-sandbox'] : []), root],
        env: { ...process.env, GALLEY_DATA: dataDir, GALLEY_DOWNLOAD_DIR: downloadDir },
      });
      const page = await app.firstWindow();
      await page.setViewportSize({ width: 1440, height: 900 }).catch(() => undefined);
      return page;
    },
    async stop() {
      await app?.close();
      app = null;
    },
    async dispose() {},
    async downloads(_page, count, action) {
      const before = new Set(await readdir(downloadDir));
      await action();
      const deadline = Date.now() + 15_000;
      for (;;) {
        const names = (await readdir(downloadDir)).filter((n) => !before.has(n) && !n.endsWith('.crdownload'));
        if (names.length >= count) {
          return Promise.all(names.map(async (name) => ({ name, bytes: await readFile(join(downloadDir, name)) })));
        }
        if (Date.now() > deadline) throw new Error(`expected ${count} downloads, got ${names.length}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
  };
}

export const test = base.extend<{ app: GalleyApp }>({
  app: async ({}, use, testInfo) => {
    const kind = testInfo.project.metadata.host as 'web' | 'electron';
    let host: Host;
    const dataDir = await mkdtemp(join(tmpdir(), 'galley-e2e-'));
    if (kind === 'electron') {
      const bin = electronBinary();
      testInfo.skip(!bin.path, `Electron host not tested here: ${bin.reason}`);
      host = electronHost(bin.path!, await mkdtemp(join(tmpdir(), 'galley-dl-')));
    } else {
      host = webHost();
    }
    let page = await host.start(dataDir);
    const app: GalleyApp = {
      get page() {
        return page;
      },
      dataDir,
      async restart() {
        await host.stop();
        page = await host.start(dataDir);
      },
      downloads: (count, action) => host.downloads(page, count, action),
    };
    await use(app);
    if (testInfo.status !== testInfo.expectedStatus) {
      await page.screenshot({ path: testInfo.outputPath('failure.png') }).catch(() => undefined);
    }
    await host.stop();
    await host.dispose();
    await rm(dataDir, { recursive: true, force: true });
  },
});

export { expect } from '@playwright/test';

/** First start: wait for the app, give the editor's name (asked once, recorded on every operation). */
export async function signIn(app: GalleyApp, name: string): Promise<void> {
  await expect(app.page.getByTestId('app-ready')).toBeVisible();
  await app.page.getByTestId('editor-name-input').fill(name);
  await app.page.getByTestId('editor-name-save').click();
  await expect(app.page.getByTestId('editor-name')).toHaveText(name);
}
