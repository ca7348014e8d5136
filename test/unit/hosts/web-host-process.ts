// The web host run as a real process, for tests that need what only a process shows (the OS
// user it answers, its peak memory, that a blocked event loop fails the test rather than the
// runner): start it on a data folder, wait for its one launch line, and open a session the way
// the browser does.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { rawRequest } from './http-client';

const root = path.resolve(__dirname, '..', '..', '..');
const tsxCli = path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const LINE = /^Galley web host: (http:\/\/127\.0\.0\.1:(\d+)\/\?k=[0-9a-f]{64})$/m;
const START_MS = 30_000;

export interface HostProcess {
  child: ChildProcess;
  /** The printed address with its one-time secret. */
  launchUrl: string;
  port: number;
  exited: Promise<number | null>;
  stderr(): string;
  /** Sends `signal` and resolves with the exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/**
 * `inOneProcess`: run under `node --import tsx`, so the pid is the host itself (the tsx CLI
 * would start it as a child), for tests that read the host's own /proc entry.
 */
export async function startHostProcess(dataDir: string, opts: { inOneProcess?: boolean } = {}): Promise<HostProcess> {
  const args = opts.inOneProcess ? ['--import', 'tsx', 'electron/web/main.ts'] : [tsxCli, 'electron/web/main.ts'];
  const child = spawn(process.execPath, [...args, '--data', dataDir, '--port', '0'], {
    cwd: root,
    env: { ...process.env, GALLEY_DATA: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout!.on('data', (c: Buffer) => (out += c.toString('utf8')));
  child.stderr!.on('data', (c: Buffer) => (err += c.toString('utf8')));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const deadline = Date.now() + START_MS;
  for (;;) {
    const m = LINE.exec(out);
    if (m) {
      return {
        child,
        launchUrl: m[1]!,
        port: Number(m[2]),
        exited,
        stderr: () => err,
        async stop(signal = 'SIGTERM') {
          if (child.exitCode === null && child.signalCode === null) child.kill(signal);
          return exited;
        },
      };
    }
    if (child.exitCode !== null) throw new Error(`web host exited: ${err}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`no launch line within ${START_MS / 1000} s; stdout=${out} stderr=${err}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Follows the launch address once, as the browser does: the session cookie and the API token. */
export async function openSession(launchUrl: string): Promise<{ cookie: string; token: string; status: number }> {
  const launch = new URL(launchUrl);
  const res = await rawRequest(Number(launch.port), { path: launch.pathname + launch.search });
  const set = res.headers['set-cookie'];
  const location = String(res.headers.location ?? '');
  return {
    status: res.status,
    cookie: set === undefined ? '' : (Array.isArray(set) ? set[0]! : String(set)).split(';', 1)[0]!,
    token: new URLSearchParams(location.slice(location.indexOf('#') + 1)).get('token') ?? '',
  };
}
