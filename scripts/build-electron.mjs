// Bundles the Electron side: main process → dist/electron/main.cjs (package.json "main"),
// preload → dist/electron/preload.cjs. Everything except 'electron' itself is bundled in: the
// sandboxed preload can require nothing else, and lowdb is ESM-only while main is CommonJS.
// Run: node scripts/build-electron.mjs   (the packaging test imports the config from here)
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const projectDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export const OUT_DIR = 'dist/electron';
export const MAIN_OUTFILE = `${OUT_DIR}/main.cjs`;
export const PRELOAD_OUTFILE = `${OUT_DIR}/preload.cjs`;

const shared = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['electron'],
  logLevel: 'warning',
  legalComments: 'none',
};

// Bundled ESM code may read import.meta.url; in the CommonJS main it becomes main.cjs's URL.
const mainOnly = {
  define: { 'import.meta.url': '__galley_import_meta_url' },
  banner: { js: 'const __galley_import_meta_url = require("node:url").pathToFileURL(__filename).href;' },
};

// The sandboxed preload may require 'electron' and nothing else, so no banner here; minified
// because it carries the API contract (and with it zod) and is parsed on every window load.
const preloadOnly = { minify: true };

/** One esbuild config per output, paths relative to the project folder. */
export const buildConfigs = [
  { ...shared, ...mainOnly, entryPoints: ['electron/main.ts'], outfile: MAIN_OUTFILE },
  { ...shared, ...preloadOnly, entryPoints: ['electron/preload.ts'], outfile: PRELOAD_OUTFILE },
];

/** Builds into `outDir` (default dist/electron) and returns the absolute output paths. */
export async function buildElectron(outDir = path.join(projectDir, OUT_DIR)) {
  const outputs = [];
  for (const config of buildConfigs) {
    const outfile = path.join(outDir, path.basename(config.outfile));
    await build({
      ...config,
      absWorkingDir: projectDir,
      entryPoints: config.entryPoints.map((e) => path.join(projectDir, e)),
      outfile,
    });
    outputs.push(outfile);
  }
  return outputs;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  buildElectron().catch((err) => {
    console.error(`build-electron: ${err instanceof Error ? err.message : err}`);
    process.exit(1);
  });
}
