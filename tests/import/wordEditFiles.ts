// Vanban DOCX files edited as Word edits them: exported from a Document, then their
// word/document.xml changed (a run's text replaced, a paragraph cloned or deleted) and zipped.
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { expect } from 'vitest';
import { compose } from '../../src/compose';
import type { Block, Document } from '../../src/model';
import { renderDocx } from '../../src/render/docx';

/** A chart's picture has no text; any PNG does for these files. */
const PNG = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='), (c) => c.charCodeAt(0));

export async function exported(doc: Document): Promise<Uint8Array> {
  return renderDocx(compose(doc), doc, { rasterize: () => Promise.resolve(PNG) });
}

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The file with its document.xml edited; the edit must change something. */
export function edited(bytes: Uint8Array, edit: (xml: string) => string): Uint8Array {
  const files = unzipSync(bytes);
  const xml = strFromU8(files['word/document.xml'] as Uint8Array);
  const next = edit(xml);
  expect(next).not.toBe(xml);
  files['word/document.xml'] = strToU8(next);
  return zipSync(files);
}

export function count(xml: string, text: string): number {
  return xml.split(esc(text)).length - 1;
}

/** Replaces the one occurrence of a text inside a run. */
export function replaceText(xml: string, from: string, to: string): string {
  expect(count(xml, from), `"${from}" once in document.xml`).toBe(1);
  return xml.replace(esc(from), esc(to));
}

/** Start and end of the <w:p> holding a text (which must occur once). */
function paragraphAt(xml: string, text: string): [number, number] {
  expect(count(xml, text), `"${text}" once in document.xml`).toBe(1);
  const at = xml.indexOf(esc(text));
  let start = -1;
  for (const m of xml.slice(0, at).matchAll(/<w:p[ >]/g)) start = m.index;
  const end = xml.indexOf('</w:p>', at) + '</w:p>'.length;
  expect(start).toBeGreaterThanOrEqual(0);
  return [start, end];
}

/** Word's "copy the paragraph, type over it": a clone with new text, inserted after the original. */
export function cloneParagraph(xml: string, text: string, newText: string): string {
  const [start, end] = paragraphAt(xml, text);
  const clone = xml.slice(start, end).replace(esc(text), esc(newText));
  return xml.slice(0, end) + clone + xml.slice(end);
}

export function removeParagraph(xml: string, text: string): string {
  const [start, end] = paragraphAt(xml, text);
  return xml.slice(0, start) + xml.slice(end);
}

/** A body paragraph printed as one run, not the last (which carries the end mark), with plain neighbours. */
export function plainParagraph(doc: Document, xml: string): number {
  const i = doc.body.findIndex(
    (b, k) =>
      b.type === 'paragraph' &&
      !b.marks?.length &&
      b.text.length > 60 &&
      !b.text.includes('\n') &&
      k > 0 &&
      k < doc.body.length - 1 &&
      count(xml, b.text) === 1,
  );
  expect(i, 'a plain paragraph').toBeGreaterThan(0);
  return i;
}

export const xmlOf = (bytes: Uint8Array): string => strFromU8(unzipSync(bytes)['word/document.xml'] as Uint8Array);
export const withBlock = (body: Block[], i: number, b: Block): Block[] => body.map((x, k) => (k === i ? b : x));
