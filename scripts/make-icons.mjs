// Draws the Galley icon — a galley proof: a sheet with a headline and text lines on an ink
// background, one line struck through and marked in the margin in proofreader's red — and
// writes every file electron-builder needs into build/: icon.png (512), icons/NxN.png (Linux),
// icon.ico (PNG-compressed entries, valid since Windows Vista) and icon.icns (PNG entries).
// Deterministic: the same bytes on every run, so the generated files can be committed.
// Run: node scripts/make-icons.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { deflateSync } from 'node:zlib';

const projectDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const INK = [31, 42, 68];
const PAPER = [247, 243, 232];
const TEXT = [150, 158, 172];
const HEAD = [31, 42, 68];
const RED = [200, 55, 45];

// Signed distances in icon units (0..1); negative inside.
function roundedBox(x, y, x0, y0, x1, y1, r) {
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  const qx = Math.abs(x - cx) - ((x1 - x0) / 2 - r);
  const qy = Math.abs(y - cy) - ((y1 - y0) / 2 - r);
  const outside = Math.hypot(Math.max(qx, 0), Math.max(qy, 0));
  return outside + Math.min(Math.max(qx, qy), 0) - r;
}

function capsule(x, y, ax, ay, bx, by, r) {
  const px = x - ax;
  const py = y - ay;
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, (px * dx + py * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - dx * t, py - dy * t) - r;
}

/** The layers, back to front: [colour, signed distance function]. */
function layers() {
  const out = [
    [INK, (x, y) => roundedBox(x, y, 0.03, 0.03, 0.97, 0.97, 0.2)],
    [PAPER, (x, y) => roundedBox(x, y, 0.2, 0.13, 0.8, 0.87, 0.035)],
    [HEAD, (x, y) => capsule(x, y, 0.29, 0.25, 0.71, 0.25, 0.04)],
  ];
  const lines = [0.4, 0.49, 0.58, 0.67, 0.76];
  const ends = [0.71, 0.66, 0.71, 0.62, 0.52];
  lines.forEach((y0, i) => out.push([TEXT, (x, y) => capsule(x, y, 0.29, y0, ends[i], y0, 0.022)]));
  // The proofreader's marks: a strike through the third line and a tick in the margin.
  out.push([RED, (x, y) => capsule(x, y, 0.26, 0.6, 0.74, 0.56, 0.02)]);
  out.push([RED, (x, y) => capsule(x, y, 0.865, 0.5, 0.865, 0.66, 0.025)]);
  return out;
}

/** RGBA pixels of the icon at `size`×`size`, anti-aliased from the distance fields. */
export function renderIcon(size) {
  const pixels = Buffer.alloc(size * size * 4);
  const shapes = layers();
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const x = (px + 0.5) / size;
      const y = (py + 0.5) / size;
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (const [colour, sdf] of shapes) {
        const coverage = Math.max(0, Math.min(1, 0.5 - sdf(x, y) * size));
        if (coverage === 0) continue;
        // "Over" compositing with premultiplied colour.
        r = colour[0] * coverage + r * (1 - coverage);
        g = colour[1] * coverage + g * (1 - coverage);
        b = colour[2] * coverage + b * (1 - coverage);
        a = coverage + a * (1 - coverage);
      }
      const i = (py * size + px) * 4;
      pixels[i] = a > 0 ? Math.round(r / a) : 0;
      pixels[i + 1] = a > 0 ? Math.round(g / a) : 0;
      pixels[i + 2] = a > 0 ? Math.round(b / a) : 0;
      pixels[i + 3] = Math.round(a * 255);
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** An 8-bit RGBA PNG. */
export function encodePng(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  const stride = size * 4;
  const raw = Buffer.alloc((stride + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (stride + 1)] = 0; // filter: none
    rgba.copy(raw, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** ICO whose entries are PNGs; `images` is [{size, png}]. */
export function encodeIco(images) {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  const entries = [];
  let offset = 6 + 16 * images.length;
  for (const { size, png } of images) {
    const e = Buffer.alloc(16);
    e[0] = size >= 256 ? 0 : size; // 0 means 256
    e[1] = size >= 256 ? 0 : size;
    e.writeUInt16LE(1, 4); // planes
    e.writeUInt16LE(32, 6); // bits per pixel
    e.writeUInt32LE(png.length, 8);
    e.writeUInt32LE(offset, 12);
    offset += png.length;
    entries.push(e);
  }
  return Buffer.concat([header, ...entries, ...images.map((i) => i.png)]);
}

/** ICNS with PNG entries; `images` is [{type: 'ic09', png}]. */
export function encodeIcns(images) {
  const parts = images.map(({ type, png }) => {
    const head = Buffer.alloc(8);
    head.write(type, 0, 'ascii');
    head.writeUInt32BE(png.length + 8, 4);
    return Buffer.concat([head, png]);
  });
  const body = Buffer.concat(parts);
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'ascii');
  head.writeUInt32BE(body.length + 8, 4);
  return Buffer.concat([head, body]);
}

export const LINUX_SIZES = [16, 32, 48, 64, 128, 256, 512];
const ICO_SIZES = [16, 32, 48, 64, 256];
const ICNS_TYPES = [
  ['ic07', 128],
  ['ic08', 256],
  ['ic09', 512],
  ['ic10', 1024],
];

/** Writes all icon files under `buildDir` and returns their paths. */
export function makeIcons(buildDir = path.join(projectDir, 'build')) {
  const cache = new Map();
  const png = (size) => {
    if (!cache.has(size)) cache.set(size, encodePng(size, renderIcon(size)));
    return cache.get(size);
  };
  mkdirSync(path.join(buildDir, 'icons'), { recursive: true });
  const written = [];
  const write = (rel, data) => {
    const file = path.join(buildDir, rel);
    writeFileSync(file, data);
    written.push(file);
  };
  write('icon.png', png(512));
  for (const size of LINUX_SIZES) write(path.join('icons', `${size}x${size}.png`), png(size));
  write('icon.ico', encodeIco(ICO_SIZES.map((size) => ({ size, png: png(size) }))));
  write('icon.icns', encodeIcns(ICNS_TYPES.map(([type, size]) => ({ type, png: png(size) }))));
  return written;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  makeIcons();
}
