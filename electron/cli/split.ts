// `galley split FILE [--json]`: read a page and print its stories.
import { GalleyError } from '../../shared/errors';
import { segment, toCliJson, type SegmentedStory } from '../../shared/segment';
import { readSourceFile } from '../service/importer';

const USAGE = 'usage: galley split FILE [--json]';

function outline(name: string, encoding: string, stories: readonly SegmentedStory[]): string {
  const out = [`${name} (${encoding}): ${stories.length} ${stories.length === 1 ? 'story' : 'stories'}`];
  stories.forEach((s, i) => {
    out.push('');
    out.push(`#${i + 1} ${s.kind}  lines ${s.startLine}-${s.endLine}`);
    out.push(`  headline:    ${s.headline ?? '(none)'}`);
    if (s.subheadline) out.push(`  subheadline: ${s.subheadline}`);
    if (s.byline) out.push(`  byline:      ${s.byline}`);
    if (s.dateline) out.push(`  dateline:    ${s.dateline}`);
    out.push(`  paragraphs:  ${s.paragraphs.length}`);
    for (const h of s.subheads) out.push(`  subhead before ¶${h.beforeParagraph + 1}: ${h.text}`);
    const lead = s.paragraphs[0];
    if (lead) out.push(`  lead:        ${lead.length > 60 ? lead.slice(0, 60) + '…' : lead}`);
    for (const f of s.flags) out.push(`  ! ${f.code} (${Math.round(f.confidence * 100)}%)${f.line ? ` at line ${f.line}` : ''}`);
  });
  return out.join('\n');
}

export async function run(args: string[]): Promise<number> {
  const json = args.includes('--json');
  const files = args.filter((a) => a !== '--json');
  const unknown = files.find((a) => a.startsWith('--'));
  if (unknown || files.length !== 1) {
    process.stderr.write(`galley split: ${unknown ? `unknown option ${unknown}` : 'expected one FILE'}\n${USAGE}\n`);
    return 2;
  }
  const path = files[0]!;
  let source;
  try {
    source = await readSourceFile(path);
  } catch (err) {
    if (err instanceof GalleyError) {
      process.stderr.write(`galley split: ${path}: ${err.message}\n`);
      return 1;
    }
    throw err;
  }
  const stories = segment(source.text);
  process.stdout.write((json ? JSON.stringify(toCliJson(stories)) : outline(source.name, source.encoding, stories)) + '\n');
  return 0;
}
