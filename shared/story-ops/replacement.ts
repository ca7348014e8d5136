// The replacement text for one match, with `$` patterns expanded as String.prototype.replace
// expands them, so a template means what editors know from JavaScript.
import type { TextMatch } from './find-pattern';

/**
 * $$, $&, $`, $', $1..$99 and $<name> (when the pattern names groups); anything else stays
 * literal. Built from the match found in the whole text, never by re-running the pattern on the
 * match alone: lookbehinds, ^, $ and \b only hold in the context of the whole text.
 */
export function expandReplacement(template: string, match: TextMatch): string {
  const { captures, named, input, index } = match;
  let out = '';
  let i = 0;
  while (i < template.length) {
    const dollar = template.indexOf('$', i);
    if (dollar === -1 || dollar === template.length - 1) {
      out += template.slice(i);
      break;
    }
    out += template.slice(i, dollar);
    const next = template[dollar + 1]!;
    i = dollar + 2;
    if (next === '$') out += '$';
    else if (next === '&') out += match.text;
    else if (next === '`') out += input.slice(0, index);
    else if (next === "'") out += input.slice(index + match.text.length);
    else if (next >= '0' && next <= '9') {
      // Two digits when they name a group ($10 with ten groups), else one ($10 with one group is $1 then 0).
      const two = template[dollar + 2];
      const nn = two !== undefined && two >= '0' && two <= '9' ? Number(next + two) : NaN;
      const n = Number(next);
      if (nn >= 1 && nn <= captures.length) {
        out += captures[nn - 1] ?? '';
        i = dollar + 3;
      } else if (n >= 1 && n <= captures.length) out += captures[n - 1] ?? '';
      else out += '$' + next;
    } else if (next === '<' && named) {
      const close = template.indexOf('>', i);
      if (close === -1) out += '$<';
      else {
        out += named.get(template.slice(i, close)) ?? '';
        i = close + 1;
      }
    } else out += '$' + next;
  }
  return out;
}

/** Whether expanding `template` reads a match's groups ($1, $<name>); if not, they need not be found. */
export function usesGroups(template: string): boolean {
  return /\$[0-9<]/.test(template);
}

/** What one match becomes: the literal replacement in plain mode, expanded in regex mode. */
export function replacementFor(template: string, match: TextMatch, regex: boolean): string {
  return regex ? expandReplacement(template, match) : template;
}
