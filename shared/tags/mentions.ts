// Place names in running text: a left-to-right scan taking the longest alias at each position,
// so 浙江西部 reads 浙江 (not 江西) and 绍兴市越城区 reads 绍兴市 then 越城区.
import { places, type Place } from './places';

export interface PlaceMention {
  place: Place;
  alias: string;
  start: number;
}

const aliasIndex = new Map<string, Place>();
for (const place of places) {
  for (const alias of place.textAliases) if (!aliasIndex.has(alias)) aliasIndex.set(alias, place);
}
const lengths = [...new Set([...aliasIndex.keys()].map((a) => a.length))].sort((a, b) => b - a);

export function findPlaceMentions(text: string): PlaceMention[] {
  const out: PlaceMention[] = [];
  let i = 0;
  while (i < text.length) {
    let hit: PlaceMention | null = null;
    for (const len of lengths) {
      const alias = text.slice(i, i + len);
      const place = alias.length === len ? aliasIndex.get(alias) : undefined;
      if (place) {
        hit = { place, alias, start: i };
        break;
      }
    }
    if (hit) {
      out.push(hit);
      i += hit.alias.length;
    } else {
      i++;
    }
  }
  return out;
}
