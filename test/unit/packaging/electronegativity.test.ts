// scripts/electronegativity.mjs is a gate, so it must fail loudly: a deliberately bad app (no
// isolation or sandbox, a page over http, an unlisted eng-disable, a file the tool cannot
// parse) fails with each problem named; so do a run cut off by the time limit and a missing input.
// The real app is audited by `npm run lint:electron` itself.
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { root } from '../hosts/load-with-fake-electron';

let project: string;

const config = (inputs: string[]) => ({
  inputs,
  excludedChecks: [{ check: 'AvailableSecurityFixesGlobalCheck', reason: 'needs the network' }],
  inlineDisables: [],
  acceptedLow: [],
});

beforeEach(async () => {
  project = await mkdtemp(path.join(os.tmpdir(), 'galley-eng-'));
  await mkdir(path.join(project, 'electron'));
  await writeFile(path.join(project, 'package.json'), JSON.stringify({ name: 'bad', optionalDependencies: { electron: '40.8.5' } }));
  await writeFile(
    path.join(project, 'electron', 'main.js'),
    [
      "const { BrowserWindow } = require('electron');",
      'const win = new BrowserWindow({',
      '  webPreferences: {',
      '    nodeIntegration: true,',
      '    contextIsolation: false,',
      "    preload: 'preload.js', // eng-disable PRELOAD_JS_CHECK",
      '  },',
      '});',
      "win.loadURL('http://example.com/');",
      '',
    ].join('\n'),
  );
  await writeFile(path.join(project, 'electron', 'broken.ts'), 'export const = ;\n');
});

afterEach(async () => {
  await rm(project, { recursive: true, force: true });
});

function lint(env: Record<string, string> = {}): { status: number | null; output: string } {
  const r = spawnSync(process.execPath, [path.join(root, 'scripts', 'electronegativity.mjs'), '--project', project], {
    encoding: 'utf8',
    timeout: 200_000,
    env: { ...process.env, ...env },
  });
  return { status: r.status, output: `${r.stdout}\n${r.stderr}` };
}

describe('lint:electron', () => {
  it('fails on HIGH/MEDIUM findings, unlisted eng-disable comments and unparsed files', async () => {
    await writeFile(path.join(project, 'electronegativity.config.json'), JSON.stringify(config(['electron', 'package.json'])));
    const { status, output } = lint();
    expect(status, output).toBe(1);
    expect(output).toMatch(/HIGH \d+, MEDIUM \d+/);
    expect(output).toMatch(/- HIGH CONTEXT_ISOLATION_JS_CHECK at electron\/main\.js:5/);
    expect(output).toMatch(/- MEDIUM SANDBOX_JS_CHECK at electron\/main\.js:2/);
    expect(output).toMatch(/- MEDIUM HTTP_RESOURCES_JS_CHECK at electron\/main\.js:9/);
    expect(output).toContain('eng-disable PRELOAD_JS_CHECK at electron/main.js:6 is not listed');
    expect(output).toContain('could not parse electron/broken.ts, so it was not checked');
    expect(output).not.toContain('no HIGH or MEDIUM findings');
  }, 220_000);

  it('fails, rather than waiting or passing, when the tool does not finish in time', async () => {
    await writeFile(path.join(project, 'electronegativity.config.json'), JSON.stringify(config(['electron', 'package.json'])));
    const { status, output } = lint({ LINT_ELECTRON_TIME_LIMIT_MS: '50' });
    expect(status, output).toBe(1);
    expect(output).toContain('Electronegativity did not finish within 0.05 s');
  });

  it('fails when an input is missing, before running the tool', async () => {
    await writeFile(path.join(project, 'electronegativity.config.json'), JSON.stringify(config(['electron', 'renderer/index.html'])));
    const { status, output } = lint();
    expect(status, output).toBe(1);
    expect(output).toContain('input renderer/index.html does not exist');
  });
});
