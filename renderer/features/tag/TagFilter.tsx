import { useMemo } from 'react';
import type { Story, Tag } from '../../../shared/model';
import { useT } from '../../i18n';
import { tagKey } from '../../state/selection-slice';
import { useApp } from '../../state/store';
import { tagTypeKey } from './TagChip';

/** Every tag used in the open document, with how many stories carry it. */
export function tagsInUse(stories: Story[]): Array<{ tag: Tag; count: number }> {
  const seen = new Map<string, { tag: Tag; count: number }>();
  for (const s of stories) {
    for (const tag of s.tags) {
      const e = seen.get(tagKey(tag)) ?? { tag, count: 0 };
      e.count++;
      seen.set(tagKey(tag), e);
    }
  }
  return [...seen.values()].sort((a, b) => a.tag.type.localeCompare(b.tag.type) || b.count - a.count);
}

export function TagFilter() {
  const t = useT();
  const stories = useApp((s) => s.stories);
  const filter = useApp((s) => s.tagFilter);
  const setTagFilter = useApp((s) => s.setTagFilter);
  const inUse = useMemo(() => tagsInUse(stories), [stories]);
  return (
    <select
      className="tag-filter"
      aria-label={t('tagFilter')}
      data-testid="tag-filter"
      value={filter ?? ''}
      onChange={(e) => setTagFilter(e.target.value || null)}
    >
      <option value="">{t('allTags')}</option>
      {filter && !inUse.some((u) => tagKey(u.tag) === filter) && <option value={filter}>{filter}</option>}
      {inUse.map(({ tag, count }) => (
        <option key={tagKey(tag)} value={tagKey(tag)}>
          {t(tagTypeKey(tag.type))}: {tag.label} ({count})
        </option>
      ))}
    </select>
  );
}
