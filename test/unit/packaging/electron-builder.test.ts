// The packaging config agrees with what the build produces: package.json "main" is the main
// bundle, `files` covers the renderer and Electron bundles, the preload the window loads is
// built, every icon exists and is what its extension says, the Electron fuses are the hardened
// set, and the config passes electron-builder's own schema.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { builtinModules, createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBuildScript, root, type BuildScript } from '../hosts/load-with-fake-electron';

const require = createRequire(path.join(root, 'package.json'));
const yaml = require('js-yaml') as { load(text: string): unknown };
const { minimatch } = require('minimatch') as { minimatch(file: string, pattern: string, opts?: { dot?: boolean }): boolean };

interface BuilderConfig {
  appId: string;
  productName: string;
  electronVersion: string;
  asar: boolean;
  directories: { output: string; buildResources: string };
  files: string[];
  linux: { target: string[]; category: string; icon: string };
  win: { target: string; icon: string };
  mac: { target: string; icon: string };
  electronFuses: Record<string, boolean>;
}

const config = yaml.load(readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as BuilderConfig;
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  main: string;
  optionalDependencies: Record<string, string>;
};

/** Whether electron-builder's `files` patterns take a project-relative file. */
function packaged(file: string): boolean {
  let included = false;
  for (const pattern of config.files) {
    if (pattern.startsWith('!')) {
      if (minimatch(file, pattern.slice(1), { dot: true })) included = false;
    } else if (minimatch(file, pattern, { dot: true })) included = true;
  }
  return included;
}

