// `npm start`: run the desktop app when the Electron binary is there; otherwise say so in one
// line and run the web host instead, so the app is usable where the optional "electron"
// package could not download its binary (no access to GitHub).
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const projectDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(projectDir, 'package.json'));

/** The Electron executable, or null. require('electron') returns its path and throws when the package or binary is missing. */
function findElectron(env = process.env) {
  if (env.ELECTRON_PATH) return env.ELECTRON_PATH;
  try {
    const binary = require('electron');
    return typeof binary === 'string' && binary !== '' ? binary : null;
  } catch {
    return null;
  }
}

function run(command, args, env) {
  const child = spawn(command, args, { cwd: projectDir, stdio: 'inherit', env });
  // Ctrl-C reaches the child through the terminal's process group; a SIGTERM sent to us alone
  // is passed on so the child can close the library cleanly.
  const forward = (signal) => child.kill(signal);
  process.on('SIGINT', () => forward('SIGINT'));
  process.on('SIGTERM', () => forward('SIGTERM'));
  child.on('error', (err) => {
    console.error(`galley: could not start ${command}: ${err.message}`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

const extraArgs = process.argv.slice(2);
const electron = findElectron();
if (electron) {
  const env = { ...process.env };
  // Set in some shells/CI; it would make the binary behave as plain Node.
  delete env.ELECTRON_RUN_AS_NODE;
  run(electron, [projectDir, ...extraArgs], env);
} else {
  console.log('Electron binary not available (the optional "electron" package could not download it); starting the web host instead.');
  const tsxCli = require.resolve('tsx/cli');
  run(process.execPath, [tsxCli, path.join('electron', 'web', 'main.ts'), ...extraArgs], process.env);
}
