// Where an error can go, and how it goes in: every match of a pattern on a page's body lines,
// and a splice that reports the injected span in the new text.
import type { Line, Page } from './pages';

export interface Spot {
  at: number;
  match: RegExpExecArray;
  line: Line;
}

export interface Injected {
  text: string;
  /** The erroneous span in the new text; a deletion leaves the broken pair's span. */
  start: number;
  end: number;
}

export function spots(page: Page, lang: 'zh' | 'en', re: RegExp): Spot[] {
  const out: Spot[] = [];
  const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g');
  for (const line of page[lang]) {
    const body = page.text.slice(line.start, line.end);
    g.lastIndex = 0;
    for (let m = g.exec(body); m; m = g.exec(body)) {
      out.push({ at: line.start + m.index, match: m, line });
      if (m[0].length === 0) g.lastIndex++;
    }
  }
  return out;
}

/** Replace text[from, to) with `by`; the error is the replacement (or the given sub-span of it). */
export function splice(text: string, from: number, to: number, by: string, errorFrom = 0, errorTo = by.length): Injected {
  return { text: text.slice(0, from) + by + text.slice(to), start: from + errorFrom, end: from + errorTo };
}

export function toFullWidth(s: string): string {
  return s.replace(/[0-9A-Za-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
}
