// Tag suggestions for one story, each with the reason the editor sees. Suggestions never
// change a story: the editor accepts or ignores them.
import type { Fields, StoryKind, Tag } from '../model';
import { leadCredit, namesInCredit } from './credits';
import { mediaTopics, mediaTopicTag } from './media-topics';
import { findPlaceMentions } from './mentions';
import { findOrgMentions } from './orgs';
import { placeByCode, placeTag, type Place } from './places';
import { findSection, sectionTag } from './sections';

export interface TagSuggestion {
  tag: Tag;
  reason: string;
}

export type SuggestInput = { edited: Fields; kind?: StoryKind } | Fields;

const MAX_PLACES = 8;
const MAX_ORGS = 8;
const MAX_TOPICS = 3;
const MIN_TOPIC_CUES = 3;

function fieldsOf(input: SuggestInput): { fields: Fields; kind: StoryKind | undefined } {
  return 'edited' in input ? { fields: input.edited, kind: input.kind } : { fields: input, kind: undefined };
}

function bodyText(f: Fields): string {
  return [f.headline, f.kicker, f.deck, ...f.subheads.map((s) => s.text), ...f.paragraphs].filter(Boolean).join('\n');
}

function placeSuggestions(f: Fields): TagSuggestion[] {
  const headline = [f.headline, f.kicker, f.deck].filter(Boolean).join('\n');
  const counts = new Map<string, { place: Place; count: number; inHeadline: boolean; spelled: string }>();
  for (const m of findPlaceMentions(bodyText(f))) {
    const entry = counts.get(m.place.code) ?? { place: m.place, count: 0, inHeadline: false, spelled: m.alias };
    entry.count++;
    counts.set(m.place.code, entry);
  }
  for (const m of findPlaceMentions(headline)) {
    const entry = counts.get(m.place.code);
    if (entry) entry.inHeadline = true;
  }
  const ranked = [...counts.values()].sort((a, b) => Number(b.inHeadline) - Number(a.inHeadline) || b.count - a.count);
  const out: TagSuggestion[] = ranked.slice(0, MAX_PLACES).map((e) => ({
    tag: placeTag(e.place),
    reason: e.inHeadline ? `标题提到“${e.spelled}”，正文共 ${e.count} 次` : `正文提到“${e.spelled}” ${e.count} 次`,
  }));
  // A county implies its city (缙云县 → 丽水市), which desks file stories under.
  for (const e of ranked.slice(0, MAX_PLACES)) {
    if (e.place.level !== 'county' || !e.place.parent || counts.has(e.place.parent)) continue;
    const parent = placeByCode(e.place.parent);
    if (parent && !out.some((s) => s.tag.value === placeTag(parent).value)) {
      out.push({ tag: placeTag(parent), reason: `${e.place.name}隶属${parent.name}` });
    }
  }
  return out;
}

function personSuggestions(f: Fields): TagSuggestion[] {
  const sources: Array<{ text: string; reason: string }> = [];
  if (f.byline) sources.push({ text: f.byline, reason: `署名“${f.byline}”` });
  const credit = (f.dateline && leadCredit(f.dateline)) ?? (f.paragraphs[0] ? leadCredit(f.paragraphs[0]) : null);
  if (credit) sources.push({ text: credit, reason: `导语电头“(${credit})”` });
  const out: TagSuggestion[] = [];
  for (const source of sources) {
    for (const name of namesInCredit(source.text)) {
      if (out.some((s) => s.tag.value === name)) continue;
      out.push({ tag: { type: 'person', value: name, label: name }, reason: source.reason });
    }
  }
  return out;
}

function orgSuggestions(f: Fields): TagSuggestion[] {
  const counts = new Map<string, number>();
  for (const m of findOrgMentions(bodyText(f))) counts.set(m.name, (counts.get(m.name) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, MAX_ORGS)
    .map(([name, count]) => ({ tag: { type: 'org', value: name, label: name }, reason: `正文提到机构“${name}” ${count} 次` }));
}

function topicSuggestions(f: Fields): TagSuggestion[] {
  const text = bodyText(f);
  return mediaTopics
    .map((topic) => {
      const hits = topic.cues
        .map((cue) => ({ cue, n: text.split(cue).length - 1 }))
        .filter((h) => h.n > 0)
        .sort((a, b) => b.n - a.n);
      return { topic, hits, total: hits.reduce((sum, h) => sum + h.n, 0) };
    })
    .filter((t) => t.total >= MIN_TOPIC_CUES)
    .sort((a, b) => b.total - a.total)
    .slice(0, MAX_TOPICS)
    .map((t) => ({
      tag: mediaTopicTag(t.topic),
      reason: `关键词 ${t.hits.slice(0, 4).map((h) => `“${h.cue}”×${h.n}`).join('、')}`,
    }));
}

function sectionSuggestions(kind: StoryKind | undefined): TagSuggestion[] {
  const photo = findSection('photo');
  return kind === 'photo' && photo ? [{ tag: sectionTag(photo), reason: '图片稿' }] : [];
}

/** Places, people, organisations, topics (and the photo section) suggested for a story. */
export function suggestTags(input: SuggestInput): TagSuggestion[] {
  const { fields, kind } = fieldsOf(input);
  return [
    ...sectionSuggestions(kind),
    ...placeSuggestions(fields),
    ...personSuggestions(fields),
    ...orgSuggestions(fields),
    ...topicSuggestions(fields),
  ];
}
