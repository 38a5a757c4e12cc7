// What the app keeps: drafts (what a secretary is writing) and her own templates. A draft holds the
// form's raw value, which may not yet be a valid Document: a half-typed draft must survive a reload
// exactly as it was.
import type { DocumentInput } from '../model';

export interface DraftRecord {
  id: string;
  /** The name in the drafts list; empty means "derive it from the document". */
  title: string;
  document: DocumentInput;
  createdAt: number;
  updatedAt: number;
  /** Grows by one with every save; a save that expects another revision is a conflict. */
  revision: number;
}

export interface UserTemplateRecord {
  /** Matches templateFileSchema's id pattern, so an exported template imports back. */
  id: string;
  title: string;
  description?: string;
  document: DocumentInput;
  createdAt: number;
  updatedAt: number;
}

export type SaveResult =
  | { ok: true; revision: number; updatedAt: number }
  /** Someone (another tab) saved a newer revision; nothing was written. */
  | { ok: false; reason: 'conflict'; current: DraftRecord }
  /** The draft is gone (deleted in another tab); nothing was written. */
  | { ok: false; reason: 'missing' };

export interface DraftStore {
  /** 'indexeddb' when drafts outlive the tab, 'memory' when the browser refused storage. */
  readonly kind: 'indexeddb' | 'memory';
  listDrafts(): Promise<DraftRecord[]>;
  getDraft(id: string): Promise<DraftRecord | undefined>;
  createDraft(input: { title: string; document: DocumentInput }): Promise<DraftRecord>;
  /** Writes when the stored revision is `expectedRevision` (or always with `force`). */
  saveDraft(id: string, document: DocumentInput, expectedRevision: number, options?: { force?: boolean }): Promise<SaveResult>;
  renameDraft(id: string, title: string): Promise<void>;
  duplicateDraft(id: string, titleOfCopy: (title: string) => string): Promise<DraftRecord | undefined>;
  deleteDraft(id: string): Promise<void>;

  listTemplates(): Promise<UserTemplateRecord[]>;
  getTemplate(id: string): Promise<UserTemplateRecord | undefined>;
  saveTemplate(input: { id?: string; title: string; description?: string; document: DocumentInput }): Promise<UserTemplateRecord>;
  deleteTemplate(id: string): Promise<void>;

  getLastDraftId(): Promise<string | undefined>;
  setLastDraftId(id: string | undefined): Promise<void>;
}
