// @vitest-environment jsdom
// The rich body editor in a form of its own (jsdom): typing as in Word changes the form value at
// `name`, outside changes of that value come back in, labels follow at once, and the events
// shared with the rest of the editor (focus-path, editing-path) work.
import type { Editor } from '@tiptap/core';
import { act, useEffect } from 'react';
import { FormProvider, useForm, type UseFormReturn } from 'react-hook-form';
import { describe, expect, it, vi } from 'vitest';
import type { Document, DocumentInput } from '../../src/model';
import { RichBodyEditor } from '../../src/ui/editor/rich/RichBodyEditor';
import { wordClipboardHtml } from '../fixtures/clipboard';
import { makeDoc } from '../fixtures/docs';
import { host, mount, useDomHost } from './editorHarness';

useDomHost();

// jsdom has no layout: ProseMirror's scroll-into-view measures ranges, which jsdom lacks.
const rects = { getClientRects: () => [] as unknown as DOMRectList, getBoundingClientRect: () => ({ top: 0, left: 0, right: 0, bottom: 0, width: 0, height: 0, x: 0, y: 0, toJSON: () => ({}) }) as DOMRect };
Object.assign(Range.prototype, rects);

let form: UseFormReturn<DocumentInput, unknown, Document>;

function Host({ doc, onImport }: { doc: DocumentInput; onImport?: (text: string) => void }) {
  const f = useForm<DocumentInput, unknown, Document>({ defaultValues: doc });
  useEffect(() => {
    form = f;
  });
  form = f;
  return (
    <FormProvider {...f}>
      <RichBodyEditor name="body" onImportDocument={onImport} />
    </FormProvider>
  );
}

function editorOf(): Editor {
  const dom = host.querySelector('.ProseMirror') as (HTMLElement & { editor?: Editor }) | null;
  if (!dom?.editor) throw new Error('no editor');
  return dom.editor;
}

async function key(k: string, mods: { shift?: boolean; ctrl?: boolean } = {}): Promise<KeyboardEvent> {
  const ev = new KeyboardEvent('keydown', { key: k, shiftKey: !!mods.shift, ctrlKey: !!mods.ctrl, bubbles: true, cancelable: true });
  await act(async () => {
    editorOf().view.dom.dispatchEvent(ev);
  });
  return ev;
}

/** Typing as the browser delivers it to ProseMirror: through handleTextInput (input rules), else inserted. */
async function typeText(text: string): Promise<void> {
  await act(async () => {
    for (const ch of text) {
      const view = editorOf().view;
      const { from, to } = view.state.selection;
      const handled = view.someProp('handleTextInput', (f) => f(view, from, to, ch, () => view.state.tr.insertText(ch, from, to)));
      if (!handled) view.dispatch(view.state.tr.insertText(ch, from, to));
    }
  });
}

async function cursorAt(pos: number): Promise<void> {
  await act(async () => {
    const e = editorOf();
    e.commands.setTextSelection(pos);
  });
}

const body = () => form.getValues('body');

