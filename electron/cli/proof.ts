// `galley proof FILE [--json]`: import a page, split it into stories, proofread each story and
// print the findings with page offsets (into the decoded, LF-normalised text) and line numbers.
import { readSourceFile } from '../service/importer';
import { GalleyError } from '../../shared/errors';
import { wordFrequencies } from '../service/word-frequencies';
import { proofreadDocument, type DocumentSuggestion, type StoryRange } from '../../shared/proof';
import { segment } from '../../shared/segment';
import { terminalText as t, writeErr, writeOut } from './terminal-text';

const USAGE = 'usage: galley proof FILE [--json]';

function storyRanges(text: string): StoryRange[] | undefined {
  try {
    return segment(text).map((s) => ({ startLine: s.startLine, endLine: s.endLine }));
  } catch {
    // A splitter failure must not hide the findings: fall back to language runs over the page.
    return undefined;
  }
}

function asJson(list: DocumentSuggestion[]): string {
  const suggestions = list.map((s) => ({
    rule: s.rule,
    line: s.line,
    start: s.start,
    end: s.end,
    text: s.text,
    replacement: s.replacement,
    message: s.message.en,
  }));
  return JSON.stringify({ suggestions }, null, 1);
}

// Quoted so spaces and empty strings show; JSON's quoting leaves C1 and bidi raw, hence t().
const quote = (text: string) => t(JSON.stringify(text));

function asList(list: DocumentSuggestion[], fileName: string): string {
  const name = t(fileName);
  if (list.length === 0) return `${name}: no findings\n`;
  const rows = list.map((s) => {
    const fix = s.replacement === null ? '' : ` → ${quote(s.replacement)}`;
    return `${name}:${s.line}  ${s.rule}  ${quote(s.text)}${fix}  ${s.message.en}`;
  });
  return `${rows.join('\n')}\n${list.length} finding${list.length === 1 ? '' : 's'}\n`;
}

export async function run(args: string[]): Promise<number> {
  const json = args.includes('--json');
  const files = args.filter((a) => !a.startsWith('--'));
  const unknown = args.filter((a) => a.startsWith('--') && a !== '--json');
  if (files.length !== 1 || unknown.length > 0) {
    writeErr(`${USAGE}\n`);
    return 2;
  }
  const file = files[0]!;
  let source: Awaited<ReturnType<typeof readSourceFile>>;
  try {
    source = await readSourceFile(file);
  } catch (err) {
    const reason = err instanceof GalleyError || err instanceof Error ? err.message : String(err);
    writeErr(`galley proof: ${t(file)}: ${t(reason)}\n`);
    return 1;
  }
  const findings = proofreadDocument(source.text, storyRanges(source.text), { words: wordFrequencies() });
  writeOut(json ? asJson(findings) + '\n' : asList(findings, source.name));
  return 0;
}
