// Drafts and user templates in IndexedDB (Dexie). Every save is a transaction that compares the
// stored revision, so two tabs editing one draft cannot silently overwrite each other.
import Dexie, { type Table } from 'dexie';
import type { DocumentInput } from '../model';
import { newDraftId, templateRecord, type TemplateInput } from './ids';
import type { DraftRecord, DraftStore, SaveResult, UserTemplateRecord } from './types';

interface MetaRecord {
  key: string;
  value: string | undefined;
}

class VanbanDatabase extends Dexie {
  drafts!: Table<DraftRecord, string>;
  templates!: Table<UserTemplateRecord, string>;
  meta!: Table<MetaRecord, string>;

  constructor(name: string, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores({ drafts: 'id, updatedAt', templates: 'id, updatedAt', meta: 'key' });
  }
}

/** Structured clone drops nothing we use, but a deep copy keeps callers from mutating stored objects. */
function copy<T>(value: T): T {
  return structuredClone(value);
}

export class DexieDraftStore implements DraftStore {
  readonly kind = 'indexeddb' as const;
  private readonly db: VanbanDatabase;

  constructor(name = 'vanban', options?: ConstructorParameters<typeof Dexie>[1]) {
    this.db = new VanbanDatabase(name, options);
  }

  /** Opens the database; rejects when the browser refuses IndexedDB (private modes, policies). */
  async open(): Promise<this> {
    await this.db.open();
    return this;
  }

  close(): void {
    this.db.close();
  }

  async listDrafts(): Promise<DraftRecord[]> {
    return (await this.db.drafts.orderBy('updatedAt').reverse().toArray()).map(copy);
  }

  async getDraft(id: string): Promise<DraftRecord | undefined> {
    const record = await this.db.drafts.get(id);
    return record && copy(record);
  }

  async createDraft(input: { title: string; document: DocumentInput }): Promise<DraftRecord> {
    const now = Date.now();
    const record: DraftRecord = { id: newDraftId(), title: input.title, document: copy(input.document), createdAt: now, updatedAt: now, revision: 1 };
    await this.db.drafts.add(record);
    return copy(record);
  }

  async saveDraft(id: string, document: DocumentInput, expectedRevision: number, options: { force?: boolean } = {}): Promise<SaveResult> {
    return this.db.transaction('rw', this.db.drafts, async (): Promise<SaveResult> => {
      const current = await this.db.drafts.get(id);
      if (!current) return { ok: false, reason: 'missing' };
      if (current.revision !== expectedRevision && !options.force) return { ok: false, reason: 'conflict', current: copy(current) };
      const revision = Math.max(current.revision, expectedRevision) + 1;
      const updatedAt = Date.now();
      await this.db.drafts.put({ ...current, document: copy(document), revision, updatedAt });
      return { ok: true, revision, updatedAt };
    });
  }

  async renameDraft(id: string, title: string): Promise<void> {
    // A rename is not a content change: the revision stays, so an open editor keeps saving.
    await this.db.drafts.update(id, { title });
  }

  async duplicateDraft(id: string, titleOfCopy: (title: string) => string): Promise<DraftRecord | undefined> {
    const source = await this.db.drafts.get(id);
    if (!source) return undefined;
    return this.createDraft({ title: titleOfCopy(source.title), document: source.document });
  }

  async deleteDraft(id: string): Promise<void> {
    await this.db.transaction('rw', this.db.drafts, this.db.meta, async () => {
      await this.db.drafts.delete(id);
      const last = await this.db.meta.get('lastDraftId');
      if (last?.value === id) await this.db.meta.put({ key: 'lastDraftId', value: undefined });
    });
  }

  async listTemplates(): Promise<UserTemplateRecord[]> {
    return (await this.db.templates.orderBy('updatedAt').reverse().toArray()).map(copy);
  }

  async getTemplate(id: string): Promise<UserTemplateRecord | undefined> {
    const record = await this.db.templates.get(id);
    return record && copy(record);
  }

  async saveTemplate(input: TemplateInput): Promise<UserTemplateRecord> {
    return this.db.transaction('rw', this.db.templates, async () => {
      const existing = input.id ? await this.db.templates.get(input.id) : undefined;
      const taken = new Set(await this.db.templates.toCollection().primaryKeys());
      const record = templateRecord(input, existing, taken, Date.now());
      await this.db.templates.put(record);
      return copy(record);
    });
  }

  async deleteTemplate(id: string): Promise<void> {
    await this.db.templates.delete(id);
  }

  async getLastDraftId(): Promise<string | undefined> {
    return (await this.db.meta.get('lastDraftId'))?.value;
  }

  async setLastDraftId(id: string | undefined): Promise<void> {
    await this.db.meta.put({ key: 'lastDraftId', value: id });
  }
}
