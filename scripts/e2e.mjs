// Runs the Playwright specs on both hosts. The Electron project needs a display on Linux:
// when an Electron binary is present and there is no DISPLAY, the run goes under xvfb-run.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

function electronBinary() {
  if (process.env.ELECTRON_PATH) return existsSync(process.env.ELECTRON_PATH) ? process.env.ELECTRON_PATH : null;
  try {
    const p = createRequire(import.meta.url)('electron');
    return typeof p === 'string' && existsSync(p) ? p : null;
  } catch {
    return null;
  }
}

const args = ['playwright', 'test', ...process.argv.slice(2)];
const needsDisplay = process.platform === 'linux' && !process.env.DISPLAY && electronBinary() !== null;
const hasXvfb = spawnSync('sh', ['-c', 'command -v xvfb-run'], { stdio: 'ignore' }).status === 0;
const [cmd, cmdArgs] = needsDisplay && hasXvfb ? ['xvfb-run', ['-a', 'npx', ...args]] : ['npx', args];
if (needsDisplay && !hasXvfb) console.warn('e2e: no DISPLAY and no xvfb-run; the Electron project may fail to open a window');
const r = spawnSync(cmd, cmdArgs, { stdio: 'inherit' });
process.exit(r.status ?? 1);
