// Body text → paragraphs and subheads, rejoining paragraphs a column break cut in two.
// A printed page breaks a paragraph where the column ends; the text file shows it as a
// blank line in mid-sentence. The line before then ends without a sentence-final mark and
// the line after carries on the sentence. A short line that ends without a mark is either
// the first half of such a paragraph or a subhead: the cues below tell them apart.
import type { StoryFlag, Subhead } from '../model';
import type { PageLine } from './classify';
import {
  cannotEnd,
  cannotStart,
  charCount,
  endsMidSentence,
  endsSentence,
  endsWithSemicolonOrColon,
  isLatinText,
  joinSeparator,
  startsEnumeration,
} from './text';

export interface Body {
  paragraphs: string[];
  subheads: Subhead[];
  flags: StoryFlag[];
}

/** Below this confidence a repair is shown to the editor as uncertain. */
const REPAIR_FLAG_BELOW = 0.8;
const ZH_SUBHEAD_MAX = 30;
const EN_SUBHEAD_MAX = 80;

function isShort(text: string): boolean {
  return isLatinText(text) ? text.length <= EN_SUBHEAD_MAX : charCount(text) <= ZH_SUBHEAD_MAX;
}

// Subheads are often two balanced phrases ("强链补链,打造产业集群"); a paragraph's first half
// cut by a column break has a comma anywhere.
function balancedPhrases(text: string): boolean {
  const parts = text.split(/[,，、]/);
  if (parts.length < 2) return true;
  if (parts.length > 3) return false;
  const lengths = parts.map((p) => charCount(p.replace(/[“”"‘’'《》]/g, '')));
  return lengths.every((n) => n >= 2 && n <= 12) && Math.max(...lengths) - Math.min(...lengths) <= 2;
}

/** A short line set apart from the text around it: a subhead, or the title of a story without a lead. */
export function isSubhead(line: PageLine, next: PageLine | undefined): boolean {
  if (line.kind !== 'head' || line.askingHead || !next) return false;
  const text = line.text;
  if (!isShort(text) || cannotEnd(text) || cannotStart(next.text)) return false;
  if (next.kind === 'head' && !endsSentence(next.text)) return false;
  return balancedPhrases(text);
}

/** How sure we are that `next` continues the paragraph `para` (0 = it does not). */
function continuation(para: string, next: PageLine, latin: boolean): number {
  if (next.kind === 'lead' || next.kind === 'byline' || next.kind === 'credit') return 0;
  const text = next.text;
  if (endsSentence(para)) {
    // "…美誉度。" + "”" or "the U.S." + "economy": the mark was not the end after all.
    if (/^[”’」』)）》,，]/.test(text)) return 0.75;
    if (latin && /^[a-z]/.test(text) && !/[!?]["”’)]*$/.test(para)) return 0.7;
    return 0;
  }
  if (endsMidSentence(para)) return 0.95;
  const stop = endsWithSemicolonOrColon(para);
  // Items printed as paragraphs of their own each open with 一是 / (一) / 1.; "…发力:一是…;" + "二是…" is one paragraph cut in two.
  if (stop === ';') return startsEnumeration(para) && startsEnumeration(text) ? 0 : 0.85;
  if (stop === ':') return startsEnumeration(text) ? 0 : 0.7;
  const cues = Number(cannotStart(text)) + Number(cannotEnd(para));
  if (!isShort(para)) return cues > 0 ? 0.97 : 0.9;
  // A short unfinished line that was not taken for a subhead: its comma or its continuation says so.
  return cues > 0 ? 0.9 : 0.8;
}

// English copy wrapped at a fixed width, paragraphs set apart by blank lines: a line with no
// blank above it continues its paragraph even when the line before ended a sentence.
function hardWrapped(lines: readonly PageLine[], latinStory: boolean): boolean {
  if (!latinStory || lines.length < 3) return false;
  let gaps = 0;
  for (const l of lines) if (l.gapBefore) gaps++;
  return gaps >= 2 && gaps < lines.length;
}

export function readBody(lines: readonly PageLine[], latinStory: boolean): Body {
  const wrapped = hardWrapped(lines, latinStory);
  const paragraphs: string[] = [];
  const subheads: Subhead[] = [];
  const flags: StoryFlag[] = [];
  let current: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const next = lines[i + 1];
    if (current !== null) {
      const confidence =
        wrapped && !line.gapBefore && line.kind === 'para' ? 1 : continuation(current, line, latinStory);
      if (confidence > 0) {
        current += joinSeparator(current, line.text, latinStory) + line.text;
        if (confidence < REPAIR_FLAG_BELOW) flags.push({ code: 'uncertain_repair', confidence, line: line.n });
        continue;
      }
    }
    if (isSubhead(line, next)) {
      if (current !== null) paragraphs.push(current);
      current = null;
      subheads.push({ beforeParagraph: paragraphs.length, text: line.text });
      continue;
    }
    if (current !== null) paragraphs.push(current);
    current = line.text;
  }
  if (current !== null) paragraphs.push(current);
  return { paragraphs, subheads, flags };
}
