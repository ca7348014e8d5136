// File names from headlines that are safe on Windows, macOS and Linux and unique within one
// export. Uniqueness is checked case-insensitively and after NFC, because NTFS and APFS treat
// `A.md`/`a.md` (and composed/decomposed accents) as the same file.
import type { Story } from '../model';
import { cleanText } from './view';

export const MAX_NAME_CHARS = 100;
// ext4/NTFS allow 255 bytes or UTF-16 units; CJK is 3 bytes in UTF-8, so bytes bind first.
const MAX_NAME_BYTES = 200;

const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)$/i;
// Windows-forbidden characters, C0/C1 controls, and zero-width/bidi characters that hide what a name says.
const UNSAFE = /[<>:"/\\|?*\u0000-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/gu;

/** UTF-8 length, counted by hand because shared/ has neither TextEncoder nor Buffer. */
function byteLength(s: string): number {
  let n = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0;
    n += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }
  return n;
}

/** Cut to whole code points within both limits. */
function truncate(s: string, maxChars: number, maxBytes: number): string {
  let out = '';
  let bytes = 0;
  let chars = 0;
  for (const ch of s) {
    const b = byteLength(ch);
    if (chars + 1 > maxChars || bytes + b > maxBytes) break;
    out += ch;
    bytes += b;
    chars++;
  }
  return out;
}

function tidy(s: string): string {
  // Leading dots make hidden files (and `..`); trailing dots and spaces are dropped by Windows.
  return s.replace(/\s+/gu, ' ').replace(/^[\s.]+/u, '').replace(/[\s.]+$/u, '');
}

/** One path component from arbitrary text, or '' when nothing usable is left. */
export function sanitiseBaseName(raw: string, maxChars = MAX_NAME_CHARS, maxBytes = MAX_NAME_BYTES): string {
  let s = tidy(cleanText(raw).normalize('NFC').replace(UNSAFE, ' '));
  s = tidy(truncate(s, maxChars, maxBytes));
  if (RESERVED.test(s.split('.')[0]?.trim() ?? '')) s = `_${s}`;
  return s;
}

// First words of the lead, without the 本报讯(…) credit every lead starts with.
function leadWords(paragraph: string): string {
  const text = paragraph.replace(/^[^(（\n]{0,20}(?:讯|电)\s*[(（][^)）]{0,80}[)）]/u, '').trim();
  const clause = text.split(/[。！？!?；;：:，,\n]/u).find((c) => c.trim() !== '') ?? '';
  const words = clause.trim().split(/\s+/);
  return words.length > 1 ? words.slice(0, 8).join(' ') : truncate(clause.trim(), 24, MAX_NAME_BYTES);
}

export function storyBaseName(story: Story, index: number): string {
  const f = story.edited;
  const fromHeadline = f.headline ? sanitiseBaseName(f.headline) : '';
  if (fromHeadline) return fromHeadline;
  const fromLead = f.paragraphs[0] ? sanitiseBaseName(leadWords(f.paragraphs[0])) : '';
  return fromLead || `story-${index + 1}`;
}

/** Make `names` unique (case- and normalisation-insensitive) by appending ` (2)`, ` (3)` … */
export function uniqueNames(bases: string[], ext: string): string[] {
  const dot = ext ? `.${ext.replace(/^\./, '')}` : '';
  const taken = new Set<string>();
  const key = (s: string) => s.normalize('NFC').toLowerCase();
  return bases.map((base) => {
    let name = base + dot;
    for (let n = 2; taken.has(key(name)); n++) {
      const suffix = ` (${n})`;
      name = tidy(truncate(base, MAX_NAME_CHARS - suffix.length, MAX_NAME_BYTES - byteLength(suffix))) + suffix + dot;
    }
    taken.add(key(name));
    return name;
  });
}

export function safeFileNames(stories: Story[], ext: string): string[] {
  return uniqueNames(stories.map(storyBaseName), ext);
}