describe('rich body editor', () => {
  it('shows the blocks with their printed heading labels and list markers', async () => {
    await mount(<Host doc={makeDoc()} />);
    const headings = Array.from(host.querySelectorAll('.rb-surface div.rb-heading'));
    expect(headings.map((h) => h.getAttribute('data-label'))).toEqual(['I.', '1.']);
    expect(host.querySelector('.rb-surface ul.rb-list')?.getAttribute('data-marker')).toBe('-');
    expect(host.querySelectorAll('.rb-surface p.rb-p')).toHaveLength(2);
    // One tab stop: the surface itself (contenteditable), not one box per block.
    expect(host.querySelectorAll('.rb-content input, .rb-content textarea')).toHaveLength(0);
  });

  it('Enter makes a new paragraph, Shift+Enter a line break inside it, Ctrl+B bold', async () => {
    await mount(<Host doc={makeDoc({ body: [{ type: 'paragraph', text: '' }] })} />);
    await cursorAt(1);
    await typeText('Một');
    await key('Enter');
    await typeText('Hai');
    await key('Enter', { shift: true });
    await typeText('ba ');
    await key('b', { ctrl: true });
    await typeText('đậm');
    expect(body()).toEqual([
      { type: 'paragraph', text: 'Một' },
      { type: 'paragraph', text: 'Hai\nba đậm', marks: [{ from: 7, to: 10, type: 'bold' }] },
    ]);
  });

  it('turns "1. ", "I. ", "a) ", "- " and "+ " at a paragraph\'s start into headings and lists, labels at once', async () => {
    await mount(<Host doc={makeDoc({ body: [{ type: 'paragraph', text: '' }] })} />);
    await cursorAt(1);
    await typeText('I. Đánh giá');
    await key('Enter');
    await typeText('1. Về công tác');
    await key('Enter');
    await typeText('a) Tiểu mục');
    await key('Enter');
    await typeText('- Việc một');
    await key('Enter');
    await typeText('Việc hai');
    await key('Enter');
    await key('Enter');
    await typeText('+ Chi tiết');
    expect(body()).toEqual([
      { type: 'heading', level: 1, title: 'Đánh giá' },
      { type: 'heading', level: 2, title: 'Về công tác' },
      { type: 'heading', level: 3, title: 'Tiểu mục' },
      { type: 'list', marker: '-', items: ['Việc một', 'Việc hai'] },
      { type: 'list', marker: '+', items: ['Chi tiết'] },
    ]);
    expect(Array.from(host.querySelectorAll('div.rb-heading')).map((h) => h.getAttribute('data-label'))).toEqual(['I.', '1.', 'a)']);
  });

  it('goes on from a heading\'s "…:" title into its text, and Tab makes a "+" item of a "-" one', async () => {
    await mount(<Host doc={makeDoc({ body: [{ type: 'paragraph', text: '' }] })} />);
    await cursorAt(1);
    await typeText('1. Về công nghệ thông tin: Tiếp tục xây dựng.');
    await key('Enter');
    await typeText('- Một');
    await key('Enter');
    await typeText('Hai');
    await key('Tab');
    await key('Enter');
    await typeText('Ba');
    await key('Tab', { shift: true });
    expect(body()).toEqual([
      { type: 'heading', level: 2, title: 'Về công nghệ thông tin:', text: 'Tiếp tục xây dựng.' },
      { type: 'list', marker: '-', items: ['Một'] },
      { type: 'list', marker: '+', items: ['Hai'] },
      { type: 'list', marker: '-', items: ['Ba'] },
    ]);
  });

  it('Tab and Shift+Tab change a heading\'s level, and the labels follow at once', async () => {
    await mount(<Host doc={makeDoc({ body: [{ type: 'heading', level: 1, title: 'Một' }, { type: 'heading', level: 1, title: 'Hai' }] })} />);
    await cursorAt(11);
    const tab = await key('Tab');
    expect(tab.defaultPrevented).toBe(true);
    expect(body()[1]).toMatchObject({ level: 2 });
    expect(Array.from(host.querySelectorAll('div.rb-heading')).map((h) => h.getAttribute('data-label'))).toEqual(['I.', '1.']);
    await key('Tab', { shift: true });
    expect(body()[1]).toMatchObject({ level: 1 });
    expect(host.querySelectorAll('div.rb-heading')[1]?.getAttribute('data-label')).toBe('II.');
  });

  it('Backspace at a paragraph\'s start joins it to the one before', async () => {
    await mount(<Host doc={makeDoc({ body: [{ type: 'paragraph', text: 'Đầu' }, { type: 'paragraph', text: 'sau' }] })} />);
    await cursorAt(6);
    await key('Backspace');
    expect(body()).toEqual([{ type: 'paragraph', text: 'Đầusau' }]);
  });

  it('leaves Ctrl+Z, Ctrl+Y and Ctrl+Shift+Z to the app (not handled, not prevented)', async () => {
    await mount(<Host doc={makeDoc()} />);
    const seen: string[] = [];
    const onKey = (e: KeyboardEvent) => seen.push(`${e.key}:${e.defaultPrevented}`);
    window.addEventListener('keydown', onKey);
    await key('z', { ctrl: true });
    await key('y', { ctrl: true });
    await key('Z', { ctrl: true, shift: true });
    window.removeEventListener('keydown', onKey);
    expect(seen).toEqual(['z:false', 'y:false', 'Z:false']);
  });

  it('takes an outside change of the form value (undo, find/replace) without emitting it back, keeping the cursor', async () => {
    await mount(<Host doc={makeDoc({ body: [{ type: 'paragraph', text: 'Một hai ba' }, { type: 'paragraph', text: 'Bốn' }] })} />);
    await cursorAt(14);
    const next = [{ type: 'paragraph' as const, text: 'Một 2 ba', marks: [{ from: 4, to: 5, type: 'bold' as const }] }, { type: 'paragraph' as const, text: 'Bốn' }];
    const onChange = vi.fn();
    const sub = form.watch(onChange);
    await act(async () => form.setValue('body', next));
    sub.unsubscribe();
    expect(host.querySelector('.rb-surface p strong')?.textContent).toBe('2');
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(body()).toEqual(next);
    // The cursor stayed in the second paragraph.
    expect(editorOf().state.selection.$head.index(0)).toBe(1);
  });

  it('puts the cursor in the block a focus-path event names, and says which block is edited', async () => {
    await mount(<Host doc={makeDoc()} />);
    const paths: string[] = [];
    const onEditing = (e: Event) => paths.push((e as CustomEvent<{ path: string }>).detail.path);
    window.addEventListener('vanban:editing-path', onEditing);
    await act(async () => {
      window.dispatchEvent(new CustomEvent('vanban:focus-path', { detail: { path: 'body.2.text', offset: 3 } }));
    });
    const e = editorOf();
    expect(e.state.selection.$head.index(0)).toBe(2);
    expect(e.state.selection.$head.parent.type.name).toBe('headingText');
    expect(e.state.selection.$head.parentOffset).toBe(3);
    await act(async () => {
      window.dispatchEvent(new CustomEvent('vanban:focus-path', { detail: { path: 'body.4.text' } }));
    });
    window.removeEventListener('vanban:editing-path', onEditing);
    expect(paths).toEqual(['body.2', 'body.4']);
    // Another list's path is not this editor's business.
    await act(async () => {
      window.dispatchEvent(new CustomEvent('vanban:focus-path', { detail: { path: 'appendices.0.body.0.text' } }));
    });
    expect(e.state.selection.$head.index(0)).toBe(4);
  });

  it('pastes Word\'s clipboard HTML as blocks', async () => {
    await mount(<Host doc={makeDoc({ body: [{ type: 'paragraph', text: '' }] })} />);
    await cursorAt(1);
    await act(async () => {
      const ev = new Event('paste', { bubbles: true, cancelable: true }) as Event & { clipboardData: unknown };
      const data: Record<string, string> = { 'text/html': wordClipboardHtml(), 'text/plain': 'x' };
      Object.defineProperty(ev, 'clipboardData', { value: { getData: (t: string) => data[t] ?? '', types: Object.keys(data), files: [], items: [] } });
      editorOf().view.dom.dispatchEvent(ev);
    });
    expect(body().map((b) => b.type)).toEqual(['paragraph', 'heading', 'heading', 'paragraph', 'list', 'list', 'table', 'paragraph']);
    expect(host.querySelector('.rb-atom-table table')?.textContent).toContain('Giai đoạn 1: Khảo sát hiện trạng');
  });

  it('offers to import a pasted whole document instead of pasting it', async () => {
    const onImport = vi.fn();
    await mount(<Host doc={makeDoc({ body: [{ type: 'paragraph', text: '' }] })} onImport={onImport} />);
    await cursorAt(1);
    const whole = 'ỦY BAN NHÂN DÂN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 12/TB-UBND\nTHÔNG BÁO\nNội dung.\nNơi nhận:\n- Như trên;\n- Lưu: VT.';
    await act(async () => {
      const ev = new Event('paste', { bubbles: true, cancelable: true }) as Event & { clipboardData: unknown };
      Object.defineProperty(ev, 'clipboardData', { value: { getData: (t: string) => (t === 'text/plain' ? whole : ''), types: ['text/plain'], files: [], items: [] } });
      editorOf().view.dom.dispatchEvent(ev);
    });
    const bar = host.querySelector('[data-testid="paste-whole-document"]');
    expect(bar).not.toBeNull();
    expect(body()).toEqual([{ type: 'paragraph', text: '' }]);
    await act(async () => (bar!.querySelector('button') as HTMLButtonElement).click());
    expect(onImport).toHaveBeenCalledWith(whole);
  });
});
