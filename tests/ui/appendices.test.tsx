// @vitest-environment jsdom
// Phụ lục in the form: added after the signature, titled, given content with the same body editor
// as the main text, moved, deleted and put back — and findings on an appendix's fields take the
// user to the input concerned.
import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { appendixReference } from '../../src/compose';
import { createI18n } from '../../src/i18n';
import type { Document, DocumentInput } from '../../src/model';
import { profileFor } from '../../src/standards';
import { MemoryDraftStore } from '../../src/store';
import { pathLabel } from '../../src/ui/pathLabel';
import { field, host, renderEditor, type, useDomHost } from './editorHarness';
import { blockTexts, focusEnd, headingLabelsShown, pressRich, surface, typeRich } from './richHarness';
import { makeDoc, makePartyDoc } from '../fixtures/docs';

useDomHost();




async function open(doc: Document, lang: 'vi' | 'en' = 'vi'): Promise<{ store: MemoryDraftStore; id: string }> {
  const store = new MemoryDraftStore();
  const draft = await store.createDraft({ title: '', document: doc });
  await renderEditor(store, draft.id, lang);
  return { store, id: draft.id };
}



async function click(selector: string): Promise<void> {
  const el = host.querySelector<HTMLElement>(selector);
  if (!el) throw new Error(`nothing at ${selector}`);
  await act(async () => el.click());
}

async function saved(store: MemoryDraftStore, id: string): Promise<DocumentInput> {
  const record = await store.getDraft(id);
  if (!record) throw new Error('draft gone');
  return record.document;
}

const labelOf = (i: number) => host.querySelector(`[data-testid="appendix-label-${i}"]`)?.textContent;

