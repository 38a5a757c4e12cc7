// Parsing untrusted input (a file, a paste, a stored draft) into a Document.
import { documentSchema, type Document } from './document';

export interface FieldIssue {
  /** Dotted path of the field, e.g. "signature.name" or "body.3.text". */
  path: string;
  /** A stable message key (required, date_invalid, …) or zod's own message. */
  message: string;
}

export type ParseResult = { ok: true; document: Document } | { ok: false; issues: FieldIssue[] };

export function parseDocument(value: unknown): ParseResult {
  const result = documentSchema.safeParse(value);
  if (result.success) return { ok: true, document: result.data };
  return {
    ok: false,
    issues: result.error.issues.map((i) => ({
      path: i.path.map(String).join('.') || '(root)',
      message: i.message,
    })),
  };
}

/** JSON text → Document; a syntax error is reported as an issue at the root. */
export function parseDocumentJson(json: string): ParseResult {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (e) {
    return { ok: false, issues: [{ path: '(root)', message: `invalid_json: ${(e as Error).message}` }] };
  }
  return parseDocument(value);
}
