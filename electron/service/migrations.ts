// Stored files carry a schemaVersion. Upgrading is a chain of plain functions, each taking
// a file at version n to version n+1, so every step can be tested on its own.
import { GalleyError } from '../../shared/errors';
import { kickerAndDeck } from './migrate-kicker-deck';
import type { JsonObject, Migration } from './migration-types';

export type { JsonObject, Migration } from './migration-types';

export interface MigrationSet {
  /** The version this build writes. */
  current: number;
  /** `steps[n]` upgrades version n to n+1. */
  steps: Readonly<Record<number, Migration>>;
}

/** Thrown when a file cannot be brought to the current version; the store treats such a file as unreadable. */
export class UnmigratableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnmigratableError';
  }
}

export interface Migrated {
  data: JsonObject;
  from: number;
  migrated: boolean;
}

/** A missing schemaVersion means version 0: the shape before versioning. */
export function versionOf(data: JsonObject): number {
  const v = data['schemaVersion'];
  if (v === undefined) return 0;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) throw new UnmigratableError(`bad schemaVersion ${JSON.stringify(v)}`);
  return v;
}

export function migrate(data: JsonObject, set: MigrationSet): Migrated {
  const from = versionOf(data);
  if (from > set.current) {
    // Written by a newer Galley: not corrupt, just not ours to read or overwrite.
    throw new GalleyError('internal', `file has schemaVersion ${from}; this version of Galley reads up to ${set.current}`);
  }
  let current = data;
  for (let v = from; v < set.current; v++) {
    const step = set.steps[v];
    if (!step) throw new UnmigratableError(`no migration from schemaVersion ${v}`);
    current = { ...step(current), schemaVersion: v + 1 };
  }
  return { data: current, from, migrated: from !== set.current };
}

/** The library index has had one shape so far. */
export const libraryMigrations: MigrationSet = { current: 1, steps: {} };

/** Document files: v1 → v2 split each story's `subheadline` into `kicker` and `deck`. */
export const docMigrations: MigrationSet = { current: 2, steps: { 1: kickerAndDeck } };