describe('Phụ lục in the form', () => {
  it('comes after the signature, in document order', async () => {
    await open(makeDoc());
    const sections = Array.from(host.querySelectorAll('form.doc-form > section')).map((s) => s.id);
    expect(sections.indexOf('sec-appendices')).toBe(sections.length - 1);
    expect(sections.indexOf('sec-signature')).toBeLessThan(sections.indexOf('sec-appendices'));
    expect(host.querySelector('#sec-appendices')?.textContent).toContain('Văn bản chưa có phụ lục.');
  });

  it('adds an appendix, takes its title and a paragraph into the draft, deletes it and puts it back', async () => {
    const doc = makeDoc();
    const { store, id } = await open(doc);
    await click('[data-testid="add-appendix"]');

    // The State rule book's label, and the title is where the cursor goes.
    expect(labelOf(0)).toBe('Phụ lục I');
    expect(document.activeElement).toBe(field('appendices.0.title'));
    expect(field('appendices.0.title').getAttribute('aria-required')).toBe('true');
    // The default "(Kèm theo …)" line is the one compose prints.
    const reference = appendixReference(doc, profileFor(doc));
    expect(reference).toBe('(Kèm theo Thông báo số 134/TB-VP ngày 13 tháng 02 năm 2019)');
    expect(field('appendices.0.reference').placeholder).toBe(reference);
    expect(host.querySelector('[id="f-appendices.0.reference-hint"]')?.textContent).toContain(reference);

    await type('appendices.0.title', 'Danh sách đơn vị được khen thưởng');
    // The appendix's content is a rich surface of its own, empty until typed into.
    expect(blockTexts('appendices.0.body')).toEqual(['']);
    await focusEnd('appendices.0.body');
    await typeRich('appendices.0.body', 'Gồm 12 đơn vị thuộc tỉnh.');
    await vi.waitFor(async () =>
      expect((await saved(store, id)).appendices).toEqual([{ title: 'Danh sách đơn vị được khen thưởng', body: [{ type: 'paragraph', text: 'Gồm 12 đơn vị thuộc tỉnh.' }] }].map((a) => expect.objectContaining(a))),
    { timeout: 3000 });
    // The main body was not touched by the appendix's editor (an optional text left empty may come back as "").
    expect((await saved(store, id)).body).toMatchObject(doc.body);
    expect((await saved(store, id)).body).toHaveLength(doc.body.length);

    // Deleted at once, with a way back.
    await click('[data-testid="appendix-remove-0"]');
    expect(host.querySelector('[name="appendices.0.title"]')).toBeNull();
    expect(host.querySelector('[data-testid="appendix-removed"]')?.textContent).toContain('Đã xóa Phụ lục I “Danh sách đơn vị được khen thưởng”.');
    expect(document.activeElement).toBe(host.querySelector('[data-testid="appendix-undo"]'));
    await vi.waitFor(async () => expect((await saved(store, id)).appendices).toEqual([]), { timeout: 3000 });

    await click('[data-testid="appendix-undo"]');
    expect(field('appendices.0.title').value).toBe('Danh sách đơn vị được khen thưởng');
    expect(blockTexts('appendices.0.body')).toEqual(['Gồm 12 đơn vị thuộc tỉnh.']);
    expect(host.querySelector('[data-testid="appendix-removed"]')).toBeNull();
    await vi.waitFor(async () => expect((await saved(store, id)).appendices?.[0]?.body).toEqual([{ type: 'paragraph', text: 'Gồm 12 đơn vị thuộc tỉnh.' }]), { timeout: 3000 });

    // Deleted for good.
    await click('[data-testid="appendix-remove-0"]');
    await click('#sec-appendices .undo-bar .ghost');
    expect(host.querySelector('[data-testid="appendix-removed"]')).toBeNull();
    await vi.waitFor(async () => expect((await saved(store, id)).appendices).toEqual([]), { timeout: 3000 });
  });

  it('moves appendices, their labels following the position and their content the appendix', async () => {
    const doc = makeDoc({
      appendices: [
        { title: 'Thứ nhất', body: [{ type: 'paragraph', text: 'Nội dung một' }] },
        { title: 'Thứ hai', reference: '(Kèm theo Thông báo số 134/TB-VP của Văn phòng)', body: [{ type: 'paragraph', text: 'Nội dung hai' }] },
      ],
    });
    const { store, id } = await open(doc);
    expect([labelOf(0), labelOf(1)]).toEqual(['Phụ lục I', 'Phụ lục II']);
    await click('[data-appendix-index="1"] .appendix-head [data-action="up"]');
    expect(field('appendices.0.title').value).toBe('Thứ hai');
    expect(field('appendices.0.reference').value).toBe('(Kèm theo Thông báo số 134/TB-VP của Văn phòng)');
    expect(blockTexts('appendices.0.body')).toEqual(['Nội dung hai']);
    expect(blockTexts('appendices.1.body')).toEqual(['Nội dung một']);
    // Focus stays on the moved appendix's button (now disabled at the top: the title then).
    expect(document.activeElement).toBe(field('appendices.0.title'));
    await vi.waitFor(async () => expect((await saved(store, id)).appendices?.map((a) => a.title)).toEqual(['Thứ hai', 'Thứ nhất']), { timeout: 3000 });

    // Typing in the moved appendix's body still writes to its own path.
    await focusEnd('appendices.1.body');
    await typeRich('appendices.1.body', ', sửa');
    await vi.waitFor(async () => expect((await saved(store, id)).appendices?.[1]?.body).toEqual([{ type: 'paragraph', text: 'Nội dung một, sửa' }]), { timeout: 3000 });
    expect((await saved(store, id)).appendices?.[0]?.body).toEqual([{ type: 'paragraph', text: 'Nội dung hai' }]);
  });

  it('numbers an appendix’s headings on their own, and uses the Party label', async () => {
    const doc = makePartyDoc({
      body: [
        { type: 'heading', level: 1, title: 'Một' },
        { type: 'heading', level: 1, title: 'Hai' },
      ],
      appendices: [{ title: 'Chỉ tiêu', body: [{ type: 'heading', level: 1, title: 'Ba' }] }],
    });
    await open(doc);
    expect(labelOf(0)).toBe('Phụ lục 1');
    expect(headingLabelsShown('body')).toEqual(['I-', 'II-']);
    // The appendix starts again at I-, not at III-.
    expect(headingLabelsShown('appendices.0.body')).toEqual(['I-']);
    // A heading typed into the appendix ("I- " at a new paragraph's start) is numbered within it, at once.
    await focusEnd('appendices.0.body');
    await pressRich('appendices.0.body', 'Enter');
    await typeRich('appendices.0.body', 'I- Bốn');
    expect(headingLabelsShown('appendices.0.body')).toEqual(['I-', 'II-']);
    expect(headingLabelsShown('body')).toEqual(['I-', 'II-']);
    // Buttons of the two lists never share a name.
    const names = Array.from(host.querySelectorAll('button[aria-label]')).map((b) => b.getAttribute('aria-label'));
    expect(names).toContain('In đậm (Phụ lục 1)');
    expect(new Set(names).size).toBe(names.length);
  });
});

