import { describe, expect, it } from 'vitest';
import { proofread } from '../../../shared/proof';
import { listed, sameItem, type SuggestionActions, type SuggestionItemProps } from '../../../renderer/features/proof/listed-suggestions';

const page = '今年以来全市上下,全市持续发力。各地推进产业升级,城乡融合。记者在现场看到,工人们正在施工。';

describe('the proof panel list', () => {
  it('keeps each item’s key when typing before it moves its offsets', () => {
    const before = listed(page, proofread(page), new Set());
    const typed = '新' + page;
    const after = listed(typed, proofread(typed), new Set());
    expect(before.length).toBe(3);
    expect(after.map((v) => v.id)).toEqual(before.map((v) => v.id));
    expect(after.map((v) => v.s.start)).toEqual(before.map((v) => v.s.start + 1));
  });

  it('numbers suggestions that read the same, so their keys stay apart', () => {
    const thrice = '好消息是今天,我们出发了。'.repeat(3);
    const items = listed(thrice, proofread(thrice), new Set());
    expect(items).toHaveLength(3);
    expect(new Set(items.map((v) => v.rejectKey)).size).toBe(1);
    expect(new Set(items.map((v) => v.id)).size).toBe(3);
  });

  it('leaves out rejected suggestions and shows six characters either side', () => {
    const all = listed(page, proofread(page), new Set());
    const rest = listed(page, proofread(page), new Set([all[1]!.rejectKey]));
    expect(rest.map((v) => v.id)).toEqual([all[0]!.id, all[2]!.id]);
    expect(all[0]).toMatchObject({ before: '以来全市上下', after: '全市持续发力' });
  });
});

describe('a panel item is drawn again', () => {
  const actions = {} as SuggestionActions;
  const [item] = listed(page, proofread(page), new Set());
  const props: SuggestionItemProps = { s: item!.s, rejectKey: item!.rejectKey, before: item!.before, after: item!.after, actions };

  it('not when the proofreader answers with an equal suggestion', () => {
    expect(sameItem(props, { ...props, s: { ...props.s, message: { ...props.s.message } } })).toBe(true);
  });

  it('when its offsets moved, since its buttons act on them', () => {
    expect(sameItem(props, { ...props, s: { ...props.s, start: props.s.start + 1, end: props.s.end + 1 } })).toBe(false);
  });

  it('when what it shows changed', () => {
    expect(sameItem(props, { ...props, after: '别的文字' })).toBe(false);
    expect(sameItem(props, { ...props, s: { ...props.s, replacement: '；' } })).toBe(false);
    expect(sameItem(props, { ...props, actions: {} as SuggestionActions })).toBe(false);
  });
});