// ---- image formats, checked by their bytes ----
const PNG_MAGIC = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function pngSize(buf: Buffer): { width: number; height: number } {
  expect(buf.subarray(0, 8).equals(PNG_MAGIC)).toBe(true);
  expect(buf.toString('ascii', 12, 16)).toBe('IHDR');
  expect(buf.toString('ascii', buf.length - 8, buf.length - 4)).toBe('IEND');
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

function icoEntries(buf: Buffer): Array<{ size: number; png: Buffer }> {
  expect(buf.readUInt16LE(0)).toBe(0);
  expect(buf.readUInt16LE(2)).toBe(1);
  const count = buf.readUInt16LE(4);
  expect(count).toBeGreaterThan(0);
  return Array.from({ length: count }, (_, i) => {
    const e = 6 + 16 * i;
    const length = buf.readUInt32LE(e + 8);
    const offset = buf.readUInt32LE(e + 12);
    expect(offset + length).toBeLessThanOrEqual(buf.length);
    return { size: buf[e] === 0 ? 256 : buf[e]!, png: buf.subarray(offset, offset + length) };
  });
}

function icnsEntries(buf: Buffer): Array<{ type: string; png: Buffer }> {
  expect(buf.toString('ascii', 0, 4)).toBe('icns');
  expect(buf.readUInt32BE(4)).toBe(buf.length);
  const out: Array<{ type: string; png: Buffer }> = [];
  for (let at = 8; at < buf.length; ) {
    const length = buf.readUInt32BE(at + 4);
    expect(length).toBeGreaterThan(8);
    out.push({ type: buf.toString('ascii', at, at + 4), png: buf.subarray(at + 8, at + length) });
    at += length;
  }
  return out;
}

describe('electron-builder.yml', () => {
  it('passes electron-builder’s own configuration schema', async () => {
    const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
      validateConfiguration(c: unknown, logger: unknown): Promise<void>;
    };
    const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
    // The validator is live: it rejects an unknown key.
    await expect(validateConfiguration({ ...config, linux: { ...config.linux, bogusKey: 1 } }, new DebugLogger(false))).rejects.toThrow();
  });

  it('flips the hardening fuses, under the names electron-builder knows and passes to @electron/fuses', async () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      // The renderer is on app://, so file:// pages get no more than a browser gives them.
      grantFileProtocolExtraPrivileges: false,
    });
    // The asar fuses mean nothing without an archive.
    expect(config.asar).toBe(true);
    const schema = JSON.parse(readFileSync(require.resolve('app-builder-lib/scheme.json'), 'utf8')) as {
      definitions: { FuseOptionsV1: { properties: Record<string, unknown>; additionalProperties: boolean } };
    };
    expect(schema.definitions.FuseOptionsV1.additionalProperties).toBe(false);
    for (const key of Object.keys(config.electronFuses)) expect(schema.definitions.FuseOptionsV1.properties, key).toHaveProperty(key);

    // What electron-builder would write into the binary, by @electron/fuses' own option numbers.
    const { PlatformPackager } = require('app-builder-lib') as {
      PlatformPackager: { prototype: { generateFuseConfig(fuses: unknown): Promise<Record<string, unknown>> } };
    };
    const { FuseV1Options } = (await import('@electron/fuses')) as unknown as { FuseV1Options: Record<string, number> };
    const wire = await PlatformPackager.prototype.generateFuseConfig.call(null, config.electronFuses);
    expect(wire[FuseV1Options.RunAsNode!]).toBe(false);
    expect(wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable!]).toBe(false);
    expect(wire[FuseV1Options.EnableNodeCliInspectArguments!]).toBe(false);
    expect(wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation!]).toBe(true);
    expect(wire[FuseV1Options.OnlyLoadAppFromAsar!]).toBe(true);
    expect(wire[FuseV1Options.GrantFileProtocolExtraPrivileges!]).toBe(false);
    expect(wire[FuseV1Options.EnableCookieEncryption!]).toBe(true);
  });

  it('names the app and pins the Electron version of package.json', () => {
    expect(config.appId).toBe('app.galley.desk');
    expect(config.productName).toBe('Galley');
    expect(config.electronVersion).toBe(pkg.optionalDependencies.electron);
    expect(config.asar).toBe(true);
    expect(config.directories).toEqual({ output: 'release', buildResources: 'build' });
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.linux.category).toBe('Office');
    expect(config.win.target).toBe('nsis');
    expect(config.mac.target).toBe('dmg');
  });

  it('packages the renderer bundle vite writes, and the seeds', async () => {
    const mod = (await import(pathToFileURL(path.join(root, 'vite.config.ts')).href)) as { default: unknown };
    const raw = mod.default as ((env: object) => unknown) | { root?: string; build?: { outDir?: string } };
    const vite = (typeof raw === 'function' ? raw({ command: 'build', mode: 'production' }) : raw) as {
      root?: string;
      build?: { outDir?: string };
    };
    const viteRoot = path.resolve(root, vite.root ?? '.');
    const outDir = path.relative(root, path.resolve(viteRoot, vite.build?.outDir ?? 'dist')).split(path.sep).join('/');
    expect(outDir).toBe('dist/renderer');
    expect(packaged(`${outDir}/index.html`)).toBe(true);
    expect(packaged(`${outDir}/assets/index-abc123.js`)).toBe(true);
    expect(packaged('seeds/000_fd21b5ce20d5087d.txt')).toBe(true);
    expect(packaged('package.json')).toBe(true);
    // Sources and tests stay out of the package.
    expect(packaged('electron/main.ts')).toBe(false);
    expect(packaged('test/unit/hosts/ipc.test.ts')).toBe(false);
  });
});

