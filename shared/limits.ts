// Sizes the editor is told about, in one place so the API schema, the importer and the
// renderer refuse the same file with the same message ("文件超过 50 MB").
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

/** The base64 length of a MAX_IMPORT_BYTES file: anything longer decodes to a larger file. */
export const MAX_IMPORT_BASE64 = Math.ceil(MAX_IMPORT_BYTES / 3) * 4;
