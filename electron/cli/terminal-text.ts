// What the CLI prints comes from pages and file names nobody checked: an ESC, DEL, a C1 control
// (U+009B is a one-character CSI) or a bidi override in a headline would otherwise be obeyed by
// the terminal (clear the screen, retitle the window, plant a link, reverse the line) instead of
// shown. Every write goes through here, and such characters come out as \uXXXX escapes: visible,
// so an editor sees the page holds something odd, and also valid inside a JSON string, so --json
// output still parses to the very same values.

// C0 and DEL, C1, bidi embeddings/overrides (U+202A–U+202E) and isolates (U+2066–U+2069).
const CONTROLS = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/gu;
const CONTROLS_BUT_NEWLINE = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/gu;
const SHORT: Record<string, string> = { '\t': '\\t', '\n': '\\n', '\r': '\\r' };

function escape(c: string): string {
  return SHORT[c] ?? `\\u${(c.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`;
}

/** One value for a line of human output: even a newline is shown as `\n`, so it stays on its line. */
export function terminalText(value: string): string {
  return value.replace(CONTROLS, escape);
}

/** Output whose newlines are its own layout; anything else a terminal would act on is escaped. */
export function terminalLines(text: string): string {
  return text.replace(CONTROLS_BUT_NEWLINE, escape);
}

export function writeOut(text: string): void {
  process.stdout.write(terminalLines(text));
}

export function writeErr(text: string): void {
  process.stderr.write(terminalLines(text));
}
