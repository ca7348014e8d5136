// Document files v1 → v2: `subheadline` becomes `kicker` + `deck`, in current stories and in the
// stories every logged operation holds, and approvals survive only where the content is unchanged.
import { createHash } from 'node:crypto';
import { promises as fs, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contentHash, isExportable } from '../../../electron/service/approval';
import { docMigrations, migrate, type JsonObject } from '../../../electron/service/migrations';
import { DOC_SCHEMA_VERSION, Store } from '../../../electron/service/store';
import { subheadlineOf, type DocFile, type Fields, type Story } from '../../../shared/model';
import { segment } from '../../../shared/segment';
import { storyFromSegment } from '../../../shared/story-ops/story-factory';
import { freshDir, removeDir } from './fixtures';

const root = path.join(__dirname, '..', '..', '..');
const seedText = readFileSync(path.join(root, 'seeds', '000_fd21b5ce20d5087d.txt'), 'utf8').replace(/\r\n?/g, '\n');

type V1Fields = Omit<Fields, 'kicker' | 'deck'> & { subheadline: string | null };
type V1Story = Omit<Story, 'original' | 'edited'> & { original: V1Fields; edited: V1Fields };

function v1Fields(f: Fields): V1Fields {
  const { kicker: _k, deck: _d, headline, ...rest } = f;
  return { headline, subheadline: subheadlineOf(f), ...rest };
}

/** A story as schemaVersion 1 stored it. */
function v1Story(s: Story, edited: Partial<V1Fields> = {}): V1Story {
  return { ...s, original: v1Fields(s.original), edited: { ...v1Fields(s.edited), ...edited } };
}

/** The approval hash schemaVersion 1 took (canonicalContent of its day). */
function v1Hash(s: V1Story): string {
  const e = s.edited;
  const canonical = JSON.stringify([
    s.kind,
    [e.headline, e.subheadline, e.byline, e.dateline],
    e.paragraphs,
    e.subheads.map((h) => [h.beforeParagraph, h.text]),
    s.tags.map((t) => `${t.type}:${t.value}`).sort(),
  ]);
  return createHash('sha256').update(canonical).digest('hex');
}

function approved(s: V1Story, hash = v1Hash(s)): V1Story {
  return { ...s, status: 'approved', approval: { by: '编辑甲', at: '2025-03-01T09:00:00.000Z', hash } };
}

function v1File(text: string, stories: V1Story[], log: JsonObject[] = []): JsonObject {
  return {
    schemaVersion: 1,
    doc: { id: 'd1', name: 'd1.txt', sha256: 'a'.repeat(64), encoding: 'utf-8', importedAt: '2025-03-01T08:00:00.000Z', text },
    stories,
    log,
    undoStack: log.map((op) => op['id']),
    redoStack: [],
  };
}

const up = (file: JsonObject) => migrate(file, docMigrations).data as unknown as DocFile;
const heads = (s: Story) => [s.original.kicker, s.original.headline, s.original.deck, s.edited.kicker, s.edited.headline, s.edited.deck];

const seed = segment(seedText).map((seg, i) => storyFromSegment(seg, `s${i + 1}`));

