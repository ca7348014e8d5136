import { useMemo, useState } from 'react';
import { suggestTags } from '../../../shared/tags';
import { useT } from '../../i18n';
import { tagKey } from '../../state/selection-slice';
import { useApp } from '../../state/store';
import { useSections } from './sections-slice';
import { applyTags } from './apply-tags';
import { sectionTagFor } from './make-tag';
import { SectionsEditor } from './SectionsEditor';
import { TagAddForm } from './TagAddForm';
import { TagChip } from './TagChip';

const SHOWN_SUGGESTIONS = 8;

/** The shown story's tags, one-click sections, suggestions computed from its text, and a free/vocabulary add form. */
export function TagPanel() {
  const t = useT();
  const story = useApp((s) => s.stories.find((x) => x.id === s.selectedId) ?? null);
  const sections = useSections();
  const [all, setAll] = useState(false);
  const [editing, setEditing] = useState(false);
  const suggestions = useMemo(() => {
    if (!story) return [];
    const have = new Set(story.tags.map(tagKey));
    return suggestTags({ edited: story.edited, kind: story.kind }).filter((s) => !have.has(tagKey(s.tag)));
  }, [story]);
  if (!story) return null;
  const have = new Set(story.tags.map(tagKey));
  const shown = all ? suggestions : suggestions.slice(0, SHOWN_SUGGESTIONS);
  return (
    <section className="panel tag-panel" data-testid="tag-panel" aria-label={t('tags')}>
      <header>
        <h2>{t('tags')}</h2>
        <span className="tag-list" data-testid="story-tags">
          {story.tags.length === 0 && <span className="meta">{t('noTags')}</span>}
          {story.tags.map((tag) => (
            <TagChip key={tagKey(tag)} tag={tag} onRemove={() => void applyTags([story.id], [], [tag])} />
          ))}
        </span>
      </header>
      <div className="tag-body">
        <div className="tag-row">
          <span className="field-label">{t('tagType_section')}</span>
          {sections.map((name) => {
            const tag = sectionTagFor(name);
            const on = have.has(tagKey(tag));
            return (
              <button
                key={name}
                type="button"
                className={`section-option${on ? ' on' : ''}`}
                aria-pressed={on}
                data-testid="section-option"
                onClick={() => void applyTags([story.id], on ? [] : [tag], on ? [tag] : [])}
              >
                {name}
              </button>
            );
          })}
          <button type="button" className="link" data-testid="edit-sections" onClick={() => setEditing(!editing)}>
            {t('editSections')}
          </button>
        </div>
        {editing && <SectionsEditor onClose={() => setEditing(false)} />}
        {suggestions.length > 0 && (
          <div className="tag-row suggestions" data-testid="tag-suggestions">
            <span className="field-label">{t('suggestions')}</span>
            {shown.map((s) => (
              <button
                key={tagKey(s.tag)}
                type="button"
                className={`tag-suggestion tag-${s.tag.type}`}
                data-testid="tag-suggestion"
                data-value={s.tag.value}
                title={s.reason}
                aria-label={`${t('acceptTag')} ${s.tag.label} (${s.reason})`}
                onClick={() => void applyTags([story.id], [s.tag])}
              >
                + {s.tag.label}
              </button>
            ))}
            {suggestions.length > SHOWN_SUGGESTIONS && (
              <button type="button" className="link" onClick={() => setAll(!all)}>
                {all ? t('fewer') : t('moreTagSuggestions', { n: suggestions.length - SHOWN_SUGGESTIONS })}
              </button>
            )}
          </div>
        )}
        <TagAddForm testPrefix="tag" onAdd={(tag) => void applyTags([story.id], [tag])} />
      </div>
    </section>
  );
}
