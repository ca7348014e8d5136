// Plain text: what a copy desk pastes into another system. Blank line between paragraphs.
import type { Story } from '../model';
import { labelsFor, type ExportContext } from './context';
import { storyView } from './view';

export function renderText(story: Story, ctx: ExportContext): string {
  const v = storyView(story);
  const head = [v.kicker, v.headline, v.deck, v.byline, v.printedDateline].filter((x): x is string => x !== null);
  const body = v.blocks.map((b) => (b.type === 'subhead' ? `【${b.text}】` : b.text));
  const tags = v.tags.length ? [`${labelsFor(ctx).tags}: ${v.tags.map((t) => t.label).join('、')}`] : [];
  return [...(head.length ? [head.join('\n')] : []), ...body, ...tags].join('\n\n') + '\n';
}

export function renderTextBundle(stories: Story[], ctx: ExportContext): string {
  return stories.map((s) => renderText(s, ctx)).join('\n' + '─'.repeat(20) + '\n\n');
}
