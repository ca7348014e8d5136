// Command line of the web host: `[--data DIR] [--port N]` (also `--data=DIR`, `--port=N`).
import path from 'node:path';

export interface WebHostArgs {
  dataDir: string;
  port: number;
}

export type ParsedArgs = { ok: true; args: WebHostArgs } | { ok: false; message: string };

export const USAGE = 'usage: tsx electron/web/main.ts [--data DIR] [--port N]';

/** Data folder: --data, else $GALLEY_DATA, else ~/.galley. Port: --port, else 0 (any free port). */
export function parseWebHostArgs(argv: readonly string[], env: NodeJS.ProcessEnv, home: string): ParsedArgs {
  let data: string | undefined;
  let port: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (flag !== '--data' && flag !== '--port') return { ok: false, message: `unknown argument "${arg}"; ${USAGE}` };
    const value = inline ?? argv[++i];
    if (value === undefined || value === '') return { ok: false, message: `${flag} needs a value; ${USAGE}` };
    if (flag === '--data') data = value;
    else port = value;
  }
  let portNumber = 0;
  if (port !== undefined) {
    if (!/^\d{1,5}$/.test(port) || Number(port) > 65535) return { ok: false, message: `--port must be 0–65535, got "${port}"` };
    portNumber = Number(port);
  }
  const fromEnv = env.GALLEY_DATA && env.GALLEY_DATA.trim() !== '' ? env.GALLEY_DATA : undefined;
  const dataDir = path.resolve(data ?? fromEnv ?? path.join(home, '.galley'));
  return { ok: true, args: { dataDir, port: portNumber } };
}
