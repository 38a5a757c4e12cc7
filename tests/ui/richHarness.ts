// Driving the rich body editor in jsdom as a user does: the surface of a list of blocks, the
// cursor put at the end, characters typed through ProseMirror's text input (input rules run)
// and keys pressed on the surface.
import type { Editor } from '@tiptap/core';
import { act } from 'react';
import { host } from './editorHarness';

// jsdom has no layout: ProseMirror's scroll-into-view measures ranges, which jsdom lacks.
const rect = { top: 0, left: 0, right: 0, bottom: 0, width: 0, height: 0, x: 0, y: 0, toJSON: () => ({}) } as DOMRect;
Object.assign(Range.prototype, { getClientRects: () => [] as unknown as DOMRectList, getBoundingClientRect: () => rect });

/** The surface of a list of blocks: "body" or "appendices.N.body". */
export function surface(name = 'body'): HTMLElement & { editor?: Editor } {
  const el = host.querySelector<HTMLElement>(`[data-testid="${name === 'body' ? 'rich-body' : `${name}.rich-body`}"]`);
  if (!el) throw new Error(`no rich editor for ${name}`);
  return el as HTMLElement & { editor?: Editor };
}

export function richEditor(name = 'body'): Editor {
  const editor = surface(name).editor;
  if (!editor) throw new Error(`no editor on ${name}`);
  return editor;
}

/** The text of each block as the surface shows it (labels and markers are CSS, not text). */
export function blockTexts(name = 'body'): string[] {
  return Array.from(surface(name).children).map((c) => c.textContent ?? '');
}

export async function focusEnd(name = 'body'): Promise<void> {
  await act(async () => {
    richEditor(name).commands.focus('end');
  });
}

export async function typeRich(name: string, text: string): Promise<void> {
  await act(async () => {
    const view = richEditor(name).view;
    for (const ch of text) {
      const { from, to } = view.state.selection;
      const handled = view.someProp('handleTextInput', (f) => f(view, from, to, ch, () => view.state.tr.insertText(ch, from, to)));
      if (!handled) view.dispatch(view.state.tr.insertText(ch, from, to));
    }
  });
}

export async function pressRich(name: string, key: string, mods: { shift?: boolean; ctrl?: boolean } = {}): Promise<KeyboardEvent> {
  const ev = new KeyboardEvent('keydown', { key, shiftKey: !!mods.shift, ctrlKey: !!mods.ctrl, bubbles: true, cancelable: true });
  await act(async () => {
    richEditor(name).view.dom.dispatchEvent(ev);
  });
  return ev;
}

/** The printed label of each heading of a list, in order. */
export function headingLabelsShown(name = 'body'): (string | null)[] {
  return Array.from(surface(name).querySelectorAll(':scope > div.rb-heading')).map((h) => h.getAttribute('data-label'));
}
