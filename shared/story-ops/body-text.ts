// A story's body as one text for patching: one paragraph per line, each subhead on its own
// line behind a private-use mark. Patching this text carries paragraph joins, splits, subhead
// renames, insertions and deletions together, so subhead positions can never drift from the
// paragraphs they stand before.
import type { Fields, Subhead } from '../model';

const SUBHEAD_MARK = '\uE000';

export function serializeBody(f: Pick<Fields, 'paragraphs' | 'subheads'>): string {
  const before = new Map<number, string[]>();
  for (const s of f.subheads) {
    const at = Math.min(Math.max(0, s.beforeParagraph), f.paragraphs.length);
    before.set(at, [...(before.get(at) ?? []), s.text]);
  }
  const lines: string[] = [];
  for (let i = 0; i <= f.paragraphs.length; i++) {
    for (const text of before.get(i) ?? []) lines.push(SUBHEAD_MARK + text);
    if (i < f.paragraphs.length) lines.push(f.paragraphs[i]!);
  }
  return lines.join('\n');
}

export function parseBody(text: string): Pick<Fields, 'paragraphs' | 'subheads'> {
  const paragraphs: string[] = [];
  const subheads: Subhead[] = [];
  if (text === '') return { paragraphs, subheads };
  for (const line of text.split('\n')) {
    if (line.startsWith(SUBHEAD_MARK)) subheads.push({ beforeParagraph: paragraphs.length, text: line.slice(1) });
    else paragraphs.push(line);
  }
  return { paragraphs, subheads };
}
