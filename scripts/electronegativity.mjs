// `npm run lint:electron`: Electronegativity's audit of the Electron side, made fit for a gate.
// Left to itself the tool can pass without having checked anything: it drops files it cannot
// parse, it fetches Electron's release list from GitHub and reports nothing when that fails,
// and it exits 0 whatever it finds. So this script
//   - copies the inputs of electronegativity.config.json (electron/, the renderer's index.html
//     with its CSP, package.json) into one folder, because the tool's global checks (CSP,
//     navigation limits, permission handler) only see what a single run sees;
//   - runs the tool in a child process with a hard time limit, the Electron version pinned in
//     package.json passed explicitly, and the network-only check excluded (see the config);
//   - fails on any HIGH or MEDIUM finding, on a LOW one the config does not accept with a
//     reason, on an eng-disable comment the config does not list, on any file the tool could not
//     parse, and when the tool did not finish or wrote no result.
// The built preload (dist/electron/preload.cjs) is not scanned: it is electron/preload.ts
// bundled with zod and shared/, which hold no Electron API, and minified past useful locations.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// `--project DIR` audits another folder with the same rules (the unit test's deliberately bad app).
const projectFlag = process.argv.indexOf('--project');
const projectDir = projectFlag > 0 ? path.resolve(process.argv[projectFlag + 1]) : path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const toolRequire = createRequire(import.meta.url);
const CONFIG_FILE = 'electronegativity.config.json';
// Generous: a run takes seconds. LINT_ELECTRON_TIME_LIMIT_MS changes it (a slow machine, the test).
const TIME_LIMIT_MS = Number(process.env.LINT_ELECTRON_TIME_LIMIT_MS) || 180_000;
const SCANNED = /\.(js|jsx|ts|tsx|html|htm)$/i;

class LintFailure extends Error {}

/** Stops the run; thrown rather than exiting so the staging folder is still removed. */
function fail(message) {
  throw new LintFailure(message);
}

/** Child mode: run the tool on `input` and write what it returns, as JSON, to `outFile`. */
async function scan(input, outFile, electronVersion, excluded) {
  const run = toolRequire('@doyensec/electronegativity');
  const result = await run(
    {
      input,
      isRelative: true,
      isVerbose: true,
      customScan: [],
      excludeFromScan: excluded,
      electronVersionOverride: electronVersion,
      parserPlugins: [],
    },
    false,
  );
  const issues = result.issues.map((i) => ({
    id: i.id,
    severity: i.severity.name,
    confidence: i.confidence.name,
    file: i.file,
    line: i.location.line,
    column: i.location.column,
    description: i.description,
    sample: typeof i.sample === 'string' ? i.sample : null,
    manualReview: Boolean(i.manualReview),
  }));
  writeFileSync(outFile, JSON.stringify({ atomicChecks: result.atomicChecks, globalChecks: result.globalChecks, errors: result.errors, issues }));
}

function readConfig() {
  const config = JSON.parse(readFileSync(path.join(projectDir, CONFIG_FILE), 'utf8'));
  for (const key of ['inputs', 'excludedChecks', 'inlineDisables', 'acceptedLow']) {
    if (!Array.isArray(config[key])) fail(`${CONFIG_FILE}: "${key}" must be a list`);
  }
  for (const entry of [...config.excludedChecks, ...config.inlineDisables, ...config.acceptedLow]) {
    if (typeof entry.reason !== 'string' || entry.reason.trim() === '') fail(`${CONFIG_FILE}: every entry needs a reason (${JSON.stringify(entry)})`);
  }
  return config;
}

function pinnedElectronVersion() {
  const pkg = JSON.parse(readFileSync(path.join(projectDir, 'package.json'), 'utf8'));
  const version = pkg.optionalDependencies?.electron ?? pkg.devDependencies?.electron ?? pkg.dependencies?.electron;
  if (typeof version !== 'string' || !/^\d+\.\d+\.\d+$/.test(version)) fail(`package.json must pin electron to an exact version (found ${version})`);
  return version;
}

function filesUnder(dir, rel = '') {
  const out = [];
  for (const name of readdirSync(path.join(dir, rel))) {
    const sub = path.join(rel, name);
    if (statSync(path.join(dir, sub)).isDirectory()) out.push(...filesUnder(dir, sub));
    else out.push(sub.split(path.sep).join('/'));
  }
  return out;
}

/** Every `eng-disable CHECK` comment in the scanned sources, as { check, file, line }. */
function inlineDisables(stage) {
  const found = [];
  for (const file of filesUnder(stage).filter((f) => SCANNED.test(f))) {
    readFileSync(path.join(stage, file), 'utf8')
      .split('\n')
      .forEach((text, i) => {
        const m = /(?:\/\/|\/\*|<!--)[ \t]*eng-disable[ \t]+([\w \t,]+)/i.exec(text);
        if (m) for (const check of m[1].trim().split(/[\s,]+/)) found.push({ check, file, line: i + 1 });
      });
  }
  return found;
}

