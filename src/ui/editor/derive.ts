// What the editor shows beside the form, derived from its values: the laid-out preview, the findings,
// the schema's complaints and the printed heading labels. Pure: no React here.
import { compose, type Layout } from '../../compose';
import { check } from '../../check';
import { documentSchema, type DocumentInput } from '../../model';
import { headingLabels, profileFor } from '../../standards';
import { todayIso } from '../dates';
import type { Finding } from '../modules';
import type { SchemaIssue } from './FindingsPanel';
import type { HeadingLabels } from './rich/RichBodyEditor';

export interface Derived {
  layout: Layout | null;
  stale: boolean;
  previewError?: string;
  findings: Finding[] | null;
  schemaIssues: SchemaIssue[];
  /** Printed heading labels of each list of blocks, by its path ("body", "appendices.0.body"). */
  labels: HeadingLabels;
}

/** Each body numbers its headings on its own: an appendix starts its numbering again, as compose does. */
function bodyLabels(values: DocumentInput): HeadingLabels {
  const profile = profileFor({ standard: values.standard, date: typeof values.date === 'string' ? values.date : '' });
  const blocksOf = (v: unknown) => (Array.isArray(v) ? (v as { type: string; level?: number }[]) : []);
  const labels: HeadingLabels = { body: headingLabels(blocksOf(values.body), profile) };
  (Array.isArray(values.appendices) ? values.appendices : []).forEach((a, i) => {
    labels[`appendices.${i}.body`] = headingLabels(blocksOf(a?.body), profile);
  });
  return labels;
}

export function derive(values: DocumentInput, previous: Derived | null): Derived {
  let labels: HeadingLabels;
  try {
    labels = bodyLabels(values);
  } catch {
    labels = previous?.labels ?? { body: [] };
  }
  const parsed = documentSchema.safeParse(values);
  if (!parsed.success) {
    return {
      layout: previous?.layout ?? null,
      stale: true,
      findings: [],
      schemaIssues: parsed.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message, code: i.code })),
      labels,
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
  return { layout, stale: previewError !== undefined, previewError, findings, schemaIssues: [], labels };
}
