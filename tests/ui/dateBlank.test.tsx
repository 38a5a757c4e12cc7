// @vitest-environment jsdom
// The form's "để trống ngày" choice: the printed place-date shows the blank at once, the draft
// saves dateBlank, and going back to a full date removes it.
import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { MemoryDraftStore } from '../../src/store';
import { PROFILES } from '../../src/standards';
import { makeDoc } from '../fixtures/docs';
import { field, host, renderEditor, useDomHost } from './editorHarness';

useDomHost();

async function choose(name: string, value: string): Promise<void> {
  const el = field(name) as unknown as HTMLSelectElement;
  await act(async () => {
    Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')?.set?.call(el, value);
    el.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

const printedDate = (): string => host.querySelector('#f-date-printed .printed-value')?.textContent ?? '';

describe('form: leave the day blank', () => {
  it('prints the blank, saves dateBlank, and clears it again', async () => {
    const store = new MemoryDraftStore();
    const draft = await store.createDraft({ title: '', document: makeDoc({ place: 'Lào Cai', date: '2026-06-15' }) });
    await renderEditor(store, draft.id);
    const select = field('dateBlank') as unknown as HTMLSelectElement;
    expect(Array.from(select.options).map((o) => o.textContent)).toEqual(['Ghi đủ ngày, tháng, năm', 'Để trống ngày', 'Để trống ngày và tháng']);
    expect(printedDate()).toBe('Lào Cai, ngày 15 tháng 6 năm 2026');
    const fill = PROFILES['state-nd30'].header.fillIn;

    await choose('dateBlank', 'day');
    expect(printedDate()).toBe(`Lào Cai, ngày${fill}tháng 6 năm 2026`);
    await vi.waitFor(async () => expect((await store.getDraft(draft.id))?.document.dateBlank).toBe('day'), { timeout: 3000 });

    await choose('dateBlank', 'dayMonth');
    expect(printedDate()).toBe(`Lào Cai, ngày${fill}tháng${fill}năm 2026`);
    await vi.waitFor(async () => expect((await store.getDraft(draft.id))?.document.dateBlank).toBe('dayMonth'), { timeout: 3000 });

    await choose('dateBlank', '');
    expect(printedDate()).toBe('Lào Cai, ngày 15 tháng 6 năm 2026');
    await vi.waitFor(async () => expect((await store.getDraft(draft.id))?.document.dateBlank).toBeUndefined(), { timeout: 3000 });
  });
});
