// CLI entry of the web host (`npm run web -- [--data DIR] [--port N]`). Prints exactly one line
// on stdout — `Galley web host: http://127.0.0.1:<port>/?k=<one-time secret>` — which scripts and
// tests parse. That address is the only way in (session.ts), so it goes to our stdout and nowhere else.
// Ctrl-C / SIGTERM close the workspace (flushes the store, releases the lock) before exiting.
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { errorMessages, GalleyError } from '../../shared/errors';
import { openWorkspace, type Workspace } from '../service/workspace';
import { parseWebHostArgs } from './cli-args';
import { startWebServer, type WebServer } from './server';

const projectDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

function appVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(path.join(projectDir, 'package.json'), 'utf8')) as { version?: unknown };
    return typeof pkg.version === 'string' ? pkg.version : '0.0.0';
  } catch {
    return '0.0.0';
  }
}

/** Resolves to an exit code, or null while the server keeps running. */
async function main(): Promise<number | null> {
  const parsed = parseWebHostArgs(process.argv.slice(2), process.env, os.homedir());
  if (!parsed.ok) {
    console.error(`galley web: ${parsed.message}`);
    return 2;
  }
  const { dataDir, port } = parsed.args;
  const seedsDir = path.join(projectDir, 'seeds');
  const rendererDir = path.join(projectDir, 'dist', 'renderer');
  if (!existsSync(path.join(rendererDir, 'index.html'))) {
    console.error('galley web: the renderer is not built yet (run `npm run build:renderer`); the API still works.');
  }

  let workspace: Workspace;
  try {
    workspace = await openWorkspace(dataDir, {
      host: 'web',
      seedsDir: existsSync(seedsDir) ? seedsDir : null,
      version: appVersion(),
    });
  } catch (err) {
    if (err instanceof GalleyError && err.code === 'store_locked') {
      const m = errorMessages.store_locked;
      console.error(`galley web: ${m.zh} ${m.en} (${err.detail ?? dataDir})`);
      return 1;
    }
    throw err;
  }

  let server: WebServer;
  try {
    server = await startWebServer({ workspace, rendererDir, port });
  } catch (err) {
    await workspace.close();
    const code = (err as NodeJS.ErrnoException).code;
    console.error(`galley web: cannot listen on 127.0.0.1:${port}${code ? ` (${code})` : ''}`);
    return 1;
  }
  console.log(`Galley web host: ${server.launchUrl}`);

  let stopping = false;
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) return;
    stopping = true;
    // If closing hangs (a stuck disk), do not leave a zombie server behind.
    setTimeout(() => process.exit(1), 10_000).unref();
    void (async () => {
      let code = 0;
      try {
        await server.close();
      } catch {
        // Connections being torn down; the workspace still has to be closed.
      }
      try {
        await workspace.close();
      } catch (err) {
        console.error(`galley web: closing the library after ${signal} failed:`, err);
        code = 1;
      }
      process.exit(code);
    })();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  return null;
}

main().then(
  (code) => {
    if (code !== null) process.exit(code);
  },
  (err: unknown) => {
    console.error('galley web: failed to start:', err instanceof Error ? err.message : err);
    process.exit(1);
  },
);
