// @vitest-environment jsdom
// A word typed through the system's Vietnamese input method (Telex) is composed: its letters come
// as one composition, however slowly. Ctrl+Z after it takes the whole word back, never half of it.
import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { MemoryDraftStore } from '../../src/store';
import { makeDoc } from '../fixtures/docs';
import { field, renderEditor, type, useDomHost } from './editorHarness';

useDomHost();

describe('undo and input-method composition', () => {
  it('undoes a slowly composed word in one step', async () => {
    const store = new MemoryDraftStore();
    const draft = await store.createDraft({ title: '', document: makeDoc() });
    await renderEditor(store, draft.id);
    let clock = 10_000;
    vi.spyOn(performance, 'now').mockImplementation(() => clock);
    const place = field('place');
    await act(async () => {
      place.focus();
      place.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true }));
    });
    for (const s of ['R', 'Ra', 'Raj', 'Rạ', 'Rạc', 'Rạch']) {
      clock += 1500;
      await type('place', s);
      await act(async () => undefined);
    }
    await act(async () => {
      place.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true, data: 'Rạch' }));
    });
    const e = new KeyboardEvent('keydown', { key: 'z', ctrlKey: true, bubbles: true, cancelable: true });
    await act(async () => {
      place.dispatchEvent(e);
      await new Promise((r) => setTimeout(r, 5));
    });
    expect(e.defaultPrevented).toBe(true);
    expect(field('place').value).toBe('Kiên Giang');
  });
});
