// The keys that open Developer Tools or reload the page. A packaged build has neither menu item
// and swallows these keys before the page sees them: an editor cannot open the inspector, or be
// talked into pasting code there, and a stray F5 cannot throw away the page's state.
// Matched on `key` and on the physical `code`, because Alt on macOS turns I into a dead key.

/** The fields of Electron's before-input-event Input that this reads. */
export interface KeyInput {
  key: string;
  code?: string;
  control: boolean;
  meta: boolean;
  shift: boolean;
  alt: boolean;
}

export function isDevToolsOrReloadKey(input: KeyInput): boolean {
  const key = input.key.toLowerCase();
  if (key === 'f5' || key === 'f12') return true;
  const letter = (l: string): boolean => key === l || input.code === `Key${l.toUpperCase()}`;
  const mod = input.control || input.meta;
  // Reload and force reload.
  if (mod && letter('r')) return true;
  // Developer Tools and its console: Ctrl+Shift+I/J, and Cmd+Alt+I/J on macOS.
  if ((letter('i') || letter('j')) && ((mod && input.shift) || (input.meta && input.alt))) return true;
  return false;
}
