// The geometry of a PDF's text as the line builder sees it: the runs pdf.js gives, the rows and
// segments they make, and the lines placed on the page before paragraphs are joined.

/** One text run of a page: baseline start (x, y) in PDF points, y upwards; width; font size. */
export interface PdfTextItem {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

export interface PdfPageText {
  items: PdfTextItem[];
  /** The page's width in points, when known: the body's right margin is guessed from it in a short text. */
  width?: number;
}

export interface Segment {
  text: string;
  left: number;
  right: number;
  size: number;
  y: number;
}

export interface Row {
  y: number;
  size: number;
  segments: Segment[];
  /** The row's runs, left to right: a table's columns are found from them. */
  items: PdfTextItem[];
}

/** A line of the output with its geometry, before paragraphs are joined. */
export interface Placed {
  text: string;
  left: number;
  right: number;
  size: number;
  y: number;
  page: number;
  /** Lines of a column block or a table are never joined to a paragraph. */
  block: boolean;
}

/** The free horizontal band between two columns: [from, to]. */
export interface Gutter {
  from: number;
  to: number;
}

/** Two runs further apart than this (in font sizes) are in different columns. */
export const COLUMN_GAP = 1.2;
/** A space is put between two runs further apart than this (in font sizes). */
export const WORD_GAP = 0.15;
/** Baselines this close (in font sizes) are one row. */
export const SAME_ROW = 0.45;
/** Within a paragraph, baselines are at most this far apart (in font sizes); 6 pt spacing breaks it. */
export const LINE_STEP = 1.45;
