// A character-level diff for the history panel. Chinese has no spaces, so word diffs say nothing;
// diff-match-patch's semantic cleanup keeps the spans readable instead of one-character confetti.
import DiffMatchPatch from 'diff-match-patch';

export type DiffSpan = { kind: 'same' | 'ins' | 'del'; text: string };

const dmp = new DiffMatchPatch();

export function charDiff(before: string, after: string): DiffSpan[] {
  const diffs = dmp.diff_main(before, after);
  dmp.diff_cleanupSemantic(diffs);
  return diffs.map(([op, text]) => ({ kind: op === 1 ? 'ins' : op === -1 ? 'del' : 'same', text }));
}

/** Long unchanged runs are cut to their ends, so a one-word fix in a long paragraph stays visible. */
export function elide(spans: DiffSpan[], keep = 24): DiffSpan[] {
  return spans.map((s, i) => {
    if (s.kind !== 'same' || [...s.text].length <= keep * 2) return s;
    const chars = [...s.text];
    const head = i === 0 ? '' : chars.slice(0, keep).join('');
    const tail = i === spans.length - 1 ? '' : chars.slice(-keep).join('');
    return { kind: 'same', text: `${head}…${tail}` };
  });
}
