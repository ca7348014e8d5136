// 字数 per paragraph in a gutter beside each line. Only visible lines are counted, so a long
// story costs nothing extra per keystroke.
import { gutter, GutterMarker } from '@codemirror/view';
import { charCount } from '../../../shared/char-count';

class CountMarker extends GutterMarker {
  constructor(readonly n: number) {
    super();
  }
  override eq(other: CountMarker): boolean {
    return other.n === this.n;
  }
  override toDOM(): Node {
    return document.createTextNode(String(this.n));
  }
}

// The gutter asks for every visible line's marker after each edit; only the edited line's text
// is new, so the rest are answered from here instead of being counted again.
const known = new Map<string, CountMarker>();
const KNOWN_MAX = 2000;

function markerFor(text: string): CountMarker {
  let m = known.get(text);
  if (!m) {
    if (known.size >= KNOWN_MAX) known.clear();
    m = new CountMarker(charCount(text));
    known.set(text, m);
  }
  return m;
}

export const charCountGutter = gutter({
  class: 'cm-charcount-gutter',
  lineMarker(view, line) {
    const text = view.state.doc.sliceString(line.from, line.to);
    return text ? markerFor(text) : null;
  },
  lineMarkerChange: (update) => update.docChanged,
  initialSpacer: () => new CountMarker(888),
});
