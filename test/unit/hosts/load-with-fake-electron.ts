// Loads an Electron-side module the way it runs in the app — bundled to CommonJS with the
// esbuild settings of scripts/build-electron.mjs, 'electron' left external — but hands it a
// fake 'electron' so its behaviour can be tested without the Electron binary. Every require
// the bundle makes is recorded; sandboxed code (the preload) may require nothing else.
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type BuildOptions } from 'esbuild';

export const root = path.resolve(__dirname, '..', '..', '..');

export interface BuildScript {
  buildConfigs: Array<BuildOptions & { entryPoints: string[]; outfile: string }>;
  buildElectron(outDir?: string): Promise<string[]>;
  MAIN_OUTFILE: string;
  PRELOAD_OUTFILE: string;
  OUT_DIR: string;
}

export async function loadBuildScript(): Promise<BuildScript> {
  return (await import(pathToFileURL(path.join(root, 'scripts', 'build-electron.mjs')).href)) as BuildScript;
}

const bundles = new Map<string, Promise<string>>();

async function bundle(entry: string): Promise<string> {
  const { buildConfigs } = await loadBuildScript();
  // The entry's own config; modules that are not entries (ipc.ts) get the main process's.
  const config = buildConfigs.find((c) => c.entryPoints[0] === entry) ?? buildConfigs[0]!;
  const result = await build({
    ...config,
    absWorkingDir: root,
    entryPoints: [path.join(root, entry)],
    outfile: path.join(root, 'dist', 'test-bundle', path.basename(config.outfile)),
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles![0]!.text;
}

export interface Loaded<T> {
  exports: T;
  required: string[];
}

export async function loadWithFakeElectron<T>(
  entry: string,
  electron: unknown,
  opts: { allowNode: boolean; dirname?: string },
): Promise<Loaded<T>> {
  if (!bundles.has(entry)) bundles.set(entry, bundle(entry));
  const code = await bundles.get(entry)!;
  const required: string[] = [];
  const realRequire = createRequire(path.join(root, entry));
  const fakeRequire = (id: string): unknown => {
    required.push(id);
    if (id === 'electron') return electron;
    if (!opts.allowNode) throw new Error(`sandboxed code may not require "${id}"`);
    return realRequire(id);
  };
  const dirname = opts.dirname ?? path.join(root, 'dist', 'electron');
  const module = { exports: {} as T };
  new Function('require', 'module', 'exports', '__filename', '__dirname', code)(
    fakeRequire,
    module,
    module.exports,
    path.join(dirname, `${path.basename(entry, '.ts')}.cjs`),
    dirname,
  );
  return { exports: module.exports, required };
}
