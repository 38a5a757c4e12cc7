// The same store in memory: used when the browser refuses IndexedDB, so the app still works for
// the length of the tab (the UI says so and offers the .json download).
import type { DocumentInput } from '../model';
import { newDraftId, templateRecord, type TemplateInput } from './ids';
import type { DraftRecord, DraftStore, SaveResult, UserTemplateRecord } from './types';

function copy<T>(value: T): T {
  return structuredClone(value);
}

export class MemoryDraftStore implements DraftStore {
  readonly kind = 'memory' as const;
  private readonly drafts = new Map<string, DraftRecord>();
  private readonly templates = new Map<string, UserTemplateRecord>();
  private lastDraftId: string | undefined;
  /** Keeps updatedAt strictly increasing, so the list order is stable within one millisecond. */
  private clock = 0;

  private now(): number {
    this.clock = Math.max(this.clock + 1, Date.now());
    return this.clock;
  }

  async listDrafts(): Promise<DraftRecord[]> {
    return [...this.drafts.values()].sort((a, b) => b.updatedAt - a.updatedAt).map(copy);
  }

  async getDraft(id: string): Promise<DraftRecord | undefined> {
    const r = this.drafts.get(id);
    return r && copy(r);
  }

  async createDraft(input: { title: string; document: DocumentInput }): Promise<DraftRecord> {
    const now = this.now();
    const record: DraftRecord = { id: newDraftId(), title: input.title, document: copy(input.document), createdAt: now, updatedAt: now, revision: 1 };
    this.drafts.set(record.id, record);
    return copy(record);
  }

  async saveDraft(id: string, document: DocumentInput, expectedRevision: number, options: { force?: boolean } = {}): Promise<SaveResult> {
    const current = this.drafts.get(id);
    if (!current) return { ok: false, reason: 'missing' };
    if (current.revision !== expectedRevision && !options.force) return { ok: false, reason: 'conflict', current: copy(current) };
    const revision = Math.max(current.revision, expectedRevision) + 1;
    const updatedAt = this.now();
    this.drafts.set(id, { ...current, document: copy(document), revision, updatedAt });
    return { ok: true, revision, updatedAt };
  }

  async renameDraft(id: string, title: string): Promise<void> {
    const r = this.drafts.get(id);
    if (r) r.title = title;
  }

  async duplicateDraft(id: string, titleOfCopy: (title: string) => string): Promise<DraftRecord | undefined> {
    const r = this.drafts.get(id);
    return r ? this.createDraft({ title: titleOfCopy(r.title), document: r.document }) : undefined;
  }

  async deleteDraft(id: string): Promise<void> {
    this.drafts.delete(id);
    if (this.lastDraftId === id) this.lastDraftId = undefined;
  }

  async listTemplates(): Promise<UserTemplateRecord[]> {
    return [...this.templates.values()].sort((a, b) => b.updatedAt - a.updatedAt).map(copy);
  }

  async getTemplate(id: string): Promise<UserTemplateRecord | undefined> {
    const r = this.templates.get(id);
    return r && copy(r);
  }

  async saveTemplate(input: TemplateInput): Promise<UserTemplateRecord> {
    const existing = input.id ? this.templates.get(input.id) : undefined;
    const record = templateRecord(input, existing, new Set(this.templates.keys()), this.now());
    this.templates.set(record.id, record);
    return copy(record);
  }

  async deleteTemplate(id: string): Promise<void> {
    this.templates.delete(id);
  }

  async getLastDraftId(): Promise<string | undefined> {
    return this.lastDraftId;
  }

  async setLastDraftId(id: string | undefined): Promise<void> {
    this.lastDraftId = id;
  }
}
