import { describe, expect, it } from 'vitest';
import { renderFiles } from '../../../electron/service/export/render';
import { exportFormats, fileExtension, supportsBundle } from '../../../shared/export';
import { ctx, hostileStories, seedStories } from '../../fixtures/export/stories';

describe('renderFiles', () => {
  it.each(exportFormats)('writes one uniquely named, non-empty %s file per story', async (format) => {
    const stories = hostileStories();
    const files = await renderFiles(stories, format, ctx, { bundle: false });
    expect(files).toHaveLength(stories.length);
    expect(new Set(files.map((f) => f.name.toLowerCase())).size).toBe(files.length);
    for (const f of files) {
      expect(f.name.endsWith(`.${fileExtension(format)}`)).toBe(true);
      expect(f.bytes.byteLength).toBeGreaterThan(0);
      expect(f.mime).toBeTruthy();
    }
  });

  it.each(exportFormats.filter(supportsBundle))('bundles %s into one file named after the document', async (format) => {
    const files = await renderFiles(seedStories(), format, ctx, { bundle: true });
    expect(files.map((f) => f.name)).toEqual([`样张 A1.${fileExtension(format)}`]);
  });

  it('refuses a NITF bundle instead of writing an invalid file', async () => {
    await expect(renderFiles(seedStories(), 'nitf', ctx, { bundle: true })).rejects.toThrow(/bundle/);
  });

  it('encodes text formats as UTF-8', async () => {
    const [file] = await renderFiles(seedStories().slice(0, 1), 'txt', ctx, { bundle: false });
    expect(new TextDecoder('utf-8', { fatal: true }).decode(file!.bytes)).toContain('一个城市的执着');
  });
});
