import type { Tag } from '../../../shared/model';
import { useT, type MessageKey } from '../../i18n';

export function tagTypeKey(type: string): MessageKey {
  return (['free', 'place', 'section', 'topic', 'person', 'org'].includes(type) ? `tagType_${type}` : 'tagType_free') as MessageKey;
}

/** One tag, coloured by its vocabulary; with a remove button when `onRemove` is given. */
export function TagChip({ tag, onRemove }: { tag: Tag; onRemove?: () => void }) {
  const t = useT();
  return (
    <span className={`tag-chip tag-${tag.type}`} data-testid="tag-chip" data-type={tag.type} data-value={tag.value} title={`${t(tagTypeKey(tag.type))} · ${tag.value}`}>
      {tag.label}
      {onRemove && (
        <button type="button" className="chip-x" aria-label={`${t('removeTag')} ${tag.label}`} data-testid="tag-remove" onClick={onRemove}>
          ×
        </button>
      )}
    </span>
  );
}
