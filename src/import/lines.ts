// Source text → lines. Pasted text arrives with every kind of debris: CR/LF mixes, Word's
// vertical-tab line breaks, control characters, lone surrogates from broken copies, non-breaking
// spaces, decomposed tone marks. Everything downstream works on the lines made here, so the
// "no line is lost" promise is stated against them.

import { unmark } from './markup';

/** Line breaks of every origin: CRLF, CR, LF, Word's \v and \f, NEL, LS, PS. */
const LINE_BREAK = /\r\n|[\n\r\u000B\u000C\u0085\u2028\u2029]/;

/** C0/C1 controls other than tab (line breaks are split off first) and the BOM. */
const CONTROL = /[\u0000-\u0008\u000E-\u001F\u007F-\u0084\u0086-\u009F\uFEFF]/g;

/** A lone surrogate cannot be written to XML (DOCX) or JSON safely; it becomes U+FFFD. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Whitespace other than the tab: tabs separate header and table columns, so they are kept. */
const SPACES = /[^\S\t]+/g;

export interface SourceLine {
  /** Index of the line in the source, for diagnostics. */
  index: number;
  /** The line with tabs turned into spaces, whitespace collapsed and trimmed. */
  text: string;
  /** The tab-separated columns, each trimmed, empty ones dropped. */
  cells: string[];
  /**
   * Columns split on tabs and on runs of three or more spaces: a header pasted from a
   * two-column table often keeps its columns apart only by spacing.
   */
  wideCells: string[];
  /**
   * The wide cells with the column each starts at in the source line: text copied from a PDF
   * (`pdftotext -layout`) keeps two columns side by side on one line, the second one always
   * starting near the same column.
   */
  columns: { text: string; start: number }[];
  /** Leading spaces: a PDF copy indents a paragraph's first line, not the lines it wraps onto. */
  indent: number;
  /** The whole line was bold in a markup copy ("**VĂN PHÒNG**"). */
  strong?: boolean;
  /** A table cell of a markup copy starts with this line (a "|" line stood before it). */
  cellStart?: boolean;
  /** An empty line (or a cell boundary) stood before this line: a paragraph starts here. */
  blankBefore?: boolean;
}

/** Runs of three or more spaces, or a tab, part columns of a layout copy. */
const COLUMN_GAP = /\t[^\S\n]*|[^\S\t]{3,}/g;

/** The cells of a raw line with their start columns; linear in the line's length. */
function columnsOf(raw: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  let from = 0;
  const push = (end: number): void => {
    const piece = raw.slice(from, end);
    const lead = piece.length - piece.trimStart().length;
    const text = piece.replace(SPACES, ' ').trim();
    if (text) out.push({ text, start: from + lead });
  };
  for (const m of raw.matchAll(COLUMN_GAP)) {
    push(m.index);
    from = m.index + m[0].length;
  }
  push(raw.length);
  return out;
}

function clean(s: string): string {
  return s.replace(LONE_SURROGATE, '\uFFFD').replace(CONTROL, ' ').normalize('NFC');
}

/**
 * The lines of a text as the importer sees them: normalised, whitespace collapsed, trimmed.
 * Empty lines are kept (as ""), so the result has one entry per source line.
 */
export function sourceLines(text: string): string[] {
  return clean(text)
    .split(LINE_BREAK)
    .map((l) => l.replace(SPACES, ' ').replace(/\t/g, ' ').replace(/ {2,}/g, ' ').trim());
}

/** The non-empty lines with their columns. */
export function readLines(text: string): SourceLine[] {
  const out: SourceLine[] = [];
  unmark(clean(text).split(LINE_BREAK)).forEach(({ text: raw, strong, cellStart, blankBefore }, index) => {
      const spaced = raw.replace(SPACES, (m) => (m.length >= 3 ? '\t' : ' '));
      const textLine = raw.replace(SPACES, ' ').replace(/\t/g, ' ').replace(/ {2,}/g, ' ').trim();
      if (!textLine) return;
      const cells = raw
        .split('\t')
        .map((c) => c.replace(SPACES, ' ').trim())
        .filter(Boolean);
      const wideCells = spaced
        .split('\t')
        .map((c) => c.replace(SPACES, ' ').trim())
        .filter(Boolean);
      const columns = columnsOf(raw);
      const indent = raw.length - raw.trimStart().length;
      out.push({ index, text: textLine, cells, wideCells, columns, indent, ...(strong ? { strong } : {}), ...(cellStart ? { cellStart } : {}), ...(blankBefore ? { blankBefore } : {}) });
  });
  return out;
}

/** Word field codes that survive a copy as text of their own ("PAGE", "PAGE \* MERGEFORMAT"). */
const FIELD_REMNANT = /^(?:[-–{]\s*)?(?:PAGE|NUMPAGES|SECTIONPAGES)(?:\s*\\\*\s*[A-Za-z]+)*(?:\s*[-–}])?$/;

export function isFieldRemnant(text: string): boolean {
  return text.length <= 60 && FIELD_REMNANT.test(text);
}
