// The draft store in IndexedDB (fake-indexeddb) and in memory: what a reload must find again, the
// revision check that keeps two tabs from overwriting each other, and user templates.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { templateFileSchema, type DocumentInput } from '../../src/model';
import { DexieDraftStore, MemoryDraftStore, openStore, templateIdFromTitle, type DraftStore } from '../../src/store';
import { makeDoc, makePartyDoc } from '../fixtures/docs';

let counter = 0;
const opened: DexieDraftStore[] = [];

async function dexie(name = `vanban-test-${++counter}`): Promise<DexieDraftStore> {
  const store = await new DexieDraftStore(name).open();
  opened.push(store);
  return store;
}

afterEach(() => {
  for (const s of opened.splice(0)) s.close();
});

const stores: [string, () => Promise<DraftStore>][] = [
  ['indexeddb', () => dexie()],
  ['memory', async () => new MemoryDraftStore()],
];

describe.each(stores)('%s store', (_name, make) => {
  it('keeps a draft exactly as saved, half-typed values included', async () => {
    const store = await make();
    const draft = await store.createDraft({ title: 'Một', document: makeDoc() });
    expect(draft.revision).toBe(1);
    // An invalid, half-typed form value (empty issuer, no number) must survive as it is.
    const halfTyped: DocumentInput = { ...makeDoc(), issuer: { name: '' }, number: { value: null, issuerCode: '' }, date: '2019-02-' };
    const saved = await store.saveDraft(draft.id, halfTyped, 1);
    expect(saved).toMatchObject({ ok: true, revision: 2 });
    const back = await store.getDraft(draft.id);
    expect(back?.document).toEqual(halfTyped);
    expect(back?.revision).toBe(2);
  });

  it('refuses a save based on an older revision and names the newer one', async () => {
    const store = await make();
    const draft = await store.createDraft({ title: '', document: makeDoc() });
    // Tab A saves at revision 1 → 2.
    expect((await store.saveDraft(draft.id, makeDoc({ place: 'A' }), 1)).ok).toBe(true);
    // Tab B still believes revision 1.
    const stale = await store.saveDraft(draft.id, makeDoc({ place: 'B' }), 1);
    expect(stale.ok).toBe(false);
    if (stale.ok || stale.reason !== 'conflict') throw new Error('expected a conflict');
    expect(stale.current.revision).toBe(2);
    expect(stale.current.document.place).toBe('A');
    expect((await store.getDraft(draft.id))?.document.place).toBe('A');
    // B chooses to overwrite.
    const forced = await store.saveDraft(draft.id, makeDoc({ place: 'B' }), 1, { force: true });
    expect(forced).toMatchObject({ ok: true, revision: 3 });
    expect((await store.getDraft(draft.id))?.document.place).toBe('B');
  });

  it('reports a draft deleted elsewhere instead of recreating it', async () => {
    const store = await make();
    const draft = await store.createDraft({ title: '', document: makeDoc() });
    await store.deleteDraft(draft.id);
    expect(await store.saveDraft(draft.id, makeDoc(), 1)).toEqual({ ok: false, reason: 'missing' });
    expect(await store.getDraft(draft.id)).toBeUndefined();
  });

  it('renames without changing the revision, duplicates and deletes', async () => {
    const store = await make();
    const a = await store.createDraft({ title: 'Báo cáo', document: makeDoc() });
    await store.renameDraft(a.id, 'Báo cáo quý I');
    const renamed = await store.getDraft(a.id);
    expect(renamed?.title).toBe('Báo cáo quý I');
    expect(renamed?.revision).toBe(1);
    const copy = await store.duplicateDraft(a.id, (t) => `${t} (bản sao)`);
    expect(copy?.id).not.toBe(a.id);
    expect(copy?.title).toBe('Báo cáo quý I (bản sao)');
    expect(copy?.document).toEqual(renamed?.document);
    // The copy is independent of the original.
    await store.saveDraft(copy!.id, makeDoc({ place: 'Khác' }), 1);
    expect((await store.getDraft(a.id))?.document.place).toBe('Kiên Giang');
    await store.setLastDraftId(a.id);
    await store.deleteDraft(a.id);
    expect((await store.listDrafts()).map((d) => d.id)).toEqual([copy!.id]);
    expect(await store.getLastDraftId()).toBeUndefined();
  });

  it('lists drafts by last change, newest first', async () => {
    const store = await make();
    const a = await store.createDraft({ title: 'a', document: makeDoc() });
    await new Promise((r) => setTimeout(r, 5));
    const b = await store.createDraft({ title: 'b', document: makeDoc() });
    await new Promise((r) => setTimeout(r, 5));
    await store.saveDraft(a.id, makeDoc({ place: 'X' }), 1);
    expect((await store.listDrafts()).map((d) => d.title)).toEqual(['a', 'b']);
    expect(b.title).toBe('b');
  });

  it('does not let a caller change a stored draft through the returned object', async () => {
    const store = await make();
    const a = await store.createDraft({ title: 'a', document: makeDoc() });
    a.document.place = 'changed in memory';
    expect((await store.getDraft(a.id))?.document.place).toBe('Kiên Giang');
  });

  it('saves user templates under ids the template schema accepts', async () => {
    const store = await make();
    const t1 = await store.saveTemplate({ title: 'Chỉ thị của Ban Thường vụ', description: 'Mẫu riêng', document: makePartyDoc() });
    const t2 = await store.saveTemplate({ title: 'Chỉ thị của Ban Thường vụ', document: makePartyDoc() });
    expect(t1.id).toBe('user-chi-thi-cua-ban-thuong-vu');
    expect(t2.id).toBe('user-chi-thi-cua-ban-thuong-vu-2');
    expect(templateFileSchema.safeParse({ id: t1.id, title: t1.title, description: t1.description, document: t1.document }).success).toBe(true);
    // Saving again under the same id updates it.
    await store.saveTemplate({ id: t1.id, title: 'Đổi tên', document: makePartyDoc() });
    const list = await store.listTemplates();
    expect(list).toHaveLength(2);
    expect(list.find((t) => t.id === t1.id)?.title).toBe('Đổi tên');
    await store.deleteTemplate(t2.id);
    expect((await store.listTemplates()).map((t) => t.id)).toEqual([t1.id]);
  });

  it('remembers the last edited draft', async () => {
    const store = await make();
    expect(await store.getLastDraftId()).toBeUndefined();
    await store.setLastDraftId('x');
    expect(await store.getLastDraftId()).toBe('x');
  });
});

