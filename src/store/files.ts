// Drafts and templates as .json files: the export a secretary keeps as a backup, and the import
// that takes one back. An imported file is untrusted: it is refused whole, with a reason, unless
// it is a Document or a template file of our schema.
import { documentSchema, templateFileSchema, type Document, type DocumentInput, type TemplateFile } from '../model';

/** Larger files are refused before they are read. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

/** Keys that could reach an object's prototype if a later step merged the value into another object. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export type ImportFileError =
  | { error: 'tooLarge'; bytes: number }
  | { error: 'notJson'; detail: string }
  | { error: 'forbiddenKey'; key: string }
  | { error: 'wrongShape'; issues: { path: string; message: string }[] };

export type ImportedFile =
  | { kind: 'template'; template: TemplateFile }
  | { kind: 'draft'; document: Document };

export type ImportFileResult = ({ ok: true } & ImportedFile) | ({ ok: false } & ImportFileError);

/** UTF-8 byte length, for text that did not come from a File. */
function byteLength(text: string): number {
  return new TextEncoder().encode(text).length;
}

/**
 * Text of a .json file → a template or a draft. A template file ({id, title, document}) becomes a
 * user template; a bare Document becomes a draft.
 */
export function parseImportJson(text: string, bytes = byteLength(text)): ImportFileResult {
  if (bytes > MAX_IMPORT_BYTES) return { ok: false, error: 'tooLarge', bytes };
  let forbidden: string | undefined;
  let value: unknown;
  try {
    // The reviver sees every key, own "__proto__" included (JSON.parse defines it as data).
    value = JSON.parse(text.replace(/^\uFEFF/, ''), function reviver(key: string, v: unknown) {
      if (FORBIDDEN_KEYS.has(key) && forbidden === undefined) forbidden = key;
      return v;
    });
  } catch (e) {
    return { ok: false, error: 'notJson', detail: e instanceof Error ? e.message : String(e) };
  }
  if (forbidden !== undefined) return { ok: false, error: 'forbiddenKey', key: forbidden };
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, error: 'wrongShape', issues: [{ path: '(root)', message: 'not_object' }] };
  }
  const looksLikeTemplate = 'document' in value;
  if (looksLikeTemplate) {
    const t = templateFileSchema.safeParse(value);
    if (t.success) return { ok: true, kind: 'template', template: t.data };
    return { ok: false, error: 'wrongShape', issues: issuesOf(t.error.issues) };
  }
  const d = documentSchema.safeParse(value);
  if (d.success) return { ok: true, kind: 'draft', document: d.data };
  return { ok: false, error: 'wrongShape', issues: issuesOf(d.error.issues) };
}

function issuesOf(issues: readonly { path: readonly PropertyKey[]; message: string }[]): { path: string; message: string }[] {
  return issues.slice(0, 5).map((i) => ({ path: i.path.map(String).join('.') || '(root)', message: i.message }));
}

/** A File from an <input type=file> or a drop: the size is checked before the text is read. */
export async function readImportFile(file: Blob): Promise<ImportFileResult> {
  if (file.size > MAX_IMPORT_BYTES) return { ok: false, error: 'tooLarge', bytes: file.size };
  const text = await file.text();
  return parseImportJson(text, file.size);
}

/** A draft is exported as the bare Document (what the CLI and the import take back). */
export function draftToJson(document: DocumentInput): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** A template is exported in the template-file shape of templates/*.json. */
export function templateToJson(template: { id: string; title: string; description?: string; document: DocumentInput }): string {
  const file = { id: template.id, title: template.title, ...(template.description ? { description: template.description } : {}), document: template.document };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** A name that every file system accepts, keeping Vietnamese letters. */
export function safeFileName(name: string, fallback = 'van-ban'): string {
  const cleaned = name
    .normalize('NFC')
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/gu, '-')
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/^[.-]+|[.-]+$/g, '')
    .slice(0, 120);
  return cleaned || fallback;
}
