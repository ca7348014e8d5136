// Every change to a document's stories is a splice; undo is the inverted splice.
import { GalleyError } from '../errors';
import type { Story, StorySplice } from '../model';

export function invertSplice(splice: StorySplice): StorySplice {
  return { at: splice.at, remove: splice.insert, insert: splice.remove };
}

/** Applies a splice, refusing if the stories it expects to remove are not the ones there. */
export function applySplice(stories: readonly Story[], splice: StorySplice): Story[] {
  const current = stories.slice(splice.at, splice.at + splice.remove.length);
  const matches =
    current.length === splice.remove.length && current.every((s, i) => s.id === splice.remove[i]!.id);
  if (!matches) throw new GalleyError('stale_state');
  return [...stories.slice(0, splice.at), ...splice.insert, ...stories.slice(splice.at + splice.remove.length)];
}

/** The smallest splice that replaces the given stories (by index) with their new versions. */
export function replaceStories(stories: readonly Story[], replacements: ReadonlyMap<string, Story>): StorySplice {
  const indexes = stories.flatMap((s, i) => (replacements.has(s.id) ? [i] : []));
  if (indexes.length === 0) throw new GalleyError('not_found');
  const first = Math.min(...indexes);
  const last = Math.max(...indexes);
  const remove = stories.slice(first, last + 1);
  return { at: first, remove, insert: remove.map((s) => replacements.get(s.id) ?? s) };
}
