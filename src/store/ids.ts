// Identifiers and records for drafts and user templates, the same in every store.
import type { DocumentInput } from '../model';
import type { UserTemplateRecord } from './types';

/** A random draft id; crypto.randomUUID where the browser has it. */
export function newDraftId(): string {
  const c = globalThis.crypto;
  if (c && typeof c.randomUUID === 'function') return c.randomUUID();
  return `d-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/**
 * A template id from its title: ASCII, lower case, hyphens — the pattern templateFileSchema
 * accepts ("Thông báo kết luận" → "user-thong-bao-ket-luan").
 */
export function templateIdFromTitle(title: string, taken: ReadonlySet<string>): string {
  const slug = title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  const base = `user-${slug || 'mau'}`;
  if (!taken.has(base)) return base;
  for (let i = 2; ; i++) {
    const candidate = `${base}-${i}`;
    if (!taken.has(candidate)) return candidate;
  }
}

export interface TemplateInput {
  id?: string;
  title: string;
  description?: string;
  document: DocumentInput;
}

/** The record a save writes: a new one, or `existing` updated (its id and creation time kept). */
export function templateRecord(input: TemplateInput, existing: UserTemplateRecord | undefined, taken: ReadonlySet<string>, now: number): UserTemplateRecord {
  return {
    id: existing?.id ?? templateIdFromTitle(input.title, taken),
    title: input.title,
    ...(input.description ? { description: input.description } : {}),
    document: structuredClone(input.document),
    createdAt: existing?.createdAt ?? now,
    updatedAt: now,
  };
}
