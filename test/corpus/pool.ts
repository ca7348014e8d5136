// The article pool and its dev/test split. The split is made per article, before any page is
// composed, so a test page never shows an article (its heads, names, sentences) seen in dev.
// Within each genre the articles are ordered by a stable hash of their id and the first 30 %
// go to test: stable across runs, and every genre is represented on both sides.
import { EN_AGENCIES } from './parts/en-agencies';
import { EN_AP } from './parts/en-ap';
import { EN_REUTERS } from './parts/en-reuters';
import { ZH_COMMENTARY } from './parts/zh-commentary';
import { ZH_FEATURES } from './parts/zh-features';
import { ZH_NEWS_A } from './parts/zh-news-a';
import { ZH_NEWS_B } from './parts/zh-news-b';
import { ZH_PHOTOS } from './parts/zh-photos';
import { ZH_XINHUA } from './parts/zh-xinhua';
import { parseParts } from './parse-parts';
import { hash32 } from './prng';
import type { Article, Genre, Split } from './types';

const SOURCES = [ZH_NEWS_A, ZH_NEWS_B, ZH_FEATURES, ZH_PHOTOS, ZH_COMMENTARY, ZH_XINHUA, EN_AP, EN_REUTERS, EN_AGENCIES];

export const TEST_SHARE = 0.3;

let cache: { all: Article[]; split: Map<string, Split> } | null = null;

function load(): { all: Article[]; split: Map<string, Split> } {
  if (cache) return cache;
  const all = SOURCES.flatMap(parseParts);
  const ids = new Set<string>();
  for (const a of all) {
    if (ids.has(a.id)) throw new Error(`duplicate article id ${a.id}`);
    ids.add(a.id);
  }
  const split = new Map<string, Split>();
  const byGenre = new Map<Genre, Article[]>();
  for (const a of all) byGenre.set(a.genre, [...(byGenre.get(a.genre) ?? []), a]);
  for (const group of byGenre.values()) {
    const ordered = [...group].sort((x, y) => hash32(x.id) - hash32(y.id) || (x.id < y.id ? -1 : 1));
    const nTest = Math.max(1, Math.round(group.length * TEST_SHARE));
    ordered.forEach((a, i) => split.set(a.id, i < nTest ? 'test' : 'dev'));
  }
  cache = { all, split };
  return cache;
}

/** Every invented article, in file order. */
export function allArticles(): Article[] {
  return load().all;
}

export function splitOf(articleId: string): Split {
  const s = load().split.get(articleId);
  if (!s) throw new Error(`unknown article ${articleId}`);
  return s;
}

export function articlesFor(split: Split): Article[] {
  return load().all.filter((a) => splitOf(a.id) === split);
}
