import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { describe, expect, it } from 'vitest';
import { renderBundle, renderText } from '../../../shared/export';
import { cleanText } from '../../../shared/export/view';
import { ctx, fullStory, hostileFieldStory, hostileHeadlines, hostileStories, hostileStrings, makeStory } from '../../fixtures/export/stories';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

function elements(node: Node): Element[] {
  const out: Element[] = [];
  const walk = (n: Node) => {
    if ('tagName' in n) out.push(n);
    const children = 'childNodes' in n ? n.childNodes : [];
    for (const c of children) walk(c);
    if ('content' in n && n.content) walk(n.content);
  };
  walk(node);
  return out;
}

function textOf(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
  return 'childNodes' in node ? node.childNodes.map(textOf).join('') : '';
}

const byTag = (doc: Node, tag: string) => elements(doc).filter((e) => e.tagName === tag);

describe('HTML export', () => {
  it('is a standalone page with lang, charset, embedded CSS and no external resources', () => {
    const doc = parse(renderText(fullStory(), 'html', ctx));
    const html = byTag(doc, 'html')[0]!;
    expect(html.attrs.find((a) => a.name === 'lang')?.value).toBe('zh-CN');
    expect(byTag(doc, 'style')).toHaveLength(1);
    expect(byTag(doc, 'link')).toHaveLength(0);
    expect(byTag(doc, 'script')).toHaveLength(0);
    expect(byTag(doc, 'meta').some((m) => m.attrs.some((a) => a.value === 'Content-Security-Policy'))).toBe(true);
    const en = parse(renderText(fullStory(), 'html', { ...ctx, language: 'en' }));
    expect(byTag(en, 'html')[0]!.attrs.find((a) => a.name === 'lang')?.value).toBe('en');
  });

  it('carries kicker, headline, deck, byline, subheads and paragraphs in order as text', () => {
    const story = fullStory();
    const doc = parse(renderText(story, 'html', ctx));
    // The header in printed order: kicker (引题) above the title, deck (副题) under it.
    const header = elements(byTag(doc, 'header')[0]!).filter((e) => e.tagName !== 'header');
    expect(header.map((e) => [e.tagName, e.attrs.find((a) => a.name === 'class')?.value ?? null, textOf(e)])).toEqual([
      ['p', 'kicker', story.edited.kicker],
      ['h1', null, story.edited.headline],
      ['p', 'deck', story.edited.deck],
      ['p', 'byline', story.edited.byline],
    ]);
    expect(textOf(byTag(doc, 'h1')[0]!)).toBe(story.edited.headline);
    expect(textOf(byTag(doc, 'title')[0]!)).toBe(story.edited.headline);
    expect(byTag(doc, 'h2').map(textOf)).toEqual(['一条新路']);
    const paragraphs = elements(byTag(doc, 'div')[0]!).filter((e) => e.tagName === 'p').map(textOf);
    expect(paragraphs).toEqual(story.edited.paragraphs);
    expect(textOf(byTag(doc, 'article')[0]!)).toContain('<24 hours');
    expect(byTag(doc, 'li').map(textOf)).toEqual(story.tags.map((t) => t.label));
  });

  it.each(hostileHeadlines.slice(0, 3))('shows the hostile headline %s as text, never as markup', (headline) => {
    const doc = parse(renderText(makeStory({ headline, paragraphs: [headline] }), 'html', ctx));
    const all = elements(doc);
    expect(all.filter((e) => ['script', 'img', 'svg', 'iframe'].includes(e.tagName))).toHaveLength(0);
    for (const e of all) for (const a of e.attrs) expect(a.name).not.toMatch(/^on/i);
    expect(textOf(byTag(doc, 'h1')[0]!)).toBe(headline);
    expect(textOf(byTag(doc, 'title')[0]!)).toBe(headline);
  });

  it('bundles every story as an article with a table of contents, still inert', () => {
    const stories = hostileStories();
    const doc = parse(renderBundle(stories, 'html', ctx));
    expect(byTag(doc, 'article')).toHaveLength(stories.length);
    expect(byTag(doc, 'h2').map(textOf)).toEqual(stories.map((s) => s.edited.headline!.trim()));
    expect(byTag(doc, 'script')).toHaveLength(0);
    for (const e of elements(doc)) for (const a of e.attrs) expect(a.name).not.toMatch(/^on/i);
    expect(byTag(doc, 'nav')[0] && elements(byTag(doc, 'nav')[0]!).filter((e) => e.tagName === 'a')).toHaveLength(stories.length);
  });

  // The same strings the XML writers are held to, in every field, the story id and the document
  // name: the page must read back as the cleaned text, and no control or bidi character the
  // cleaning removes may reach the file by another way (the document name is not story text).
  const forbidden = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u;
  it.each(hostileStrings.map((s, i) => ({ s, i })))('carries $s literally in every field, alone and bundled', ({ s, i }) => {
    const story = hostileFieldStory(s, i);
    const f = story.edited;
    const hctx = { ...ctx, docName: `样张${s}.txt`, docId: `doc${s}` };
    const c = cleanText;
    const single = renderText(story, 'html', hctx);
    const bundle = renderBundle([story, makeStory({ headline: null, paragraphs: ['x'] }, { id: `y${s}` })], 'html', hctx);
    for (const html of [single, bundle]) expect(forbidden.test(html), JSON.stringify(s)).toBe(false);

    const doc = parse(single);
    expect(textOf(byTag(doc, 'title')[0]!)).toBe(c(f.headline!));
    expect(textOf(byTag(doc, 'h1')[0]!)).toBe(c(f.headline!));
    expect(byTag(doc, 'h2').map(textOf)).toEqual([c(f.subheads[0]!.text)]);
    expect(byTag(doc, 'p').map(textOf)).toEqual([c(f.kicker!), c(f.deck!), c(f.byline!), c(f.dateline!), c(f.paragraphs[0]!)]);
    expect(byTag(doc, 'li').map(textOf)).toEqual(story.tags.map((t) => c(t.label)));
    expect(byTag(doc, 'li').map((e) => e.attrs.find((a) => a.name === 'data-value')?.value)).toEqual(story.tags.map((t) => c(t.value)));
    const keywords = byTag(doc, 'meta').find((m) => m.attrs.some((a) => a.value === 'keywords'));
    expect(keywords?.attrs.find((a) => a.name === 'content')?.value).toBe(story.tags.map((t) => c(t.label)).join(', '));
    expect(byTag(doc, 'article')[0]!.attrs.find((a) => a.name === 'id')?.value).toBe(c(story.id));

    const all = parse(bundle);
    expect(textOf(byTag(all, 'title')[0]!)).toBe(c(hctx.docName));
    expect(textOf(byTag(all, 'h1')[0]!)).toBe(c(hctx.docName));
    const ids = byTag(all, 'article').map((e) => e.attrs.find((a) => a.name === 'id')?.value);
    const hrefs = byTag(all, 'a').map((e) => decodeURIComponent(e.attrs.find((a) => a.name === 'href')?.value.slice(1) ?? ''));
    expect(hrefs).toEqual(ids);
    expect(ids).toEqual([c(story.id), c(`y${s}`)]);
  });
});
