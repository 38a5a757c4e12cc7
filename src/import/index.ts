// Import: pasted text or a .docx → a Document draft, with what was recognised.
export { importText, importTextOrThrow, documentText, includeLeftovers, PLACEHOLDER, RECOGNISED_PARTS, REQUIRED_PARTS } from './text';
export type { ImportResult, ImportOptions, MissingPart, RecognisedPart, RequiredPart } from './text';
export { importDocx, embeddedDocument, DOCUMENT_PROPERTY } from './docx';
export { importFile, fileKind, decodeText } from './file';
export type { FileKind, FileImportResult } from './file';
export { toUnicode, convertLegacy, detectLegacyEncoding } from './legacyEncoding';
export type { LegacyEncoding } from './legacyEncoding';
export { ImportError } from './errors';
export type { ImportErrorCode } from './errors';
export { sourceLines } from './lines';
export { changeMessage } from './changes';
export type { ImportChange, ChangeKind, ChangeValue, Translate } from './changes';
