import { useEffect, useState } from 'react';

/** A field edited locally and committed as one operation when the editor leaves it. */
export function FieldInput(props: {
  label: string;
  value: string | null;
  testId: string;
  multiline?: boolean;
  lang?: string;
  onCommit(value: string): void;
}) {
  const [draft, setDraft] = useState(props.value ?? '');
  useEffect(() => setDraft(props.value ?? ''), [props.value]);
  const commit = () => {
    if (draft !== (props.value ?? '')) props.onCommit(draft);
  };
  const common = {
    'data-testid': props.testId,
    'aria-label': props.label,
    value: draft,
    lang: props.lang,
    onBlur: commit,
  };
  return (
    <label className="field">
      <span className="field-label">{props.label}</span>
      {props.multiline ? (
        <textarea {...common} rows={Math.max(2, Math.ceil(draft.length / 38))} onChange={(e) => setDraft(e.target.value)} />
      ) : (
        <input
          {...common}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') (e.target as HTMLInputElement).blur();
          }}
        />
      )}
    </label>
  );
}
