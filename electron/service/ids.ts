import { randomBytes } from 'node:crypto';

/** Story and operation ids: short, random, safe in file names and URLs. */
export const newId = (): string => randomBytes(8).toString('hex');

/** A document's id comes from its bytes, so importing the same file again opens the same document. */
export const docIdFor = (sha256: string): string => sha256.slice(0, 16);
