// Document files v1 → v2: the one `subheadline` of a story's fields becomes `kicker` (引题,
// printed above the title) and `deck` (副题, printed under it).
//
// Every story object in the file is migrated: the current stories and the before/after stories
// of every logged operation (undo and redo re-insert those, so they must have today's shape).
//
// original: the story's range is re-read from the stored source (doc.text) with today's splitter;
// when the re-read kicker and deck join to the stored subheadline (subheadlineOf), they are the
// split. Otherwise (the splitter has changed since) the stored text is placed by what the page
// shows: a `——`/`—` line is a deck; text printed above the title, or before it on its line, is
// the kicker; anything else the deck. A joined "kicker ——deck" is cut at the dash when its first
// half is printed above the title.
// edited: unchanged from the original → the original's kicker and deck; otherwise the editor's
// text goes where the original had it (kicker or deck; with both, cut where the original's
// kicker or deck still stands at either end, else at a dash); a subheadline the editor added to a
// story that had none goes to the deck when it starts with a dash, else to the kicker (the field
// stood above the headline in the editor).
//
// Approvals: the content hash now covers kicker and deck apart, so no v1 hash matches a v2
// story. A v1 approval whose hash is that of the story's own v1 content (the v1 formula, kept
// below as it was) approved exactly this text, and is re-stamped with the v2 hash of the
// migrated content; a hash that does not match (the story changed after approval) is left as
// it is, so that story stays unexportable until approved again. Nothing unapproved becomes
// approved: the re-stamp happens only where the old approval verifiably covered this content.
import { createHash } from 'node:crypto';
import { subheadlineOf } from '../../shared/model';
import { storyReader, type SegmentedStory } from '../../shared/segment';
import { contentHash } from './approval';
import type { JsonObject, Migration } from './migration-types';

type Parts = { kicker: string | null; deck: string | null };
type Reread = (startLine: number, endLine: number) => SegmentedStory | null;

const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);
const NONE: Parts = { kicker: null, deck: null };
const DASHED = /^[—–]/;
// "kicker ——deck" as subheadlineOf joined them.
const JOINED = /^(.*?\S)[ \u3000]+([—–].*)$/su;

/** canonicalContent as schemaVersion 1 computed it: what v1 approval hashes were taken over. */
function v1Hash(story: JsonObject): string {
  const e = story['edited'] as JsonObject;
  const tags = ((Array.isArray(story['tags']) ? story['tags'] : []) as JsonObject[]).map((t) => `${String(t['type'])}:${String(t['value'])}`).sort();
  const canonical = JSON.stringify([
    story['kind'],
    ['headline', 'subheadline', 'byline', 'dateline'].map((k) => e[k]),
    e['paragraphs'],
    (e['subheads'] as JsonObject[]).map((s) => [s['beforeParagraph'], s['text']]),
    tags,
  ]);
  return createHash('sha256').update(canonical).digest('hex');
}

/** Is `what` printed above the headline in the story's lines (or before it on the headline's line)? */
function printedAboveTitle(lines: readonly string[], what: string, headline: string | null): boolean {
  if (!headline) return false;
  const at = lines.findIndex((l) => l.includes(what));
  const title = lines.findIndex((l) => l.includes(headline));
  if (at < 0 || title < 0) return false;
  if (at !== title) return at < title;
  const line = lines[at]!;
  return line.indexOf(what) < line.indexOf(headline);
}

function placeOriginal(sub: string | null, story: JsonObject, reread: Reread, sourceLines: readonly string[] | null): Parts {
  if (sub === null) return NONE;
  const start = story['startLine'];
  const end = story['endLine'];
  const ranged = typeof start === 'number' && typeof end === 'number';
  const seg = ranged ? reread(start, end) : null;
  if (seg && subheadlineOf(seg) === sub) return { kicker: seg.kicker, deck: seg.deck };
  if (DASHED.test(sub)) return { kicker: null, deck: sub };
  const lines = ranged && sourceLines ? sourceLines.slice(Math.max(0, start - 1), end) : [];
  const headline = text((story['original'] as JsonObject)['headline']);
  if (printedAboveTitle(lines, sub, headline)) return { kicker: sub, deck: null };
  const joined = JOINED.exec(sub);
  if (joined && printedAboveTitle(lines, joined[1]!, headline)) return { kicker: joined[1]!, deck: joined[2]! };
  return { kicker: null, deck: sub };
}

