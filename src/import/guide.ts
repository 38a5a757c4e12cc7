// The text a Vanban DOCX had when it was made: its embedded Document rendered again and read
// back by the same reader as the file. Compared with the file's text, it shows what was edited
// since. The DOCX renderer is loaded only for a Vanban file.
import { compose } from '../compose';
import type { Document } from '../model';
import { docxLines } from './mammoth';

/** A 1×1 transparent PNG: a chart's picture carries no text, so any picture will do. */
const BLANK_PNG = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='),
  (c) => c.charCodeAt(0),
);

export async function guideLines(doc: Document): Promise<string[]> {
  const { renderDocx } = await import('../render/docx');
  const bytes = await renderDocx(compose(doc), undefined, { rasterize: () => Promise.resolve(BLANK_PNG) });
  return docxLines(bytes);
}
