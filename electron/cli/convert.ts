// `galley convert FILE --to FORMAT --out DIR`: read a page, split it, and write every story with
// the app's own export writers. It never opens the library or the review workflow: the stories
// are exported exactly as the splitter read them. Everything is validated and rendered in memory
// first; DIR is created and written only when all of it succeeded, so a failure writes nothing.
import { mkdir, stat, unlink, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { GalleyError } from '../../shared/errors';
import { exportFormats, isExportFormat, supportsBundle, type ExportFormat } from '../../shared/export';
import type { Story } from '../../shared/model';
import { segment, type SegmentedStory } from '../../shared/segment';
import { storyFromSegment } from '../../shared/story-ops/story-factory';
import { suggestTags } from '../../shared/tags';
import { renderFiles, type RenderedFile } from '../service/export/render';
import { readSourceFile } from '../service/importer';
import { terminalText as t, writeErr, writeOut } from './terminal-text';

const HELP = `usage: galley convert FILE --to FORMAT --out DIR [--bundle] [--tags]

Read FILE (UTF-8 or GB18030/GBK), split it into stories and write each story to DIR in FORMAT.

  --to FORMAT   one of: ${exportFormats.join(', ')}
  --out DIR     output folder (created if missing; existing files are never overwritten)
  --bundle      one file holding every story (not available for nitf)
  --tags        add the suggested tags (places, people, organisations, topics) to each story

This is a batch converter: it does not add the file to the Galley library, does not record
approvals or any review step, and exports the stories as split, without an editor's corrections.`;

interface Options {
  file: string;
  format: ExportFormat;
  out: string;
  bundle: boolean;
  tags: boolean;
}

class UsageError extends Error {}

function parseArgs(args: string[]): Options {
  let file: string | undefined;
  let to: string | undefined;
  let out: string | undefined;
  let bundle = false;
  let tags = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => {
      const v = inline ?? args[++i];
      if (v === undefined || v === '') throw new UsageError(`${flag} needs a value`);
      return v;
    };
    if (flag === '--to') to = value();
    else if (flag === '--out') out = value();
    else if (flag === '--bundle') bundle = true;
    else if (flag === '--tags') tags = true;
    else if (flag.startsWith('-') && flag !== '-') throw new UsageError(`unknown option ${flag}`);
    else if (file === undefined) file = arg;
    else throw new UsageError(`unexpected argument ${arg}`);
  }
  if (!file) throw new UsageError('expected one FILE');
  if (!to) throw new UsageError('missing --to FORMAT');
  if (!isExportFormat(to)) throw new UsageError(`unknown format "${to}" (choose one of: ${exportFormats.join(', ')})`);
  if (!out) throw new UsageError('missing --out DIR');
  if (bundle && !supportsBundle(to)) throw new UsageError(`${to} cannot bundle several stories; leave out --bundle`);
  return { file, format: to, out, bundle, tags };
}

// The CLI has no workflow: every story it reads is written, so it is built as approved.
function toStory(s: SegmentedStory, i: number, withTags: boolean): Story {
  const story = storyFromSegment(s, `s${i + 1}`);
  const tags = withTags ? suggestTags({ edited: story.edited, kind: s.kind }).map((x) => x.tag) : [];
  return { ...story, tags, status: 'approved' };
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/** Write all files or none: on any failure the files already written are removed again. */
async function writeAll(dir: string, files: RenderedFile[]): Promise<void> {
  for (const f of files) {
    if (await exists(join(dir, f.name))) throw new Error(`${join(dir, f.name)} already exists; nothing was written (choose an empty folder)`);
  }
  await mkdir(dir, { recursive: true });
  const written: string[] = [];
  try {
    for (const f of files) {
      const path = join(dir, f.name);
      await writeFile(path, f.bytes, { flag: 'wx' });
      written.push(path);
    }
  } catch (err) {
    await Promise.all(written.map((p) => unlink(p).catch(() => undefined)));
    throw err;
  }
}

export async function run(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    writeOut(HELP + '\n');
    return 0;
  }
  let opts: Options;
  try {
    opts = parseArgs(args);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    writeErr(`galley convert: ${t(err.message)}\nusage: galley convert FILE --to FORMAT --out DIR (see --help)\n`);
    return 2;
  }
  let source;
  try {
    source = await readSourceFile(opts.file);
  } catch (err) {
    if (!(err instanceof GalleyError)) throw err;
    writeErr(`galley convert: ${t(opts.file)}: ${t(err.message)}\n`);
    return 1;
  }
  const stories = segment(source.text).map((s, i) => toStory(s, i, opts.tags));
  if (stories.length === 0) {
    writeErr(`galley convert: ${t(opts.file)}: no stories found; nothing was written\n`);
    return 1;
  }
  const ctx = { docName: source.name, docId: source.sha256.slice(0, 16), exportedAt: new Date().toISOString() };
  const files = await renderFiles(stories, opts.format, ctx, { bundle: opts.bundle });
  const dir = resolve(opts.out);
  try {
    await writeAll(dir, files);
  } catch (err) {
    writeErr(`galley convert: ${t(err instanceof Error ? err.message : String(err))}\n`);
    return 1;
  }
  writeOut(`${t(source.name)}: ${stories.length} ${stories.length === 1 ? 'story' : 'stories'} → ${files.length} ${opts.format} file(s) in ${t(dir)}\n`);
  for (const f of files) writeOut(`  ${t(f.name)}\n`);
  return 0;
}
