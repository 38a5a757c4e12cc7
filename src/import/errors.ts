// Errors the importer reports to the UI; the message is an i18n key ("import.notDocx").

export type ImportErrorCode =
  | 'notDocx'
  | 'unreadable'
  /** A PDF with no text to read: a scan (pictures of pages) needs OCR first. */
  | 'scannedPdf'
  /** A PDF or Word file protected by a password. */
  | 'encrypted'
  /** A file of a kind the importer does not read (not .docx, .doc, .pdf or text). */
  | 'unsupported'
  /** A .doc that cannot be read here (a format older than Word 97, or the reader did not load). */
  | 'docUnsupported';

export class ImportError extends Error {
  readonly code: ImportErrorCode;

  constructor(code: ImportErrorCode, options?: { cause?: unknown }) {
    super(`import.${code}`, options);
    this.name = 'ImportError';
    this.code = code;
  }
}
