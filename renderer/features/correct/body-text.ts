// The body as the editor holds it: one paragraph per line. Pure, so the tests can pin the mapping.

export function bodyText(paragraphs: readonly string[]): string {
  return paragraphs.join('\n');
}

export function paragraphsOf(text: string): string[] {
  return text.split('\n');
}

/** The paragraph (0-based) holding `offset`, and where that paragraph starts in the text. */
export function paragraphAt(text: string, offset: number): { index: number; start: number; end: number } {
  const at = Math.max(0, Math.min(offset, text.length));
  const start = text.lastIndexOf('\n', at - 1) + 1;
  let index = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < start; i = text.indexOf('\n', i + 1)) index++;
  const nl = text.indexOf('\n', at);
  return { index, start, end: nl < 0 ? text.length : nl };
}
