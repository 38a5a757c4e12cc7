// Source text → lines. Pasted text arrives with every kind of debris: CR/LF mixes, Word's
// vertical-tab line breaks, control characters, lone surrogates from broken copies, non-breaking
// spaces, decomposed tone marks. Everything downstream works on the lines made here, so the
// "no line is lost" promise is stated against them.

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
  clean(text)
    .split(LINE_BREAK)
    .forEach((raw, index) => {
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
      out.push({ index, text: textLine, cells, wideCells });
    });
  return out;
}

/** Word field codes that survive a copy as text of their own ("PAGE", "PAGE \* MERGEFORMAT"). */
const FIELD_REMNANT = /^(?:[-–{]\s*)?(?:PAGE|NUMPAGES|SECTIONPAGES)(?:\s*\\\*\s*[A-Za-z]+)*(?:\s*[-–}])?$/;

export function isFieldRemnant(text: string): boolean {
  return text.length <= 60 && FIELD_REMNANT.test(text);
}