describe('findings on appendix fields', () => {
  it('names the appendix field and focuses its input', async () => {
    const doc = makeDoc({ appendices: [{ title: '', body: [{ type: 'paragraph', text: 'Một' }, { type: 'paragraph', text: 'Hai' }] }] });
    await open(doc);
    // check() reports the missing title, from the first preview refresh.
    const finding = await vi.waitFor(() => {
      const button = host.querySelector<HTMLButtonElement>('.finding-button[data-code="appendix.title-missing"]');
      if (!button) throw new Error('no finding yet');
      return button;
    });
    expect(finding.querySelector('.finding-where')?.textContent).toBe('Phụ lục thứ 1 › tên phụ lục');
    await act(async () => finding.click());
    expect(document.activeElement).toBe(field('appendices.0.title'));
  });

  it('focuses a schema error deep in an appendix’s body and shows it on the field', async () => {
    // A draft as an old file or a hand edit may leave it: a paragraph whose text is not text.
    const good = makeDoc();
    const broken = { ...good, appendices: [{ title: 'Bảng', body: [{ type: 'paragraph', text: 'Một' }, { type: 'paragraph', text: 42 }] }] } as unknown as Document;
    await open(broken);
    const button = await vi.waitFor(() => {
      const b = Array.from(host.querySelectorAll<HTMLButtonElement>('.finding-button')).find((el) => el.querySelector('.finding-where')?.textContent === 'Phụ lục thứ 1 › khối 2');
      if (!b) throw new Error('no schema finding yet');
      return b;
    });
    expect(button.closest('.finding')?.classList.contains('error')).toBe(true);
    await act(async () => button.click());
    // The appendix's surface takes the focus, its cursor in the second block.
    const appendixBody = surface('appendices.0.body');
    expect(document.activeElement).toBe(appendixBody);
    expect(appendixBody.editor?.state.selection.$head.index(0)).toBe(1);
    // The same error under the surface, with its block, in the UI language.
    await vi.waitFor(() => expect(host.querySelector('[id="f-appendices.0.body.1.text-error"]')?.textContent).toBe('Khối 2: Thiếu hoặc sai kiểu dữ liệu.'));
  });

  it('words appendix paths in both languages', async () => {
    const vi18n = createI18n('vi');
    const en18n = createI18n('en');
    await vi18n.loadLanguages('vi');
    const tvi = vi18n.t.bind(vi18n);
    const ten = en18n.t.bind(en18n);
    expect(pathLabel('appendices.0.title', tvi)).toBe('Phụ lục thứ 1 › tên phụ lục');
    expect(pathLabel('appendices.1.reference', ten)).toBe('Appendix 2 › “Kèm theo” line');
    expect(pathLabel('appendices.0.body.2.text', tvi)).toBe('Phụ lục thứ 1 › khối 3');
    expect(pathLabel('appendices.0.body', ten)).toBe('Appendix 1 › content');
    expect(pathLabel('appendices.3', ten)).toBe('Appendix 4');
    expect(pathLabel('appendices', tvi)).toBe('Phụ lục');
  });
});
