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

export const charCountGutter = gutter({
  class: 'cm-charcount-gutter',
  lineMarker(view, line) {
    const text = view.state.doc.sliceString(line.from, line.to);
    return text ? new CountMarker(charCount(text)) : null;
  },
  lineMarkerChange: (update) => update.docChanged,
  initialSpacer: () => new CountMarker(888),
});
