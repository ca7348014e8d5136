// The few ZIP operations the per-story DOCX writer needs, on node:zlib alone: read a package's
// entries still compressed, and write a package from entries compressed once and reused.
// docx zips with fflate, which is only its own dependency (not ours) and has no way to take an
// entry that is already deflated; reusing the template's compressed bytes is what makes one
// file per story cheap. Plain ZIP only: no ZIP64 (a story is far below 4 GB), no encryption.
import * as zlib from 'node:zlib';
import { deflateRawSync, inflateRawSync } from 'node:zlib';

/** One member of a ZIP archive, its data as stored (deflated when method is 8). */
export interface ZipEntry {
  name: string;
  method: 0 | 8;
  crc: number;
  size: number;
  data: Uint8Array;
}

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;
const UTF8_NAMES = 0x0800;
const utf8 = new TextEncoder();

const CRC_TABLE = (() => {
  const t = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  return t;
})();

// zlib.crc32 arrived in Node 20.15 / 22.2 (read off the namespace: a named import of a missing
// export would fail at load); the table is the fallback for older runtimes.
const nativeCrc32 = (zlib as { crc32?: (data: Uint8Array) => number }).crc32;

export function crc32(data: Uint8Array): number {
  return nativeCrc32 ? nativeCrc32(data) >>> 0 : portableCrc32(data);
}

export function portableCrc32(data: Uint8Array): number {
  let c = -1;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}

// Parts here are a few KB, where zlib's per-call cost outweighs the level: level 1 measured no
// faster than the default 6 for a story's document.xml, only larger.
export function deflateEntry(name: string, content: Uint8Array | string, level = 6): ZipEntry {
  const raw = typeof content === 'string' ? utf8.encode(content) : content;
  return { name, method: 8, crc: crc32(raw), size: raw.byteLength, data: new Uint8Array(deflateRawSync(raw, { level })) };
}

export function inflateEntry(entry: ZipEntry): Uint8Array {
  if (entry.method === 0) return entry.data;
  const out = new Uint8Array(inflateRawSync(entry.data));
  if (out.byteLength !== entry.size || crc32(out) !== entry.crc) throw new Error(`ZIP entry ${entry.name} is corrupt`);
  return out;
}

/** MS-DOS date and time (local fields, 2-second resolution) of an ISO timestamp, read as UTC. */
function dosDateTime(iso: string): { date: number; time: number } {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime()) || d.getUTCFullYear() < 1980) return { date: (0 << 9) | (1 << 5) | 1, time: 0 };
  return {
    date: ((d.getUTCFullYear() - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate(),
    time: (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | (d.getUTCSeconds() >> 1),
  };
}

/** Writes entries in the given order; the DOCX writer keeps docx's own. */
export function writeZip(entries: readonly ZipEntry[], modifiedAt: string): Uint8Array {
  const { date, time } = dosDateTime(modifiedAt);
  const names = entries.map((e) => utf8.encode(e.name));
  let localSize = 0;
  let centralSize = 0;
  entries.forEach((e, i) => {
    localSize += 30 + names[i]!.byteLength + e.data.byteLength;
    centralSize += 46 + names[i]!.byteLength;
  });
  if (entries.length > 0xffff || localSize + centralSize > 0xffffffff) throw new Error('ZIP too large for a story package');
  const out = new Uint8Array(localSize + centralSize + 22);
  const view = new DataView(out.buffer);
  const offsets: number[] = [];
  let at = 0;
  entries.forEach((e, i) => {
    const name = names[i]!;
    offsets.push(at);
    view.setUint32(at, LOCAL, true);
    view.setUint16(at + 4, 20, true);
    view.setUint16(at + 6, UTF8_NAMES, true);
    view.setUint16(at + 8, e.method, true);
    view.setUint16(at + 10, time, true);
    view.setUint16(at + 12, date, true);
    view.setUint32(at + 14, e.crc, true);
    view.setUint32(at + 18, e.data.byteLength, true);
    view.setUint32(at + 22, e.size, true);
    view.setUint16(at + 26, name.byteLength, true);
    view.setUint16(at + 28, 0, true);
    out.set(name, at + 30);
    out.set(e.data, at + 30 + name.byteLength);
    at += 30 + name.byteLength + e.data.byteLength;
  });
  const centralStart = at;
  entries.forEach((e, i) => {
    const name = names[i]!;
    view.setUint32(at, CENTRAL, true);
    view.setUint16(at + 4, 20, true);
    view.setUint16(at + 6, 20, true);
    view.setUint16(at + 8, UTF8_NAMES, true);
    view.setUint16(at + 10, e.method, true);
    view.setUint16(at + 12, time, true);
    view.setUint16(at + 14, date, true);
    view.setUint32(at + 16, e.crc, true);
    view.setUint32(at + 20, e.data.byteLength, true);
    view.setUint32(at + 24, e.size, true);
    view.setUint16(at + 28, name.byteLength, true);
    // extra, comment, disk, internal and external attributes stay 0
    view.setUint32(at + 42, offsets[i]!, true);
    out.set(name, at + 46);
    at += 46 + name.byteLength;
  });
  view.setUint32(at, END, true);
  view.setUint16(at + 8, entries.length, true);
  view.setUint16(at + 10, entries.length, true);
  view.setUint32(at + 12, at - centralStart, true);
  view.setUint32(at + 16, centralStart, true);
  return out;
}

/** Entries of a plain (non-ZIP64) archive, in central-directory order, data left compressed. */
export function readZip(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = bytes.byteLength - 22;
  while (end >= 0 && view.getUint32(end, true) !== END) end--;
  if (end < 0) throw new Error('not a ZIP archive');
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const decoder = new TextDecoder();
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (view.getUint32(at, true) !== CENTRAL) throw new Error('ZIP central directory is damaged');
    const method = view.getUint16(at + 10, true);
    if (method !== 0 && method !== 8) throw new Error(`ZIP compression method ${method} is not supported`);
    const compressed = view.getUint32(at + 20, true);
    const nameLength = view.getUint16(at + 28, true);
    const skip = nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    const local = view.getUint32(at + 42, true);
    if (view.getUint32(local, true) !== LOCAL) throw new Error('ZIP local header is damaged');
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    entries.push({
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method,
      crc: view.getUint32(at + 16, true),
      size: view.getUint32(at + 24, true),
      data: bytes.subarray(start, start + compressed),
    });
    at += 46 + skip;
  }
  return entries;
}
