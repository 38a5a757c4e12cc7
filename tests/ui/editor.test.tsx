// @vitest-environment jsdom
// The editor against stores that fail or move on under it: a full disk keeps the draft on the page
// with a way out (.json), another tab's newer save is never silently overwritten, and the error
// boundary hands the draft out when everything else is broken.
import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { DocumentInput } from '../../src/model';
import { MemoryDraftStore, type SaveResult } from '../../src/store';
import { ErrorBoundary } from '../../src/ui/ErrorBoundary';
import { setRecoverySource } from '../../src/ui/recovery';
import { makeDoc } from '../fixtures/docs';
import { host, mount, renderEditor, type, useDomHost } from './editorHarness';

useDomHost(() => setRecoverySource(undefined));





const text = () => host.textContent ?? '';

describe('Editor', () => {
  it('keeps the draft on the page and offers the .json when storage is full', async () => {
    const store = new MemoryDraftStore();
    const draft = await store.createDraft({ title: '', document: makeDoc() });
    vi.spyOn(store, 'saveDraft').mockRejectedValue(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    await renderEditor(store, draft.id);
    await type('issuer.name', 'VĂN PHÒNG MỚI');
    await vi.waitFor(() => expect(text()).toContain('Không lưu được vào bộ nhớ trình duyệt'), { timeout: 3000 });
    expect(host.querySelector('[data-testid="save-status"]')?.getAttribute('data-state')).toBe('error');
    expect(host.querySelector<HTMLInputElement>('[name="issuer.name"]')?.value).toBe('VĂN PHÒNG MỚI');
    const banner = host.querySelector('.banner.warn');
    expect(banner?.querySelector('button')?.textContent).toBe('Tải bản nháp (.json)');

    // The download is the draft as typed.
    let saved: Blob | undefined;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      saved = blob as Blob;
      return 'blob:test';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    await act(async () => banner?.querySelector('button')?.click());
    expect(saved).toBeDefined();
    const json = JSON.parse(await (saved as Blob).text()) as DocumentInput;
    expect(json.issuer.name).toBe('VĂN PHÒNG MỚI');
  });

  it('saves as the user types, and stops at a newer revision saved elsewhere', async () => {
    const store = new MemoryDraftStore();
    const draft = await store.createDraft({ title: '', document: makeDoc() });
    await renderEditor(store, draft.id);
    await type('place', 'Rạch Giá');
    await vi.waitFor(async () => expect((await store.getDraft(draft.id))?.document.place).toBe('Rạch Giá'), { timeout: 3000 });
    const mine = (await store.getDraft(draft.id))?.revision ?? 0;

    // Another tab saves a newer revision behind this editor's back.
    await store.saveDraft(draft.id, makeDoc({ place: 'Phú Quốc' }), mine);
    const save = vi.spyOn(store, 'saveDraft');
    await type('place', 'Hà Tiên');
    await vi.waitFor(() => expect(host.querySelector('[data-testid="conflict-banner"]')).not.toBeNull(), { timeout: 3000 });
    // Nothing was overwritten.
    expect((await store.getDraft(draft.id))?.document.place).toBe('Phú Quốc');
    const results = await Promise.all(save.mock.results.map((r) => r.value as Promise<SaveResult>));
    expect(results.some((r) => !r.ok && r.reason === 'conflict')).toBe(true);

    // The user keeps this tab's version.
    const keep = Array.from(host.querySelectorAll<HTMLButtonElement>('[data-testid="conflict-banner"] button')).find((b) => b.textContent?.includes('Giữ bản'));
    await act(async () => keep?.click());
    await vi.waitFor(async () => expect((await store.getDraft(draft.id))?.document.place).toBe('Hà Tiên'), { timeout: 3000 });
    expect(host.querySelector('[data-testid="conflict-banner"]')).toBeNull();
  });

  it('shows a required field error in the UI language on the field', async () => {
    const store = new MemoryDraftStore();
    const draft = await store.createDraft({ title: '', document: makeDoc() });
    await renderEditor(store, draft.id);
    await type('issuer.name', '');
    await act(async () => {
      host.querySelector('[name="issuer.name"]')?.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
    });
    await vi.waitFor(() => expect(host.querySelector('[id="f-issuer.name-error"]')?.textContent).toBe('Không được để trống.'));
    expect(host.querySelector('[name="issuer.name"]')?.getAttribute('aria-describedby')).toContain('f-issuer.name-error');
  });
});

describe('ErrorBoundary', () => {
  it('never leaves a blank screen and hands out the draft being edited', async () => {
    const doc = makeDoc({ place: 'Cà Mau' });
    setRecoverySource(() => ({ document: doc, fileName: 'TB-134-VP-2019-02-13.json' }));
    const Broken = (): never => {
      throw new Error('render failed');
    };
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await mount(
      <ErrorBoundary>
        <Broken />
      </ErrorBoundary>,
    );
    expect(text()).toContain('Đã xảy ra lỗi');
    let saved: Blob | undefined;
    let name = '';
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      saved = blob as Blob;
      return 'blob:test';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      name = this.download;
    });
    await act(async () => host.querySelector<HTMLButtonElement>('[data-testid="crash-download"]')?.click());
    expect(name).toBe('TB-134-VP-2019-02-13.json');
    expect((JSON.parse(await (saved as Blob).text()) as DocumentInput).place).toBe('Cà Mau');
  });
});
