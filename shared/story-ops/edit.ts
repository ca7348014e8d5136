// Edits to a story's fields and tags. Any change to approved content sends the story back to review.
import { GalleyError } from '../errors';
import type { Fields, Story, Tag } from '../model';
import { canonicalContent } from './content';

export type FieldsPatch = Partial<Fields>;

function afterChange(before: Story, after: Story): Story {
  if (canonicalContent(before) === canonicalContent(after)) return after;
  if (after.status === 'approved' || after.status === 'new' || after.status === 'rejected') {
    return { ...after, status: 'in_review' };
  }
  return after;
}

export function editFields(story: Story, patch: FieldsPatch): Story {
  const edited: Fields = { ...story.edited, ...patch };
  const normalised: Fields = {
    ...edited,
    headline: blankToNull(edited.headline),
    subheadline: blankToNull(edited.subheadline),
    byline: blankToNull(edited.byline),
    dateline: blankToNull(edited.dateline),
  };
  return afterChange(story, { ...story, edited: normalised });
}

function blankToNull(v: string | null): string | null {
  return v === null || v.trim() === '' ? null : v;
}

const tagKey = (t: Tag) => `${t.type}:${t.value}`;

export function changeTags(story: Story, add: readonly Tag[], remove: readonly Tag[]): Story {
  const removeKeys = new Set(remove.map(tagKey));
  const kept = story.tags.filter((t) => !removeKeys.has(tagKey(t)));
  const keys = new Set(kept.map(tagKey));
  const added = add.filter((t) => !keys.has(tagKey(t)) && keys.add(tagKey(t)));
  return afterChange(story, { ...story, tags: [...kept, ...added] });
}

export function compileFind(find: string, regex: boolean): RegExp {
  try {
    return new RegExp(regex ? find : find.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'gu');
  } catch {
    throw new GalleyError('invalid_regex');
  }
}

/**
 * Expands `$` patterns in a replacement the way String.prototype.replace does ($$, $&, $`, $',
 * $1..$99, $<name>; anything else stays literal), from one match's callback arguments. The match
 * is never re-run on its own: lookarounds, ^/$ and \b only hold in the context of the whole text.
 */
function expandReplacement(template: string, args: unknown[]): string {
  const last = args[args.length - 1];
  const groups = typeof last === 'object' && last !== null ? (last as Record<string, string | undefined>) : undefined;
  const rest = groups ? args.slice(0, -1) : args;
  const matched = rest[0] as string;
  const whole = rest[rest.length - 1] as string;
  const offset = rest[rest.length - 2] as number;
  const captures = rest.slice(1, -2) as (string | undefined)[];
  let out = '';
  let i = 0;
  while (i < template.length) {
    const dollar = template.indexOf('$', i);
    if (dollar === -1 || dollar === template.length - 1) {
      out += template.slice(i);
      break;
    }
    out += template.slice(i, dollar);
    const next = template[dollar + 1]!;
    i = dollar + 2;
    if (next === '$') out += '$';
    else if (next === '&') out += matched;
    else if (next === '`') out += whole.slice(0, offset);
    else if (next === "'") out += whole.slice(offset + matched.length);
    else if (next >= '0' && next <= '9') {
      const two = template[dollar + 2];
      const nn = two !== undefined && two >= '0' && two <= '9' ? Number(next + two) : NaN;
      const n = Number(next);
      if (nn >= 1 && nn <= captures.length) {
        out += captures[nn - 1] ?? '';
        i = dollar + 3;
      } else if (n >= 1 && n <= captures.length) out += captures[n - 1] ?? '';
      else out += '$' + next;
    } else if (next === '<' && groups) {
      const close = template.indexOf('>', i);
      if (close === -1) out += '$<';
      else {
        out += groups[template.slice(i, close)] ?? '';
        i = close + 1;
      }
    } else out += '$' + next;
  }
  return out;
}

/** What one match found by `matchAll`/`exec` becomes in regex mode (for previews that must agree with replaceInStory). */
export function expandMatch(template: string, match: RegExpMatchArray): string {
  const args: unknown[] = [...match, match.index ?? 0, match.input ?? match[0]];
  if (match.groups) args.push(match.groups);
  return expandReplacement(template, args);
}

/** Replaces every non-empty match in a story's edited text; returns the story and how many were replaced. */
export function replaceInStory(story: Story, pattern: RegExp, replacement: string, regex: boolean): { story: Story; count: number } {
  let count = 0;
  const rep = (s: string) =>
    s.replace(pattern, (...m: unknown[]) => {
      // An empty match (e.g. `x*`) replaces nothing and is not counted, as in countMatches.
      if (m[0] === '') return '';
      count++;
      // Plain mode inserts the replacement literally; regex mode expands $1 etc. like String.replace.
      return regex ? expandReplacement(replacement, m) : replacement;
    });
  const repN = (s: string | null) => (s === null ? null : rep(s));
  const e = story.edited;
  const edited: Fields = {
    headline: repN(e.headline),
    subheadline: repN(e.subheadline),
    byline: repN(e.byline),
    dateline: repN(e.dateline),
    paragraphs: e.paragraphs.map(rep),
    subheads: e.subheads.map((h) => ({ ...h, text: rep(h.text) })),
  };
  return { story: count ? afterChange(story, { ...story, edited }) : story, count };
}

/** Counts matches without changing anything (the preview before a replace-all). */
export function countMatches(story: Story, pattern: RegExp): number {
  const e = story.edited;
  const texts = [e.headline, e.subheadline, e.byline, e.dateline, ...e.paragraphs, ...e.subheads.map((h) => h.text)];
  let n = 0;
  for (const t of texts) if (t) for (const m of t.matchAll(pattern)) if (m[0] !== '') n++;
  return n;
}