function runTool(stage, electronVersion, excluded) {
  const outFile = path.join(stage, '..', 'result.json');
  const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--scan', stage, outFile, electronVersion, excluded.join(',')], {
    cwd: projectDir,
    // The tool's messages are in English only with this; other locales fall back to keys.
    env: { ...process.env, LANG: 'en-US' },
    encoding: 'utf8',
    timeout: TIME_LIMIT_MS,
    killSignal: 'SIGKILL',
  });
  if (child.error || child.signal) fail(`Electronegativity did not finish within ${TIME_LIMIT_MS / 1000} s (${child.error?.message ?? child.signal})`);
  if (child.status !== 0) fail(`Electronegativity failed (exit ${child.status}):\n${child.stderr || child.stdout}`);
  if (!existsSync(outFile)) fail('Electronegativity wrote no result');
  let result;
  try {
    result = JSON.parse(readFileSync(outFile, 'utf8'));
  } catch (err) {
    fail(`Electronegativity's result is not JSON: ${err.message}`);
  }
  if (!(result.atomicChecks > 0 && result.globalChecks > 0 && Array.isArray(result.issues) && Array.isArray(result.errors))) {
    fail(`Electronegativity ran no checks or returned no result: ${JSON.stringify(result).slice(0, 300)}`);
  }
  return result;
}

const accepts = (entry, issue) =>
  entry.id === issue.id && entry.file === issue.file && (entry.confidence === undefined || entry.confidence === issue.confidence);

function main() {
  const config = readConfig();
  const electronVersion = pinnedElectronVersion();
  const excluded = config.excludedChecks.map((e) => e.check);
  const work = mkdtempSync(path.join(os.tmpdir(), 'galley-electronegativity-'));
  const stage = path.join(work, 'app');
  try {
    for (const input of config.inputs) {
      if (!existsSync(path.join(projectDir, input))) fail(`input ${input} does not exist`);
      cpSync(path.join(projectDir, input), path.join(stage, input), { recursive: true });
    }
    const scanned = filesUnder(stage).filter((f) => SCANNED.test(f));
    const result = runTool(stage, electronVersion, excluded);

    const problems = [];
    for (const e of result.errors) {
      if (e.tolerable) console.warn(`  warning  ${path.relative(stage, e.file)}: ${e.message}`);
      else problems.push(`could not parse ${path.relative(stage, e.file)}, so it was not checked: ${e.message}`);
    }

    const counts = { HIGH: 0, MEDIUM: 0, LOW: 0, INFORMATIONAL: 0 };
    const lines = [];
    for (const issue of result.issues) {
      counts[issue.severity] = (counts[issue.severity] ?? 0) + 1;
      const where = issue.file === 'N/A' ? '(global)' : `${issue.file}:${issue.line}`;
      const accepted = issue.severity === 'LOW' ? config.acceptedLow.find((entry) => accepts(entry, issue)) : undefined;
      const verdict =
        issue.severity === 'HIGH' || issue.severity === 'MEDIUM' ? 'FAIL' : issue.severity === 'LOW' ? (accepted ? 'accepted' : 'FAIL') : 'info';
      lines.push(`  ${verdict.padEnd(8)} ${issue.severity}/${issue.confidence} ${issue.id}  ${where}\n           ${issue.description}`);
      if (accepted) lines.push(`           why accepted: ${accepted.reason}`);
      if (verdict === 'FAIL') problems.push(`${issue.severity} ${issue.id} at ${where}`);
    }
    for (const entry of config.acceptedLow) {
      if (!result.issues.some((issue) => issue.severity === 'LOW' && accepts(entry, issue))) {
        console.warn(`  note: the accepted ${entry.id} in ${entry.file} is no longer reported; remove it from ${CONFIG_FILE}`);
      }
    }

    const disables = inlineDisables(stage);
    for (const d of disables) {
      const listed = config.inlineDisables.find((entry) => entry.check.toUpperCase() === d.check.toUpperCase() && entry.file === d.file);
      if (listed) lines.push(`  disabled ${d.check}  ${d.file}:${d.line}\n           why: ${listed.reason}`);
      else problems.push(`eng-disable ${d.check} at ${d.file}:${d.line} is not listed, with a reason, in ${CONFIG_FILE}`);
    }
    for (const entry of config.inlineDisables) {
      if (!disables.some((d) => d.check.toUpperCase() === entry.check.toUpperCase() && d.file === entry.file)) {
        console.warn(`  note: no eng-disable ${entry.check} in ${entry.file} any more; remove it from ${CONFIG_FILE}`);
      }
    }

    console.log(
      `Electronegativity ${readPackageVersion()}: ${result.atomicChecks + result.globalChecks} checks over ${scanned.length} files ` +
        `(${config.inputs.join(', ')}), Electron ${electronVersion}, excluded: ${excluded.join(', ') || 'none'}`,
    );
    for (const line of lines) console.log(line);
    console.log(`  HIGH ${counts.HIGH}, MEDIUM ${counts.MEDIUM}, LOW ${counts.LOW}, INFORMATIONAL ${counts.INFORMATIONAL}`);
    if (problems.length > 0) fail(`${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    console.log('lint:electron: no HIGH or MEDIUM findings, every LOW one accepted with its reason');
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function readPackageVersion() {
  return toolRequire('@doyensec/electronegativity/package.json').version;
}

if (process.argv[2] === '--scan') {
  const [input, outFile, electronVersion, excluded] = process.argv.slice(3);
  scan(input, outFile, electronVersion, excluded ? excluded.split(',').map((c) => c.toLowerCase()) : []).catch((err) => {
    console.error(err?.stack ?? String(err));
    process.exit(1);
  });
} else {
  try {
    main();
  } catch (err) {
    if (!(err instanceof LintFailure)) throw err;
    console.error(`lint:electron: ${err.message}`);
    process.exitCode = 1;
  }
}
