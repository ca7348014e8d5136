// The shapes migrations work on (apart from migrations.ts so a step's own file can use them
// without importing the chain that imports it).
export type JsonObject = Record<string, unknown>;

/** Takes a file at version n and returns it at version n+1 (it may reuse its input). */
export type Migration = (data: JsonObject) => JsonObject;
