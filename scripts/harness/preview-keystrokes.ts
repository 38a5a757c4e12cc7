// Runs in the page (preview-shot, bench): the live preview of a document, and the cost of one
// keystroke in it. Each keystroke is what the app does: a new Document, compose(), <Preview>
// re-rendered; the preview itself reports its update cycle as performance measure
// 'preview:update' (new Layout → pages committed).
import { createElement } from 'react';
import { flushSync } from 'react-dom';
import type { Root } from 'react-dom/client';
import { compose } from '../../src/compose';
import type { Document } from '../../src/model';
import { Preview } from '../../src/render/html';

export interface KeystrokeResult {
  pages: number;
  /** The first render of a fresh preview (every block measured), ms. */
  first: number | undefined;
  /** performance 'preview:update' of each keystroke, ms. */
  updates: number[];
  /** compose() of each keystroke, ms. */
  compose: number[];
  /** Preview render plus the browser's style and layout of the new pages, ms. */
  preview: number[];
}

/** Draws the document's preview synchronously; returns its page count. */
export function showPreview(root: Root, doc: Document, scale?: number): number {
  flushSync(() => root.render(createElement(Preview, { layout: compose(doc), scale })));
  return document.querySelectorAll('.vb-page').length;
}

/** Lets the page paint and run its effects (measuring in a hidden container, pagination). */
export const nextFrame = (): Promise<void> => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));

/**
 * Types `keys` characters into a document: `docWith(edit)` is the document with the text typed so
 * far. `root` must be a fresh React root, so that the first render measures every block.
 */
export async function typeIntoPreview(root: Root, docWith: (edit: string) => Document, keys: number, scale?: number): Promise<KeystrokeResult> {
  performance.clearMeasures('preview:update');
  showPreview(root, docWith(''), scale);
  await nextFrame();
  const first = performance.getEntriesByName('preview:update').at(-1)?.duration;
  const composeMs: number[] = [];
  const previewMs: number[] = [];
  let edit = '';
  for (let k = 0; k < keys; k++) {
    edit += k % 5 === 4 ? ' ' : 'x';
    const t0 = performance.now();
    const layout = compose(docWith(edit));
    const t1 = performance.now();
    flushSync(() => root.render(createElement(Preview, { layout, scale })));
    void document.body.offsetHeight; // style and layout of the new pages, as before the next paint
    const t2 = performance.now();
    composeMs.push(t1 - t0);
    previewMs.push(t2 - t1);
    await nextFrame();
  }
  const updates = performance.getEntriesByName('preview:update').map((e) => e.duration).slice(-keys);
  return { pages: document.querySelectorAll('.vb-page').length, first, updates, compose: composeMs, preview: previewMs };
}