describe('schemaVersion 2: kicker and deck', () => {
  it('is the version this build writes', () => {
    expect(DOC_SCHEMA_VERSION).toBe(2);
    expect(docMigrations.current).toBe(2);
  });

  it('re-reads the seed page: story 1 has a deck, story 7 a kicker on its title line, the rest neither', () => {
    const file = up(v1File(seedText, seed.map((s) => v1Story(s))));
    expect(file.schemaVersion).toBe(2);
    const [first, , , , , , seventh] = file.stories;
    expect(heads(first!)).toEqual([null, '一个城市的执着', '——温州三十年如一日坚持“质量立市”', null, '一个城市的执着', '——温州三十年如一日坚持“质量立市”']);
    expect(heads(seventh!)).toEqual(Array(2).fill(['青田打造侨乡国际农产品加工储运园助力农产品出口', '山里的土货卖到了全世界', null]).flat());
    for (const s of file.stories.slice(1, 6)) expect([s.original.kicker, s.original.deck]).toEqual([null, null]);
    // The migrated stories are exactly what today's splitter makes of the page, key order included.
    expect(file.stories).toEqual(seed);
    for (const s of file.stories) {
      expect(Object.keys(s.original).slice(0, 3)).toEqual(['kicker', 'headline', 'deck']);
      expect(s.original).not.toHaveProperty('subheadline');
      expect(s.edited).not.toHaveProperty('subheadline');
    }
  });

  it('splits a stored "kicker ——deck" into both, in printed order', () => {
    const text = '全省首批未来乡村建设\n交出“成绩单”\n——100个试点村集体经济收入平均增长两成\n\n本报讯 全省首批未来乡村建设试点日前通过验收。';
    const story = storyFromSegment(segment(text)[0]!, 'k1');
    expect([story.original.kicker, story.original.deck]).toEqual(['全省首批未来乡村建设', '——100个试点村集体经济收入平均增长两成']);
    const stored = v1Story(story);
    expect(stored.original.subheadline).toBe('全省首批未来乡村建设 ——100个试点村集体经济收入平均增长两成');
    // The editor corrected the deck only.
    const edited = v1Story(story, { subheadline: '全省首批未来乡村建设 ——100个试点村集体收入平均增长两成' });
    const [a, b] = up(v1File(text, [stored, { ...edited, id: 'k2' }])).stories;
    expect(heads(a!)).toEqual(['全省首批未来乡村建设', '交出“成绩单”', '——100个试点村集体经济收入平均增长两成', '全省首批未来乡村建设', '交出“成绩单”', '——100个试点村集体经济收入平均增长两成']);
    expect([b!.edited.kicker, b!.edited.deck]).toEqual(['全省首批未来乡村建设', '——100个试点村集体收入平均增长两成']);
  });

  it("places the editor's text where the original had it", () => {
    const [first, , , , , , seventh] = seed;
    const file = up(
      v1File(seedText, [
        v1Story(first!, { subheadline: '——温州三十年坚持“质量立市”' }),
        v1Story(seventh!, { subheadline: '青田打造侨乡农产品加工储运园' }),
        // Story 2 had none; an added line is a kicker, or a deck when it starts with a dash.
        v1Story(seed[1]!, { subheadline: '新增引题' }),
        v1Story(seed[2]!, { subheadline: '——新增副题' }),
        v1Story(seed[3]!, { subheadline: null }),
      ]),
    );
    expect(file.stories.map((s) => [s.edited.kicker, s.edited.deck])).toEqual([
      [null, '——温州三十年坚持“质量立市”'],
      ['青田打造侨乡农产品加工储运园', null],
      ['新增引题', null],
      [null, '——新增副题'],
      [null, null],
    ]);
    // The originals are what the page prints, whatever the editor did.
    expect(file.stories[0]!.original.deck).toBe('——温州三十年如一日坚持“质量立市”');
    expect(file.stories[1]!.original.kicker).toBe('青田打造侨乡国际农产品加工储运园助力农产品出口');
  });

  it('places a subheadline the splitter no longer reads by where the page prints it', () => {
    // An older splitter took the second English line as the title; today's reads it as the deck.
    const text = 'Rates stay high\nas prices rise\n\nWASHINGTON — The central bank held rates on Wednesday.\n\nLater, a second story.';
    const base = storyFromSegment(segment(text)[0]!, 'e1');
    const old: V1Story = {
      ...v1Story(base),
      original: { ...v1Fields(base.original), headline: 'as prices rise', subheadline: 'Rates stay high' },
      edited: { ...v1Fields(base.edited), headline: 'as prices rise', subheadline: 'Rates stay high' },
    };
    const dashed: V1Story = { ...old, id: 'e2', original: { ...old.original, subheadline: '— a deck' }, edited: { ...old.edited, subheadline: '— a deck' } };
    const below: V1Story = { ...old, id: 'e3', original: { ...old.original, headline: 'Rates stay high', subheadline: 'not printed here' }, edited: { ...old.edited, headline: 'Rates stay high', subheadline: 'not printed here' } };
    const [a, b, c] = up(v1File(text, [old, dashed, below])).stories;
    expect([a!.original.kicker, a!.original.headline, a!.original.deck]).toEqual(['Rates stay high', 'as prices rise', null]);
    expect([a!.edited.kicker, a!.edited.deck]).toEqual(['Rates stay high', null]);
    expect([b!.original.kicker, b!.original.deck]).toEqual([null, '— a deck']);
    expect([c!.original.kicker, c!.original.deck]).toEqual([null, 'not printed here']);
  });

  it('keeps an approval of unchanged content (re-stamped with the new hash) and never one of changed content', () => {
    const [first, second, , , , , seventh] = seed;
    const unchanged = approved(v1Story(first!));
    const kicked = approved(v1Story(seventh!, { subheadline: '改过的引题' }));
    // Approved, then edited without a new approval (v1 kept the old hash): not exportable before, nor after.
    const stale = { ...approved(v1Story(second!)), edited: { ...v1Story(second!).edited, paragraphs: ['改过的正文。'] } };
    // A forged or damaged hash stays what it was.
    const forged = approved(v1Story(seed[3]!), 'f'.repeat(64));
    const file = up(v1File(seedText, [unchanged, kicked, stale, forged]));
    const [a, b, c, d] = file.stories;
    expect(a!.approval!.hash).toBe(contentHash(a!));
    expect(a!.approval!.hash).not.toBe(unchanged.approval!.hash);
    expect([a!.approval!.by, a!.approval!.at]).toEqual([unchanged.approval!.by, unchanged.approval!.at]);
    expect(isExportable(a!)).toBe(true);
    expect(isExportable(b!)).toBe(true);
    expect(b!.edited.kicker).toBe('改过的引题');
    expect(c!.approval!.hash).toBe(stale.approval!.hash);
    expect(isExportable(c!)).toBe(false);
    expect(d!.approval!.hash).toBe('f'.repeat(64));
    expect(isExportable(d!)).toBe(false);
    // The new hash tells kicker from deck: the same text in the other field is other content.
    expect(contentHash({ ...a!, edited: { ...a!.edited, kicker: a!.edited.deck, deck: null } })).not.toBe(a!.approval!.hash);
  });

  it("migrates the stories every logged operation holds, so undo restores today's shape", () => {
    const before = v1Story(seed[0]!);
    const after = v1Story(seed[0]!, { subheadline: '——改过的副题' });
    const op = { id: 'op-1', at: '2025-03-01T08:30:00.000Z', by: '编辑甲', kind: 'edit', summary: 'edit: subheadline', storyIds: ['s1'], splice: { at: 0, remove: [before], insert: [after] } };
    const file = up(v1File(seedText, [after], [op]));
    const [entry] = file.log;
    expect(entry!.splice.remove[0]!.edited).toEqual(seed[0]!.edited);
    expect([entry!.splice.insert[0]!.edited.kicker, entry!.splice.insert[0]!.edited.deck]).toEqual([null, '——改过的副题']);
    expect(entry!.splice.insert[0]!).toEqual(file.stories[0]);
    expect(JSON.stringify(file)).not.toContain('"subheadline"');
    expect(file.undoStack).toEqual(['op-1']);
  });

  it('leaves stories already in the new shape, and damaged entries, alone', () => {
    const current = seed[0]!;
    const file = up(v1File(seedText, [current as unknown as V1Story, 'not a story' as unknown as V1Story]));
    expect(file.stories).toEqual([current, 'not a story']);
  });

  describe('through the store', () => {
    let dir: string;
    let store: Store | null = null;
    beforeEach(async () => {
      dir = await freshDir();
    });
    afterEach(async () => {
      await store?.close();
      store = null;
      await removeDir(dir);
    });

    it('opens a v1 file, writes it back at v2 and keeps the v1 file as .bak', async () => {
      const v1 = v1File(seedText, [approved(v1Story(seed[0]!)), ...seed.slice(1).map((s) => v1Story(s))]);
      await fs.mkdir(path.join(dir, 'docs'), { recursive: true });
      await fs.writeFile(path.join(dir, 'docs', 'd1.json'), JSON.stringify(v1));
      store = await Store.open(dir);
      const doc = await store.readDoc('d1');
      expect(doc.schemaVersion).toBe(2);
      expect(doc.stories[0]!.edited.deck).toBe('——温州三十年如一日坚持“质量立市”');
      expect(isExportable(doc.stories[0]!)).toBe(true);
      const onDisk = JSON.parse(await fs.readFile(path.join(dir, 'docs', 'd1.json'), 'utf8')) as DocFile;
      expect(onDisk.schemaVersion).toBe(2);
      expect(onDisk.stories[6]!.original.kicker).toBe('青田打造侨乡国际农产品加工储运园助力农产品出口');
      expect(JSON.parse(await fs.readFile(path.join(dir, 'docs', 'd1.json.bak'), 'utf8'))).toEqual(v1);
    });
  });
});
