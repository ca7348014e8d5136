// The small ZIP writer/reader behind per-story DOCX, checked against JSZip as an independent reader.
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { crc32, portableCrc32, deflateEntry, inflateEntry, readZip, writeZip, type ZipEntry } from '../../../electron/service/export/zip';

const utf8 = new TextEncoder();

describe('zip', () => {
  it('computes the standard CRC-32', () => {
    expect(crc32(utf8.encode('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array())).toBe(0);
    const sample = utf8.encode('稿件 story 123'.repeat(50));
    expect(portableCrc32(utf8.encode('123456789'))).toBe(0xcbf43926);
    expect(portableCrc32(sample)).toBe(crc32(sample));
  });

  it('writes archives JSZip reads back with valid checksums, stored and deflated', async () => {
    const text = '稿件正文 '.repeat(500);
    const stored: ZipEntry = { name: 'a/stored.txt', method: 0, crc: crc32(utf8.encode('plain')), size: 5, data: utf8.encode('plain') };
    const bytes = writeZip([deflateEntry('[Content_Types].xml', text), stored], '2024-01-08T09:30:00.000Z');
    const zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
    expect(Object.keys(zip.files)).toEqual(['[Content_Types].xml', 'a/stored.txt']);
    expect(await zip.file('[Content_Types].xml')!.async('string')).toBe(text);
    expect(await zip.file('a/stored.txt')!.async('string')).toBe('plain');
    expect(zip.file('a/stored.txt')!.date.toISOString().slice(0, 10)).toBe('2024-01-08');
  });

  it('reads archives JSZip wrote, keeping entries compressed until asked', async () => {
    const zip = new JSZip();
    zip.file('word/document.xml', '<w:document>正文</w:document>', { createFolders: false });
    zip.file('docProps/app.xml', '<Properties/>', { createFolders: false });
    const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    const entries = readZip(bytes);
    expect(entries.map((e) => e.name).sort()).toEqual(['docProps/app.xml', 'word/document.xml']);
    const doc = entries.find((e) => e.name === 'word/document.xml')!;
    expect(doc.method).toBe(8);
    expect(new TextDecoder().decode(inflateEntry(doc))).toBe('<w:document>正文</w:document>');
  });

  it('rejects a damaged entry and a file that is not a ZIP', () => {
    const entry = deflateEntry('x.xml', 'hello hello hello');
    expect(() => inflateEntry({ ...entry, crc: entry.crc ^ 1 })).toThrow(/corrupt/);
    expect(() => readZip(utf8.encode('not a zip archive at all, just some text'))).toThrow(/not a ZIP/);
  });
});
