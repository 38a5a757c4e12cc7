// @vitest-environment jsdom
// Leaving the page writes what is pending, and only that: once the autosave has written the
// draft, hiding the page (switching tabs) or going home saves nothing again, so another tab with
// this draft open sees no new revision it would take for an edit.
import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { MemoryDraftStore } from '../../src/store';
import { makeDoc } from '../fixtures/docs';
import { renderEditor, type, useDomHost } from './editorHarness';

useDomHost();

describe('autosave when the page is left', () => {
  it('writes a pending change at once, and nothing after the autosave has written it', async () => {
    const store = new MemoryDraftStore();
    const draft = await store.createDraft({ title: '', document: makeDoc() });
    await renderEditor(store, draft.id);
    const revision = async () => (await store.getDraft(draft.id))?.revision ?? -1;
    const start = await revision();

    // Pending: pagehide writes it without waiting for the delay.
    await type('place', 'Rạch Giá');
    await act(async () => {
      window.dispatchEvent(new Event('pagehide'));
      await new Promise((r) => setTimeout(r, 20));
    });
    expect((await store.getDraft(draft.id))?.document.place).toBe('Rạch Giá');
    const afterFlush = await revision();
    expect(afterFlush).toBe(start + 1);

    // Typed and autosaved: leaving the page again writes nothing.
    await type('place', 'Hà Tiên');
    await vi.waitFor(async () => expect((await store.getDraft(draft.id))?.document.place).toBe('Hà Tiên'), { timeout: 3000 });
    const saved = await revision();
    await act(async () => {
      window.dispatchEvent(new Event('pagehide'));
      window.dispatchEvent(new Event('pagehide'));
      await new Promise((r) => setTimeout(r, 20));
    });
    expect(await revision()).toBe(saved);
  });
});
