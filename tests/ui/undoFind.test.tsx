// @vitest-environment jsdom
// The editor's undo history, find and replace, and the preview leading back to the form, in
// jsdom: Ctrl+Z in a field undoes the draft (not the input), a deleted block comes back, the
// autosave keeps saving; replace all is one step; a click on the preview's signer name focuses
// the signature name field, and the field being edited is outlined in the preview.
import type { Editor as TiptapEditor } from '@tiptap/core';
import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { MemoryDraftStore } from '../../src/store';
import { makeDoc } from '../fixtures/docs';
import { field, host, renderEditor, type, useDomHost } from './editorHarness';

useDomHost();

// jsdom has no layout: ProseMirror's scroll-into-view measures ranges, which jsdom lacks.
Object.assign(Range.prototype, {
  getClientRects: () => [] as unknown as DOMRectList,
  getBoundingClientRect: () => ({ top: 0, left: 0, right: 0, bottom: 0, width: 0, height: 0, x: 0, y: 0, toJSON: () => ({}) }) as DOMRect,
});

async function key(target: Element, k: string, mods: { ctrl?: boolean; shift?: boolean } = { ctrl: true }): Promise<KeyboardEvent> {
  const e = new KeyboardEvent('keydown', { key: k, ctrlKey: !!mods.ctrl, shiftKey: !!mods.shift, bubbles: true, cancelable: true });
  await act(async () => {
    target.dispatchEvent(e);
    // reset() re-renders the form; the cursor moves after it.
    await new Promise((r) => setTimeout(r, 5));
  });
  return e;
}

async function open(doc = makeDoc()) {
  const store = new MemoryDraftStore();
  const draft = await store.createDraft({ title: '', document: doc });
  await renderEditor(store, draft.id);
  return { store, draft };
}

/** The rich body editor's Tiptap instance. */
function bodyEditor(): TiptapEditor {
  const dom = host.querySelector('[data-path="body"] .ProseMirror') as (HTMLElement & { editor?: TiptapEditor }) | null;
  if (!dom?.editor) throw new Error('no body editor');
  return dom.editor;
}

/** Text of block i of the body as the editor shows it. */
const blockText = (i: number) => bodyEditor().state.doc.child(i).textContent;

const button = (testId: string) => host.querySelector<HTMLButtonElement>(`[data-testid="${testId}"]`) as HTMLButtonElement;

describe('undo and redo', () => {
  it('undoes and redoes a field with the keyboard, taking the key from the input', async () => {
    const { store, draft } = await open();
    expect(button('undo').disabled).toBe(true);
    await type('place', 'Rạch Giá');
    await act(async () => undefined);
    expect(button('undo').disabled).toBe(false);
    const e = await key(field('place'), 'z');
    expect(e.defaultPrevented).toBe(true);
    expect(field('place').value).toBe('Kiên Giang');
    // The autosave writes the undone value too.
    await vi.waitFor(async () => expect((await store.getDraft(draft.id))?.document.place).toBe('Kiên Giang'), { timeout: 3000 });
    await key(field('place'), 'y');
    expect(field('place').value).toBe('Rạch Giá');
    await key(field('place'), 'z');
    await key(field('place'), 'z', { ctrl: true, shift: true });
    expect(field('place').value).toBe('Rạch Giá');
    expect(button('redo').disabled).toBe(true);
  });

  it('coalesces typing in one field into one step', async () => {
    await open();
    for (const s of ['R', 'Rạ', 'Rạch', 'Rạch G', 'Rạch Giá']) await type('place', s);
    await act(async () => undefined);
    await key(field('place'), 'z');
    expect(field('place').value).toBe('Kiên Giang');
  });

  it('undoes typing in the body editor and brings a deleted block back', async () => {
    await open();
    const ed = bodyEditor();
    const n = ed.state.doc.childCount;
    const text = blockText(4);
    // Typing at the end of paragraph 4, as ProseMirror receives it.
    await act(async () => {
      for (const ch of ' Thêm.') {
        let end = 0;
        for (let i = 0; i <= 4; i++) end += ed.state.doc.child(i).nodeSize;
        ed.view.dispatch(ed.state.tr.insertText(ch, end - 1));
      }
    });
    expect(blockText(4)).toContain('Thêm.');
    // Deleting block 1 (a heading).
    await act(async () => {
      const first = ed.state.doc.child(0).nodeSize;
      ed.view.dispatch(ed.state.tr.delete(first, first + ed.state.doc.child(1).nodeSize));
    });
    expect(ed.state.doc.childCount).toBe(n - 1);
    await key(ed.view.dom, 'z');
    expect(ed.state.doc.childCount).toBe(n);
    await key(ed.view.dom, 'z');
    expect(blockText(4)).toBe(text);
    await key(ed.view.dom, 'y');
    expect(blockText(4)).toContain('Thêm.');
    await act(async () => button('redo').click());
    expect(bodyEditor().state.doc.childCount).toBe(n - 1);
  });
});

