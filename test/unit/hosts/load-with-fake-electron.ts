// Loads an Electron-side module the way it runs in the app — bundled to CommonJS by esbuild
// with 'electron' left external — but hands it a fake 'electron' so its behaviour can be
// tested without the Electron binary. Any other require (there should be none in the preload)
// is reported through `required`.
import { createRequire } from 'node:module';
import path from 'node:path';
import { build } from 'esbuild';

const root = path.resolve(__dirname, '..', '..', '..');

export interface Loaded<T> {
  exports: T;
  required: string[];
  code: string;
}

export async function loadWithFakeElectron<T>(entry: string, electron: unknown, opts: { allowNode: boolean }): Promise<Loaded<T>> {
  const result = await build({
    entryPoints: [path.join(root, entry)],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['electron'],
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.text;
  const required: string[] = [];
  const realRequire = createRequire(path.join(root, entry));
  const fakeRequire = (id: string): unknown => {
    required.push(id);
    if (id === 'electron') return electron;
    if (!opts.allowNode) throw new Error(`sandboxed code may not require "${id}"`);
    return realRequire(id);
  };
  const module = { exports: {} as T };
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- evaluating our own bundle
  new Function('require', 'module', 'exports', '__filename', '__dirname', code)(fakeRequire, module, module.exports, entry, root);
  return { exports: module.exports, required, code };
}
