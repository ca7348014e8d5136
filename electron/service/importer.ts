// bytes → text. The order matters: a BOM is proof; a strict UTF-8 decode that succeeds is
// near-proof (GBK byte pairs are almost never valid UTF-8); only then GB18030, which decodes
// almost anything, so its output is checked for replacement characters. jschardet is not used
// because it cannot tell GBK from other legacy encodings reliably.
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import iconv from 'iconv-lite';
import { GalleyError } from '../../shared/errors';
import { MAX_IMPORT_BYTES } from '../../shared/limits';

export { MAX_IMPORT_BYTES };

export interface DecodedSource {
  text: string;
  encoding: 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';
  sha256: string;
}

export function sha256(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** CRLF and lone CR become LF, so line numbers mean the same on every platform. */
export function normaliseLineEndings(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

function hasBom(bytes: Uint8Array, bom: number[]): boolean {
  return bom.every((b, i) => bytes[i] === b);
}

// Control characters other than tab/LF/CR/FF mean the decoded "text" is really binary.
const BINARY_CONTROL = /[\u0000-\u0008\u000B\u000E-\u001A\u001C-\u001F]/;

function decodeText(bytes: Uint8Array): { text: string; encoding: DecodedSource['encoding'] } {
  if (hasBom(bytes, [0xef, 0xbb, 0xbf])) {
    return { text: strictUtf8(bytes.subarray(3)), encoding: 'utf-8-bom' };
  }
  if (hasBom(bytes, [0xff, 0xfe])) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (hasBom(bytes, [0xfe, 0xff])) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  if (bytes.includes(0)) throw new GalleyError('binary_file');
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'gb18030');
    if (text.includes('\uFFFD')) throw new GalleyError('undecodable');
    return { text, encoding: 'gb18030' };
  }
}

function strictUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new GalleyError('undecodable', 'invalid UTF-8 after a UTF-8 byte-order mark');
  }
}

/** Decode a source file's bytes; throws GalleyError (empty, binary, undecodable, too large) and never returns half a result. */
export function decodeSource(bytes: Uint8Array): DecodedSource {
  if (bytes.byteLength > MAX_IMPORT_BYTES) throw new GalleyError('too_large');
  if (bytes.byteLength === 0) throw new GalleyError('empty_file');
  const { text, encoding } = decodeText(bytes);
  if (BINARY_CONTROL.test(text)) throw new GalleyError('binary_file');
  const normalised = normaliseLineEndings(text);
  if (normalised.trim() === '') throw new GalleyError('empty_file');
  return { text: normalised, encoding, sha256: sha256(bytes) };
}

/** Read and decode a file from disk (CLI and Electron's File > Open). */
export async function readSourceFile(path: string): Promise<DecodedSource & { name: string }> {
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch (err) {
    throw new GalleyError('unreadable', (err as NodeJS.ErrnoException).code ?? undefined);
  }
  if (size > MAX_IMPORT_BYTES) throw new GalleyError('too_large');
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (err) {
    throw new GalleyError('unreadable', (err as NodeJS.ErrnoException).code ?? undefined);
  }
  return { ...decodeSource(bytes), name: basename(path) };
}