function placeEdited(sub: string | null, originalSub: string | null, original: Parts): Parts {
  if (sub === originalSub) return original;
  if (sub === null) return NONE;
  const { kicker, deck } = original;
  if (kicker !== null && deck !== null) {
    if (sub.startsWith(`${kicker} `)) return { kicker, deck: sub.slice(kicker.length + 1) };
    if (sub.endsWith(` ${deck}`)) return { kicker: sub.slice(0, -deck.length - 1), deck };
    const joined = JOINED.exec(sub);
    return joined ? { kicker: joined[1]!, deck: joined[2]! } : { kicker: sub, deck: null };
  }
  if (kicker !== null) return { kicker: sub, deck: null };
  if (deck !== null) return { kicker: null, deck: sub };
  return DASHED.test(sub) ? { kicker: null, deck: sub } : { kicker: sub, deck: null };
}

function withParts(fields: JsonObject, parts: Parts): JsonObject {
  const { subheadline: _old, headline, ...rest } = fields;
  return { kicker: parts.kicker, headline: headline ?? null, deck: parts.deck, ...rest };
}

function migrateStory(story: unknown, reread: Reread, sourceLines: readonly string[] | null): unknown {
  if (!isObject(story) || !isObject(story['original']) || !isObject(story['edited'])) return story;
  const o = story['original'];
  const e = story['edited'];
  if (!('subheadline' in o) && !('subheadline' in e)) return story; // already in today's shape
  const originalSub = text(o['subheadline']);
  const originalParts = placeOriginal(originalSub, story, reread, sourceLines);
  const editedParts = placeEdited(text(e['subheadline']), originalSub, originalParts);
  const migrated: JsonObject = { ...story, original: withParts(o, originalParts), edited: withParts(e, editedParts) };

  const approval = story['approval'];
  if (isObject(approval) && typeof approval['hash'] === 'string' && Array.isArray(e['paragraphs']) && Array.isArray(e['subheads'])) {
    if (approval['hash'] === v1Hash(story)) {
      migrated['approval'] = { ...approval, hash: contentHash(migrated as unknown as Parameters<typeof contentHash>[0]) };
    }
  }
  return migrated;
}

export const kickerAndDeck: Migration = (file) => {
  const doc = isObject(file['doc']) ? file['doc'] : {};
  const source = typeof doc['text'] === 'string' ? doc['text'] : null;
  const read = source === null ? null : storyReader(source);
  const sourceLines = source === null ? null : source.split('\n');
  // Many logged stories share a range: read each range once.
  const cache = new Map<string, SegmentedStory | null>();
  const reread: Reread = (startLine, endLine) => {
    const key = `${startLine}:${endLine}`;
    if (!cache.has(key)) {
      let seg: SegmentedStory | null = null;
      try {
        seg = read ? read(startLine, endLine) : null;
      } catch {
        seg = null; // an odd range: place the text by the page instead
      }
      cache.set(key, seg);
    }
    return cache.get(key)!;
  };
  const stories = (list: unknown) => (Array.isArray(list) ? list.map((s) => migrateStory(s, reread, sourceLines)) : list);
  const log = Array.isArray(file['log'])
    ? file['log'].map((op) => {
        if (!isObject(op) || !isObject(op['splice'])) return op;
        const splice = op['splice'];
        return { ...op, splice: { ...splice, remove: stories(splice['remove']), insert: stories(splice['insert']) } };
      })
    : file['log'];
  return { ...file, stories: stories(file['stories']), log };
};
