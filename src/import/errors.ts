// Errors the importer reports to the UI; the message is an i18n key ("import.notDocx").

export type ImportErrorCode = 'notDocx' | 'unreadable';

export class ImportError extends Error {
  readonly code: ImportErrorCode;

  constructor(code: ImportErrorCode, options?: { cause?: unknown }) {
    super(`import.${code}`, options);
    this.name = 'ImportError';
    this.code = code;
  }
}
