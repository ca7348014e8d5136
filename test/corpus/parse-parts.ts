// The article parts are written in a small notation rather than as object literals, so that
// writing many invented articles stays quick and readable:
//
//   === zh-n-001 news          id and genre
//   kicker: 春风送暖            optional heads and credits (title, kicker, deck, label,
//   title: 全市新增就业岗位三千个   place, by, with, note); by/with list names separated by ' / '
//   place: 衢州
//   by: 李明 / 王芳
//   ---
//   A paragraph per line.
//   ## A subhead               starts a section (features only)
import type { Article, Genre, Section } from './types';

const GENRES: readonly Genre[] = ['news', 'feature', 'photo', 'commentary', 'xinhua', 'ap', 'reuters', 'afp', 'xinhua-en', 'local-en'];
const EN_GENRES: ReadonlySet<Genre> = new Set(['ap', 'reuters', 'afp', 'xinhua-en', 'local-en']);

function isGenre(s: string): s is Genre {
  return (GENRES as readonly string[]).includes(s);
}

function parseOne(block: string): Article {
  const [head = '', body = ''] = block.split(/\n---\n/);
  const headLines = head.split('\n').map((l) => l.trim()).filter(Boolean);
  const [id = '', genre = ''] = (headLines.shift() ?? '').split(/\s+/);
  if (!id || !isGenre(genre)) throw new Error(`bad article header: ${block.slice(0, 60)}`);
  const fields = new Map<string, string>();
  for (const l of headLines) {
    const m = /^(\w+):\s*(.*)$/.exec(l);
    if (!m) throw new Error(`${id}: bad field line ${l}`);
    fields.set(m[1]!, m[2]!);
  }
  const list = (k: string) => (fields.get(k) ?? '').split(' / ').map((s) => s.trim()).filter(Boolean);
  const sections: Section[] = [{ subhead: null, paras: [] }];
  for (const raw of body.split('\n')) {
    const l = raw.trim();
    if (!l) continue;
    if (l.startsWith('## ')) sections.push({ subhead: l.slice(3).trim(), paras: [] });
    else sections[sections.length - 1]!.paras.push(l);
  }
  const kept = sections.filter((s) => s.paras.length > 0 || s.subhead !== null);
  if (kept.every((s) => s.paras.length === 0)) throw new Error(`${id}: no paragraphs`);
  return {
    id,
    genre,
    lang: EN_GENRES.has(genre) ? 'en' : 'zh',
    title: fields.get('title') ?? null,
    kicker: fields.get('kicker') ?? null,
    deck: fields.get('deck') ?? null,
    label: fields.get('label') ?? null,
    place: fields.get('place') ?? '',
    by: list('by'),
    with: list('with'),
    note: fields.get('note') ?? null,
    sections: kept,
  };
}

/** Parse a parts file's text into articles (blocks start with `=== `). */
export function parseParts(text: string): Article[] {
  return text
    .split(/^=== /m)
    .map((b) => b.trim())
    .filter(Boolean)
    .map(parseOne);
}
