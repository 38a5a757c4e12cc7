// Import: pasted text or a .docx → a Document draft, with what was recognised.
export { importText, importTextOrThrow, documentText, PLACEHOLDER, RECOGNISED_PARTS } from './text';
export type { ImportResult, ImportOptions, RecognisedPart } from './text';
export { importDocx, embeddedDocument, DOCUMENT_PROPERTY } from './docx';
export { ImportError } from './errors';
export type { ImportErrorCode } from './errors';
export { sourceLines } from './lines';
