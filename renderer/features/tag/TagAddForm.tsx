import { useId, useMemo, useState } from 'react';
import type { Tag } from '../../../shared/model';
import { mediaTopics, places } from '../../../shared/tags';
import { useT } from '../../i18n';
import { useApp } from '../../state/store';
import { useSections } from './sections-slice';
import { makeTag, tagKinds, type TagKind } from './make-tag';
import { tagTypeKey } from './TagChip';

/** Kind + text with the vocabulary as autocomplete; calls onAdd (and onRemove, for bulk) with the resolved tag. */
export function TagAddForm(props: { testPrefix: string; onAdd(tag: Tag): void; onRemove?(tag: Tag): void }) {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const sections = useSections();
  const notify = useApp((s) => s.notify);
  const listId = useId();
  const [kind, setKind] = useState<TagKind>('free');
  const [text, setText] = useState('');
  const options = useMemo(() => {
    if (kind === 'place') return places.map((p) => p.name);
    if (kind === 'topic') return mediaTopics.map((m) => (lang === 'zh' ? m.zh : m.en));
    if (kind === 'section') return sections;
    return [];
  }, [kind, lang, sections]);
  const resolve = (): Tag | null => {
    const tag = makeTag(kind, text);
    if (!tag && text.trim()) notify('error', t('unknownVocab', { text: text.trim(), kind: t(tagTypeKey(kind)) }));
    return tag;
  };
  return (
    <form
      className="tag-add"
      onSubmit={(e) => {
        e.preventDefault();
        const tag = resolve();
        if (tag) {
          props.onAdd(tag);
          setText('');
        }
      }}
    >
      <select aria-label={t('tagKind')} data-testid={`${props.testPrefix}-kind`} value={kind} onChange={(e) => setKind(e.target.value as TagKind)}>
        {tagKinds.map((k) => (
          <option key={k} value={k}>
            {t(tagTypeKey(k))}
          </option>
        ))}
      </select>
      <input
        aria-label={t('tagText')}
        placeholder={t('tagText')}
        data-testid={`${props.testPrefix}-input`}
        list={options.length ? listId : undefined}
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      {options.length > 0 && (
        <datalist id={listId}>
          {options.map((o) => (
            <option key={o} value={o} />
          ))}
        </datalist>
      )}
      <button type="submit" data-testid={`${props.testPrefix}-add`} disabled={!text.trim()} title={t('addTag')}>
        +
      </button>
      {props.onRemove && (
        <button
          type="button"
          data-testid={`${props.testPrefix}-remove`}
          disabled={!text.trim()}
          title={t('removeTagFromChecked')}
          onClick={() => {
            const tag = resolve();
            if (tag) {
              props.onRemove?.(tag);
              setText('');
            }
          }}
        >
          −
        </button>
      )}
    </form>
  );
}