describe('Electron bundles', () => {
  let script: BuildScript;
  let out: string;
  let outputs: string[];

  beforeAll(async () => {
    script = await loadBuildScript();
    out = await mkdtemp(path.join(os.tmpdir(), 'galley-build-'));
    outputs = await script.buildElectron(out);
  });
  afterAll(async () => {
    await rm(out, { recursive: true, force: true });
  });

  it('package.json main is the main bundle, and both bundles are packaged', () => {
    expect(pkg.main).toBe(script.MAIN_OUTFILE);
    const mainConfig = script.buildConfigs.find((c) => c.entryPoints[0] === 'electron/main.ts');
    expect(mainConfig?.outfile).toBe(pkg.main);
    expect(packaged(script.MAIN_OUTFILE)).toBe(true);
    expect(packaged(script.PRELOAD_OUTFILE)).toBe(true);
    expect(outputs.map((f) => path.basename(f)).sort()).toEqual(['main.cjs', 'preload.cjs']);
  });

  it('builds the preload file the window factory loads, next to main.cjs', () => {
    const windows = readFileSync(path.join(root, 'electron', 'windows.ts'), 'utf8');
    const preload = /PRELOAD_FILE\s*=\s*'([^']+)'/.exec(windows)?.[1];
    expect(preload).toBe(path.basename(script.PRELOAD_OUTFILE));
    expect(path.dirname(script.PRELOAD_OUTFILE)).toBe(path.dirname(script.MAIN_OUTFILE));
    expect(existsSync(path.join(out, preload!))).toBe(true);
  });

  it("packs jieba's dictionary (read by the proofreader at run time) but not the segmenter's native binaries", () => {
    const deps = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> }).dependencies;
    expect(Object.keys(deps)).toContain('@node-rs/jieba');
    const excluded = config.files.filter((p) => p.startsWith('!')).map((p) => p.slice(1));
    const out = (file: string) => excluded.some((p) => minimatch(file, p, { dot: true }));
    expect(out('node_modules/@node-rs/jieba/dict.txt')).toBe(false);
    expect(out('node_modules/@node-rs/jieba-linux-x64-gnu/jieba.linux-x64-gnu.node')).toBe(true);
    expect(existsSync(path.join(root, 'node_modules/@node-rs/jieba/dict.txt'))).toBe(true);
  });

  it('bundles need nothing from node_modules at run time except electron', () => {
    const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
    for (const file of outputs) {
      const code = readFileSync(file, 'utf8');
      const required = [...code.matchAll(/\brequire\(\s*"([^"]+)"\s*\)/g)].map((m) => m[1]!);
      expect(required).toContain('electron');
      const foreign = required.filter((id) => id !== 'electron' && !builtins.has(id));
      expect(foreign, path.basename(file)).toEqual([]);
      if (file.endsWith('preload.cjs')) expect(new Set(required)).toEqual(new Set(['electron']));
    }
  });
});

describe('icons', () => {
  it('the Linux icon folder holds square PNGs named for their size, up to 512', () => {
    const dir = path.join(root, config.linux.icon);
    const files = readdirSync(dir).filter((f) => f.endsWith('.png'));
    expect(files).toContain('512x512.png');
    for (const file of files) {
      const [w, h] = file.replace('.png', '').split('x').map(Number);
      expect(pngSize(readFileSync(path.join(dir, file)))).toEqual({ width: w, height: h });
    }
    expect(pngSize(readFileSync(path.join(root, 'build', 'icon.png')))).toEqual({ width: 512, height: 512 });
  });

  it('the Windows icon is an ICO of PNGs including 256×256', () => {
    const entries = icoEntries(readFileSync(path.join(root, config.win.icon)));
    for (const { size, png } of entries) expect(pngSize(png)).toEqual({ width: size, height: size });
    expect(entries.map((e) => e.size)).toContain(256);
  });

  it('the macOS icon is an ICNS with PNG entries of the right sizes', () => {
    const expected: Record<string, number> = { ic07: 128, ic08: 256, ic09: 512, ic10: 1024 };
    const entries = icnsEntries(readFileSync(path.join(root, config.mac.icon)));
    expect(entries.map((e) => e.type)).toContain('ic09');
    for (const { type, png } of entries) {
      const size = expected[type];
      expect(size, type).toBeDefined();
      expect(pngSize(png)).toEqual({ width: size, height: size });
    }
  });

  it('the committed icons are what scripts/make-icons.mjs draws', async () => {
    const { makeIcons } = (await import(pathToFileURL(path.join(root, 'scripts', 'make-icons.mjs')).href)) as {
      makeIcons(dir: string): string[];
    };
    const dir = await mkdtemp(path.join(os.tmpdir(), 'galley-icons-'));
    try {
      const written = makeIcons(dir);
      expect(written.length).toBeGreaterThan(3);
      for (const file of written) {
        const rel = path.relative(dir, file);
        expect(readFileSync(file).equals(readFileSync(path.join(root, 'build', rel))), rel).toBe(true);
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
