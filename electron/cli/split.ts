// `galley split FILE [--json]`: read a page and print its stories.
import { GalleyError } from '../../shared/errors';
import { segment, toCliJson, type SegmentedStory } from '../../shared/segment';
import { readSourceFile } from '../service/importer';
import { terminalText as t, writeErr, writeOut } from './terminal-text';

const USAGE = 'usage: galley split FILE [--json]';

function outline(name: string, encoding: string, stories: readonly SegmentedStory[]): string {
  const out = [`${t(name)} (${encoding}): ${stories.length} ${stories.length === 1 ? 'story' : 'stories'}`];
  stories.forEach((s, i) => {
    out.push('');
    out.push(`#${i + 1} ${s.kind}  lines ${s.startLine}-${s.endLine}`);
    // In printed order: the kicker (引题) above the title, the deck (副题) under it.
    if (s.kicker) out.push(`  kicker:      ${t(s.kicker)}`);
    out.push(`  headline:    ${s.headline === null ? '(none)' : t(s.headline)}`);
    if (s.deck) out.push(`  deck:        ${t(s.deck)}`);
    if (s.byline) out.push(`  byline:      ${t(s.byline)}`);
    if (s.dateline) out.push(`  dateline:    ${t(s.dateline)}`);
    out.push(`  paragraphs:  ${s.paragraphs.length}`);
    for (const h of s.subheads) out.push(`  subhead before ¶${h.beforeParagraph + 1}: ${t(h.text)}`);
    const lead = s.paragraphs[0];
    if (lead) out.push(`  lead:        ${t(lead.length > 60 ? lead.slice(0, 60) + '…' : lead)}`);
    for (const f of s.flags) out.push(`  ! ${f.code} (${Math.round(f.confidence * 100)}%)${f.line ? ` at line ${f.line}` : ''}`);
  });
  return out.join('\n');
}

export async function run(args: string[]): Promise<number> {
  const json = args.includes('--json');
  const files = args.filter((a) => a !== '--json');
  const unknown = files.find((a) => a.startsWith('--'));
  if (unknown || files.length !== 1) {
    writeErr(`galley split: ${unknown ? `unknown option ${t(unknown)}` : 'expected one FILE'}\n${USAGE}\n`);
    return 2;
  }
  const path = files[0]!;
  let source;
  try {
    source = await readSourceFile(path);
  } catch (err) {
    if (err instanceof GalleyError) {
      writeErr(`galley split: ${t(path)}: ${t(err.message)}\n`);
      return 1;
    }
    throw err;
  }
  const stories = segment(source.text);
  writeOut((json ? JSON.stringify(toCliJson(stories)) : outline(source.name, source.encoding, stories)) + '\n');
  return 0;
}
