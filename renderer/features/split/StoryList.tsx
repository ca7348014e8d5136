import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Tag } from '../../../shared/model';
import { useT } from '../../i18n';
import { tagKey } from '../../state/selection-slice';
import { useApp } from '../../state/store';
import { StatusBadge } from '../approve/StatusBadge';
import { BulkTagBar } from '../tag/BulkTagBar';
import { TagFilter } from '../tag/TagFilter';

const SHOWN_TAGS = 3;
// In a narrow list the section says most about where a story goes, then the place, then the topic.
const typeOrder = ['section', 'place', 'topic', 'org', 'person', 'free'];
const byType = (a: Tag, b: Tag) => (typeOrder.indexOf(a.type) >>> 0) - (typeOrder.indexOf(b.type) >>> 0);

/**
 * The document's stories with progress. Checkboxes (shift-click for a range, Ctrl/⌘-click on a
 * story too) pick stories for bulk tagging and export; the tag filter narrows the list.
 */
export function StoryList() {
  const t = useT();
  const stories = useApp((s) => s.stories);
  const selectedId = useApp((s) => s.selectedId);
  const { select, toggleChecked, setChecked, tagFilter } = useApp(
    useShallow((s) => ({ select: s.select, toggleChecked: s.toggleChecked, setChecked: s.setChecked, tagFilter: s.tagFilter })),
  );
  const checkedRaw = useApp((s) => s.checked);
  const checked = useMemo(() => checkedRaw.filter((id) => stories.some((s) => s.id === id)), [checkedRaw, stories]);
  const visible = useMemo(
    () => stories.map((s, i) => ({ s, n: i + 1 })).filter(({ s }) => !tagFilter || s.tags.some((x) => tagKey(x) === tagFilter)),
    [stories, tagFilter],
  );
  const visibleIds = visible.map(({ s }) => s.id);
  const approved = stories.filter((s) => s.status === 'approved' && s.kind !== 'nonstory').length;
  const total = stories.filter((s) => s.kind !== 'nonstory').length;
  const allChecked = visible.length > 0 && visibleIds.every((id) => checked.includes(id));
  return (
    <section className="panel stories" aria-label={t('stories')}>
      <header>
        <h2>{t('stories')}</h2>
        <span className="meta" data-testid="progress">
          {t('progress', { n: approved, m: total })}
        </span>
        <progress className="progress-bar" value={approved} max={Math.max(1, total)} aria-hidden="true" />
      </header>
      <div className="list-tools">
        <input
          type="checkbox"
          data-testid="check-all"
          aria-label={t('checkAll')}
          title={t('checkAll')}
          checked={allChecked}
          onChange={() => setChecked(allChecked ? checked.filter((id) => !visibleIds.includes(id)) : [...new Set([...checked, ...visibleIds])])}
        />
        <TagFilter />
      </div>
      <BulkTagBar checkedIds={checked} />
      <ol data-testid="story-list">
        {visible.map(({ s, n }) => {
          const isChecked = checked.includes(s.id);
          const stale = s.status === 'in_review' && s.approval !== null;
          return (
            <li key={s.id} className={isChecked ? 'checked' : undefined}>
              <input
                type="checkbox"
                className="story-check"
                data-testid="story-check"
                aria-label={`${t('checkStory')} ${n}`}
                checked={isChecked}
                onChange={() => undefined}
                onClick={(e) => toggleChecked(s.id, e.shiftKey, visibleIds)}
              />
              <button
                type="button"
                data-testid="story-item"
                aria-current={s.id === selectedId ? 'true' : undefined}
                className={`story-item kind-${s.kind}${s.id === selectedId ? ' selected' : ''}`}
                onClick={(e) => {
                  if (e.shiftKey || e.ctrlKey || e.metaKey) toggleChecked(s.id, e.shiftKey, visibleIds);
                  else select(s.id);
                }}
              >
                <span className="num">{n}</span>
                <span className="title">{s.edited.headline ?? <em>{t('noHeadline')}</em>}</span>
                <span className="badges">
                  <StatusBadge status={s.status} />
                  {stale && (
                    <span className="badge stale" data-testid="stale-badge" title={t('changedAfterApproval')}>
                      {t('changedAfterApprovalShort')}
                    </span>
                  )}
                  {s.kind !== 'article' && <span className="badge kind">{t(`kind_${s.kind}`)}</span>}
                  {/* One badge per kind of flag; an unsure reading is marked with a question mark. */}
                  {[...new Map(s.flags.map((f) => [f.code, f])).values()].map((f) => (
                    <span
                      key={f.code}
                      className={`badge flag flag-${f.code}${f.code.startsWith('uncertain_') ? ' uncertain' : ''}`}
                      data-testid="flag-badge"
                      data-code={f.code}
                      title={`${t(`flag_${f.code}`)} · ${t('flagConfidence', { n: Math.round(f.confidence * 100) })}`}
                    >
                      {f.code.startsWith('uncertain_') && <span aria-hidden="true">? </span>}
                      {t(`flag_${f.code}`)}
                    </span>
                  ))}
                  {[...s.tags].sort(byType).slice(0, SHOWN_TAGS).map((tag) => (
                    <span key={tagKey(tag)} className={`item-tag tag-${tag.type}`} data-testid="item-tag">
                      {tag.label}
                    </span>
                  ))}
                  {s.tags.length > SHOWN_TAGS && <span className="item-tag more">+{s.tags.length - SHOWN_TAGS}</span>}
                </span>
              </button>
            </li>
          );
        })}
      </ol>
      {tagFilter && visible.length === 0 && <p className="empty">{t('noMatchingStories')}</p>}
    </section>
  );
}
