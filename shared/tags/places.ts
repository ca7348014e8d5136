// The place vocabulary built from places-data: look-up by full name, short name or code.
import type { Tag } from '../model';
import { ambiguousShortNames, provinceRows, zhejiangRows } from './places-data';

export type PlaceLevel = 'province' | 'city' | 'county';

export interface Place {
  /** GB/T 2260 division code. */
  code: string;
  name: string;
  level: PlaceLevel;
  /** Code of the enclosing division (a county's city, a city's province). */
  parent: string | null;
  /** Every spelling findPlace accepts: the full name and the short name. */
  aliases: string[];
  /** Spellings that count as a mention in running text (ambiguous short names left out). */
  textAliases: string[];
}

// Longest suffix first so 景宁畲族自治县 loses the whole 畲族自治县, not just 县.
const SUFFIXES = ['维吾尔自治区', '壮族自治区', '回族自治区', '特别行政区', '畲族自治县', '自治区', '省', '市', '区', '县'];

function shortName(name: string): string {
  for (const suffix of SUFFIXES) {
    // A short name of one character (e.g. a hypothetical 沙县 → 沙) would match everywhere.
    if (name.endsWith(suffix) && name.length - suffix.length >= 2) return name.slice(0, -suffix.length);
  }
  return name;
}

function makePlace(code: string, name: string, level: PlaceLevel, parent: string | null): Place {
  const short = shortName(name);
  const aliases = short === name ? [name] : [name, short];
  const textAliases = aliases.filter((a) => a === name || !ambiguousShortNames.has(a));
  return { code, name, level, parent, aliases, textAliases };
}

function buildPlaces(): Place[] {
  const out: Place[] = [];
  for (const line of provinceRows.trim().split('\n')) {
    const [code, name] = line.trim().split(/\s+/);
    if (code && name) out.push(makePlace(code, name, 'province', null));
  }
  for (const line of zhejiangRows.trim().split('\n')) {
    const [cityPart, countyPart] = line.split(':');
    const [cityCode, cityName] = (cityPart ?? '').trim().split(/\s+/);
    if (!cityCode || !cityName || !countyPart) continue;
    out.push(makePlace(cityCode, cityName, 'city', '330000'));
    for (const item of countyPart.split(',')) {
      const [code, name] = item.trim().split(/\s+/);
      if (code && name) out.push(makePlace(code, name, 'county', cityCode));
    }
  }
  return out;
}

export const places: readonly Place[] = buildPlaces();

const byCode = new Map(places.map((p) => [p.code, p]));
const byAlias = new Map<string, Place>();
for (const place of places) {
  for (const alias of place.aliases) if (!byAlias.has(alias)) byAlias.set(alias, place);
}

/** 舟山 / 舟山市 / 330900 / gb2260:330900 → 舟山市; unknown → null. */
export function findPlace(name: string): Place | null {
  const key = name.trim().replace(/^gb2260:/, '');
  return byAlias.get(key) ?? byCode.get(key) ?? null;
}

export function placeByCode(code: string): Place | null {
  return byCode.get(code.replace(/^gb2260:/, '')) ?? null;
}

/** The chain from the place up to its province, nearest first (越城区 → 绍兴市 → 浙江省). */
export function placeAncestors(place: Place): Place[] {
  const chain: Place[] = [];
  let code = place.parent;
  while (code) {
    const parent = byCode.get(code);
    if (!parent) break;
    chain.push(parent);
    code = parent.parent;
  }
  return chain;
}

export function placeTag(place: Place): Tag {
  return { type: 'place', value: `gb2260:${place.code}`, label: place.name };
}
