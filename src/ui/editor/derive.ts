// What the editor shows beside the form, derived from its values: the laid-out preview, the findings,
// and the schema's complaints. Pure: no React here.
import { compose, type Layout } from '../../compose';
import { check } from '../../check';
import { documentSchema, type DocumentInput } from '../../model';
import { todayIso } from '../dates';
import type { Finding } from '../modules';
import type { SchemaIssue } from './FindingsPanel';

export interface Derived {
  layout: Layout | null;
  stale: boolean;
  previewError?: string;
  findings: Finding[] | null;
  schemaIssues: SchemaIssue[];
}

export function derive(values: DocumentInput, previous: Derived | null): Derived {
  const parsed = documentSchema.safeParse(values);
  if (!parsed.success) {
    return {
      layout: previous?.layout ?? null,
      stale: true,
      findings: [],
      schemaIssues: parsed.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message, code: i.code })),
    };
  }
  const doc = parsed.data;
  let layout: Layout | null = previous?.layout ?? null;
  let previewError: string | undefined;
  try {
    layout = compose(doc);
  } catch (e) {
    previewError = e instanceof Error ? e.message : String(e);
  }
  let findings: Finding[] = [];
  try {
    findings = check(doc, { today: todayIso() });
  } catch {
    // A failing rule must not take the editor down; the document itself is fine.
  }
  return { layout, stale: previewError !== undefined, previewError, findings, schemaIssues: [] };
}