describe('IndexedDB persistence', () => {
  it('finds drafts again after the database is closed and reopened (a reload)', async () => {
    const name = `vanban-reload-${++counter}`;
    const first = await dexie(name);
    const draft = await first.createDraft({ title: 'Giữ lại', document: makePartyDoc() });
    await first.saveDraft(draft.id, makePartyDoc({ place: 'Đông Hà mới' }), 1);
    await first.setLastDraftId(draft.id);
    first.close();
    const second = await dexie(name);
    expect(await second.getLastDraftId()).toBe(draft.id);
    const back = await second.getDraft(draft.id);
    expect(back?.document.place).toBe('Đông Hà mới');
    expect(back?.revision).toBe(2);
  });

  it('openStore uses IndexedDB when the browser has it', async () => {
    const { store, failure } = await openStore(`vanban-open-${++counter}`);
    expect(failure).toBeUndefined();
    expect(store.kind).toBe('indexeddb');
    (store as DexieDraftStore).close();
  });
});

describe('template ids', () => {
  it('are ASCII slugs of the title, unique', () => {
    expect(templateIdFromTitle('Thông báo kết luận — Đảng ủy', new Set())).toBe('user-thong-bao-ket-luan-dang-uy');
    expect(templateIdFromTitle('!!!', new Set())).toBe('user-mau');
    expect(templateIdFromTitle('a', new Set(['user-a', 'user-a-2']))).toBe('user-a-3');
    const long = templateIdFromTitle('x'.repeat(300), new Set());
    expect(long).toMatch(/^[a-z0-9][a-z0-9-]{0,80}$/);
  });
});
