import { useMemo } from 'react';
import { charDiff, elide } from './char-diff';

/** Before → after as one line: deletions struck through, insertions underlined. */
export function TextDiff({ before, after }: { before: string; after: string }) {
  const spans = useMemo(() => elide(charDiff(before, after)), [before, after]);
  return (
    <span className="text-diff" lang="zh-CN">
      {spans.map((s, i) =>
        s.kind === 'ins' ? (
          <ins key={i} data-testid="diff-ins">{s.text}</ins>
        ) : s.kind === 'del' ? (
          <del key={i} data-testid="diff-del">{s.text}</del>
        ) : (
          <span key={i}>{s.text}</span>
        ),
      )}
    </span>
  );
}
