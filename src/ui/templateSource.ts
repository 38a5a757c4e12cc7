// The templates the start screen offers: the built-in ones and the samples (src/templates.ts), and
// what a new draft made from one of them starts as.
import type { DocumentInput } from '../model';
import { BUILTIN_TEMPLATES, instantiate, reportYear, SAMPLES } from '../templates';
import { todayIso } from './dates';

export interface TemplateChoice {
  id: string;
  title: string;
  description?: string;
  document: DocumentInput;
  source: 'builtin' | 'sample' | 'user';
}

/** A template's description says "năm {N}"; on the start screen it reads as the year a new draft gets. */
function withYears(text: string | undefined, today: string): string | undefined {
  if (!text) return text;
  const n = reportYear(today);
  return text.replace(/\{N([+-]\d+)?\}/g, (_m, off: string | undefined) => String(n + Number(off ?? 0)));
}

export function builtinTemplates(today = todayIso()): TemplateChoice[] {
  return BUILTIN_TEMPLATES.map((t) => ({
    id: t.id,
    title: withYears(t.title, today) ?? t.title,
    description: withYears(t.description, today),
    document: t.document,
    source: 'builtin' as const,
  }));
}

export function samples(): TemplateChoice[] {
  return SAMPLES.map((t) => ({ id: t.id, title: t.title, description: t.description, document: t.document, source: 'sample' as const }));
}

/**
 * The document a new draft starts from. A template is dated today (its report years follow); a
 * sample stays as it was issued, since it shows a real document.
 */
export function startingDocument(choice: TemplateChoice, today = todayIso()): DocumentInput {
  if (choice.source === 'builtin') {
    const template = BUILTIN_TEMPLATES.find((t) => t.id === choice.id);
    if (template) return instantiate(template, today);
  }
  if (choice.source === 'user') return { ...structuredClone(choice.document), date: today };
  return structuredClone(choice.document);
}

/** What the very first visit opens: a filled sample, else the first template. */
export function firstVisitChoice(): TemplateChoice | undefined {
  return samples()[0] ?? builtinTemplates()[0];
}