describe('find and replace', () => {
  it('counts the matches of the whole draft and replaces all in one undo step', async () => {
    await open();
    await key(field('place'), 'h');
    const bar = host.querySelector('[data-testid="find-bar"]');
    expect(bar).not.toBeNull();
    expect(document.activeElement?.id).toBe('find-query');
    await type2('#find-query', 'tỉnh');
    const count = () => host.querySelector('[data-testid="find-count"]')?.getAttribute('data-count');
    // "UBND TỈNH KIÊN GIANG", "… UBND tỉnh tại …" (trích yếu), "… nhân dân tỉnh …", "CT, các PCT UBND tỉnh".
    expect(count()).toBe('4');
    await type2('#find-replacement', 'TP');
    await act(async () => button('replace-all').click());
    expect(count()).toBe('0');
    expect(field('issuer.parent').value).toBe('UBND TP KIÊN GIANG');
    expect(field('title.summary').value).toContain('UBND TP tại');
    // One undo restores every one of them.
    await act(async () => button('undo').click());
    await act(async () => new Promise((r) => setTimeout(r, 5)));
    expect(field('issuer.parent').value).toBe('UBND TỈNH KIÊN GIANG');
    expect(field('title.summary').value).toContain('UBND tỉnh tại');
    expect(field('recipients.entries.1').value).toBe('CT, các PCT UBND tỉnh');
  });

  it('puts the cursor on the next match: selected in a field, at its start in the body', async () => {
    await open();
    await key(field('place'), 'f');
    await type2('#find-query', 'giang');
    await act(async () => button('find-next').click());
    const el = document.activeElement as HTMLInputElement;
    expect(el.name).toBe('issuer.parent');
    expect(el.value.slice(el.selectionStart ?? 0, el.selectionEnd ?? 0)).toBe('GIANG');
    await act(async () => button('find-next').click());
    expect((document.activeElement as HTMLInputElement).name).toBe('place');
    // In the body, the rich editor's cursor goes to the match.
    await type2('#find-query', 'hai việc');
    await act(async () => button('find-next').click());
    const head = bodyEditor().state.selection.$head;
    expect(head.parent.textContent).toBe('Hai việc');
    expect(head.parentOffset).toBe(0);
  });
});

describe('preview and form', () => {
  it('focuses the signature name field from a click on the signer in the preview', async () => {
    await open();
    const signer = await vi.waitFor(() => {
      const el = host.querySelector<HTMLElement>('[data-testid="preview"] [data-source="signature.name"]');
      expect(el).not.toBeNull();
      return el as HTMLElement;
    });
    await act(async () => signer.click());
    expect((document.activeElement as HTMLInputElement).name).toBe('signature.name');
    // A paragraph of the body: the cursor goes into it in the body editor.
    const para = host.querySelector<HTMLElement>('[data-testid="preview"] [data-source="body.4"]') as HTMLElement;
    await act(async () => para.click());
    expect(bodyEditor().state.selection.$head.index(0)).toBe(4);
    expect(document.activeElement).toBe(bodyEditor().view.dom);
  });

  it('outlines the blocks of the field being edited', async () => {
    await open();
    await vi.waitFor(() => expect(host.querySelector('[data-testid="preview"] [data-source="place"]')).not.toBeNull());
    await act(async () => field('number.issuerCode').focus());
    const outlined = () => Array.from(host.querySelectorAll('[data-testid="preview"] .is-editing'), (el) => el.getAttribute('data-source'));
    expect(outlined()).toEqual(['number']);
    // The rich body editor's word for where its cursor is: a list outlines its items.
    await act(async () => window.dispatchEvent(new CustomEvent('vanban:editing-path', { detail: { path: 'body.3' } })));
    expect(outlined()).toEqual(['body.3.items.0', 'body.3.items.1']);
    await act(async () => window.dispatchEvent(new CustomEvent('vanban:editing-path', { detail: { path: 'body.0' } })));
    expect(outlined()).toEqual(['body.0']);
  });
});

/** Types into an element found by selector (the find bar's inputs have no form name). */
async function type2(selector: string, value: string): Promise<void> {
  const el = host.querySelector<HTMLInputElement>(selector) as HTMLInputElement;
  await act(async () => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(el, value);
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

describe('arrow keys', () => {
  it('never change the document outside text: a select opens, a radio only moves the focus', async () => {
    await open();
    const kind = field('kind') as unknown as HTMLSelectElement;
    const before = kind.value;
    const down = await key(kind, 'ArrowDown', {});
    expect(down.defaultPrevented).toBe(true);
    expect(kind.value).toBe(before);
    const state = host.querySelector<HTMLInputElement>('input[name="standard.family"][value="state"]') as HTMLInputElement;
    state.focus();
    const right = await key(state, 'ArrowRight', {});
    expect(right.defaultPrevented).toBe(true);
    expect(state.checked).toBe(true);
    expect((document.activeElement as HTMLInputElement).value).toBe('party');
    // Typing in text is left alone.
    expect((await key(field('place'), 'ArrowLeft', {})).defaultPrevented).toBe(false);
  });
});
