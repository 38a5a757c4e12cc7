// A text PDF's positioned text items → the lines importText reads. A PDF has no paragraphs and
// no tables, only runs of glyphs at positions; this rebuilds what the recognisers expect, the
// shape a .docx gives through mammoth (html.ts):
// - the two-column layout tables (issuer | Quốc hiệu, place-date; Nơi nhận | signature) come
//   out column by column, each column's lines top to bottom, left column first;
// - other multi-column blocks (data tables) come out row by row, cells separated by tabs;
// - a body paragraph wrapped over several lines (and over a page break) is one line again;
// - page numbers are dropped.
// Pure: the items are given (pdf.ts reads them with pdf.js), so this is tested without a PDF.
// The steps: runs → rows (pdfText/rows.ts) → lines, column blocks laid out (pdfText/columns.ts)
// → paragraphs joined (pdfText/paragraphs.ts).
import { pageLines } from './pdfText/columns';
import type { PdfPageText } from './pdfText/geometry';
import { bodyFrame, joinParagraphs } from './pdfText/paragraphs';
import { pageRows } from './pdfText/rows';

export type { PdfPageText, PdfTextItem } from './pdfText/geometry';

/** The lines importText reads, from the pages' text items. */
export function pdfTextLines(pages: readonly PdfPageText[]): string[] {
  const rows = pages.map(pageRows);
  const frame = bodyFrame(rows, pages.find((p) => p.width)?.width);
  const centre = (frame.left + frame.right) / 2;
  const placed = rows.flatMap((page, p) => pageLines(page, p, centre));
  return joinParagraphs(placed, frame).map((l) => l.text);
}

/** How many letters or digits the pages hold: a scanned PDF has none. */
export function pdfTextSize(pages: readonly PdfPageText[]): number {
  let n = 0;
  for (const p of pages) for (const it of p.items) n += (it.str.match(/[\p{L}\p{N}]/gu) ?? []).length;
  return n;
}
