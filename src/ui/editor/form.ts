// The editor's form types: react-hook-form over the model's own schema, so the form value is a
// DocumentInput and a submitted value is a Document.
import { useFormContext, type FieldPath } from 'react-hook-form';
import type { Document, DocumentInput } from '../../model';

export type DocForm = DocumentInput;
export type DocPath = FieldPath<DocumentInput>;
/** A list of blocks the body editor edits: the document's content or an appendix's. */
export type BodyPath = 'body' | `appendices.${number}.body`;
/** One block of such a list. */
export type BlockPath = `${BodyPath}.${number}`;
export type BlockInput = DocumentInput['body'][number];

export function useDocForm() {
  return useFormContext<DocumentInput, unknown, Document>();
}

/** Every input's id comes from its path, so labels, errors and findings find it. */
export function fieldId(path: string): string {
  return `f-${path}`;
}

/** Empty text in an optional select means "not set". */
export function emptyToUndefined(value: unknown): unknown {
  return value === '' || value === null ? undefined : value;
}
