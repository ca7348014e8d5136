import { useState } from 'react';
import { useT } from '../../i18n';
import { useApp } from '../../state/store';
import { applyTags } from './apply-tags';
import { sectionTagFor } from './make-tag';
import { useSections } from './sections-slice';
import { TagAddForm } from './TagAddForm';

/** Tags the checked stories in one operation. */
export function BulkTagBar({ checkedIds }: { checkedIds: string[] }) {
  const t = useT();
  const sections = useSections();
  const setChecked = useApp((s) => s.setChecked);
  const [section, setSection] = useState('');
  const chosen = section || sections[0] || '';
  if (checkedIds.length === 0) return null;
  return (
    <div className="bulk-bar" data-testid="bulk-bar" role="group" aria-label={t('bulkTag')}>
      <div className="row">
        <strong data-testid="bulk-count">{t('checkedCount', { n: checkedIds.length })}</strong>
        <span className="spacer" />
        <button type="button" className="link" data-testid="bulk-clear" onClick={() => setChecked([])}>
          {t('clearChecked')}
        </button>
      </div>
      <div className="row">
        <select aria-label={t('tagType_section')} data-testid="bulk-section" value={chosen} onChange={(e) => setSection(e.target.value)}>
          {sections.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
        <button type="button" data-testid="bulk-add-section" disabled={!chosen} onClick={() => void applyTags(checkedIds, [sectionTagFor(chosen)])}>
          {t('addSection')}
        </button>
      </div>
      <TagAddForm testPrefix="bulk-tag" onAdd={(tag) => void applyTags(checkedIds, [tag])} onRemove={(tag) => void applyTags(checkedIds, [], [tag])} />
    </div>
  );
}
