// A text PDF's positioned text items → the lines importText reads. A PDF has no paragraphs and
// no tables, only runs of glyphs at positions; this rebuilds what the recognisers expect, the
// shape a .docx gives through mammoth (html.ts):
// - the two-column layout tables (issuer | Quốc hiệu, place-date; Nơi nhận | signature) come
//   out column by column, each column's lines top to bottom, left column first;
// - other multi-column blocks (data tables) come out row by row, cells separated by tabs;
// - a body paragraph wrapped over several lines (and over a page break) is one line again;
// - page numbers are dropped.
// Pure: the items are given (pdf.ts reads them with pdf.js), so this is tested without a PDF.
import {
  ADDRESSEES_LABEL,
  NATIONAL,
  RECIPIENTS_LABEL,
  isRuleLine,
  isStar,
  listMarker,
  matchAuthority,
  matchNumber,
  matchPlaceDate,
} from './patterns';

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

/** Latin ligatures some producers write as one glyph. */
const LIGATURES: Record<string, string> = { '\uFB00': 'ff', '\uFB01': 'fi', '\uFB02': 'fl', '\uFB03': 'ffi', '\uFB04': 'ffl', '\uFB05': 'st', '\uFB06': 'st' };

interface Segment {
  text: string;
  left: number;
  right: number;
  size: number;
  y: number;
}

interface Row {
  y: number;
  size: number;
  segments: Segment[];
  /** The row's runs, left to right: a table's columns are found from them. */
  items: PdfTextItem[];
}

/** A line of the output with its geometry, before paragraphs are joined. */
interface Placed {
  text: string;
  left: number;
  right: number;
  size: number;
  y: number;
  page: number;
  /** Lines of a column block or a table are never joined to a paragraph. */
  block: boolean;
}

/** Two runs further apart than this (in font sizes) are in different columns. */
const COLUMN_GAP = 1.2;
/** A space is put between two runs further apart than this (in font sizes). */
const WORD_GAP = 0.15;
/** Baselines this close (in font sizes) are one row. */
const SAME_ROW = 0.45;
/** Within a paragraph, baselines are at most this far apart (in font sizes); 6 pt spacing breaks it. */
const LINE_STEP = 1.45;

const PAGE_NUMBER = /^(?:[-–—]\s*)?(?:Trang\s+)?\d{1,4}(?:\s*\/\s*\d{1,4})?(?:\s*[-–—])?$/iu;

/** Runs of one line or cell → their text, a space put where the runs stand apart. */
function joinRuns(items: readonly PdfTextItem[]): string {
  let text = '';
  let right = -Infinity;
  for (const it of [...items].sort((a, b) => a.x - b.x)) {
    const space = text !== '' && it.x - right > WORD_GAP * it.size && !/\s$/u.test(text) && !/^\s/u.test(it.str);
    text += (space ? ' ' : '') + it.str;
    right = Math.max(right, it.x + Math.max(0, it.width));
  }
  return text.replace(/[\uFB00-\uFB06]/gu, (m) => LIGATURES[m] ?? m).replace(/\s+/gu, ' ').trim();
}

/** Table cells may stand closer than COLUMN_GAP: less than this (points) apart is one column. */
const CELL_GAP = 3;

/**
 * A data table's columns: the x-ranges its runs cover, over all its rows (text never crosses a
 * cell's border), and the gutters between them.
 */
function tableGutters(rows: readonly Row[]): Gutter[] {
  const spans = rows.flatMap((r) => r.items.map((it): [number, number] => [it.x, it.x + Math.max(0, it.width)])).sort((a, b) => a[0] - b[0]);
  const union: [number, number][] = [];
  for (const [a, b] of spans) {
    const last = union[union.length - 1];
    if (last && a <= last[1] + CELL_GAP) last[1] = Math.max(last[1], b);
    else union.push([a, b]);
  }
  return union.slice(1).map((u, i) => ({ from: (union[i] as [number, number])[1], to: u[0] }));
}

/** Items of a page → rows of segments (runs far apart split into segments). */
function rowsOf(page: PdfPageText): Row[] {
  const items: PdfTextItem[] = [];
  const seen = new Map<string, PdfTextItem[]>();
  for (const it of page.items) {
    if (!it.str.trim() || !(it.size > 0)) continue;
    // Some producers draw bold as the same run twice, a hair apart.
    const same = seen.get(it.str) ?? [];
    if (same.some((o) => Math.abs(o.x - it.x) < 1 && Math.abs(o.y - it.y) < 1)) continue;
    same.push(it);
    seen.set(it.str, same);
    items.push(it);
  }
  items.sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: { y: number; size: number; items: PdfTextItem[] }[] = [];
  for (const it of items) {
    const row = rows[rows.length - 1];
    if (row && Math.abs(row.y - it.y) <= SAME_ROW * Math.min(row.size, it.size)) {
      row.items.push(it);
      row.size = Math.max(row.size, it.size);
    } else rows.push({ y: it.y, size: it.size, items: [it] });
  }
  return rows.map((row) => {
    const sorted = [...row.items].sort((a, b) => a.x - b.x);
    const segments: Segment[] = [];
    let current: Segment | undefined;
    for (const it of sorted) {
      const right = it.x + Math.max(0, it.width);
      const gap = current ? it.x - current.right : 0;
      if (current && gap <= COLUMN_GAP * Math.max(current.size, it.size)) {
        const space = gap > WORD_GAP * it.size && !/\s$/u.test(current.text) && !/^\s/u.test(it.str);
        current.text += (space ? ' ' : '') + it.str;
        current.right = Math.max(current.right, right);
        current.size = Math.max(current.size, it.size);
      } else {
        current = { text: it.str, left: it.x, right, size: it.size, y: it.y };
        segments.push(current);
      }
    }
    for (const s of segments) s.text = s.text.replace(/[\uFB00-\uFB06]/gu, (m) => LIGATURES[m] ?? m).replace(/\s+/gu, ' ').trim();
    return { y: row.y, size: row.size, segments: segments.filter((s) => s.text), items: sorted };
  });
}

/** The free horizontal band between two columns: [from, to]. */
interface Gutter {
  from: number;
  to: number;
}

const MIN_GUTTER = 4;

/**
 * The gutters narrowed by a row's text, or null when it crosses one. A row of several columns is
 * taken run by run (table cells may stand closer than COLUMN_GAP); a lone line as one piece.
 */
function narrow(gutters: readonly Gutter[], row: Row): Gutter[] | null {
  const out: Gutter[] = [];
  const parts = row.segments.length >= 2 ? row.items.map((it) => ({ left: it.x, right: it.x + Math.max(0, it.width) })) : row.segments;
  for (const g of gutters) {
    let { from, to } = g;
    for (const s of parts) {
      if (s.right <= from || s.left >= to) continue;
      const fromLeft = s.left <= from;
      const fromRight = s.right >= to;
      if (fromLeft && fromRight) return null;
      if (fromLeft) from = s.right;
      else if (fromRight) to = s.left;
      // A segment inside the gutter would be a column of its own: not this block.
      else return null;
    }
    if (to - from < MIN_GUTTER) return null;
    out.push({ from, to });
  }
  return out;
}

function columnOf(gutters: readonly Gutter[], s: Segment): number {
  const centre = (s.left + s.right) / 2;
  let c = 0;
  for (const g of gutters) if (centre > (g.from + g.to) / 2) c++;
  return c;
}

/**
 * A lone segment belongs to a column block only if it stands within the span of a column that
 * already has text, or lines up with it (centred alike, or the same left or right edge).
 */
function aligned(column: readonly Segment[], s: Segment, pageCentre: number): boolean {
  if (column.length === 0) return false;
  const centre = (s.left + s.right) / 2;
  // The tên loại and the trích yếu are centred on the page: they end a header block.
  if (Math.abs(centre - pageCentre) <= 2) return false;
  const from = Math.min(...column.map((o) => o.left));
  const to = Math.max(...column.map((o) => o.right));
  if (s.left >= from - 1 && s.right <= to + 1) return true;
  return column.some(
    (o) => Math.abs((o.left + o.right) / 2 - centre) <= 2 || Math.abs(o.left - s.left) <= 0.6 || Math.abs(o.right - s.right) <= 0.6,
  );
}

/** Below this gap (in font sizes) a lone line may still belong to the column block above it. */
const BLOCK_GAP = 3;

function isLayoutText(texts: readonly string[]): boolean {
  return texts.some(
    (t) =>
      NATIONAL.some((n) => n.re.test(t)) ||
      matchNumber(t) !== null ||
      matchPlaceDate(t) !== null ||
      RECIPIENTS_LABEL.test(t) ||
      ADDRESSEES_LABEL.test(t) ||
      matchAuthority(t) !== null,
  );
}

/** A list entry wrapped inside its column ("- Văn phòng Trung ương" / "Đảng;") is one entry. */
function joinColumnLines(segments: readonly Segment[]): Segment[] {
  const out: Segment[] = [];
  for (const s of segments) {
    const prev = out[out.length - 1];
    if (
      prev &&
      listMarker(prev.text) &&
      !/[;,.:]$/u.test(prev.text) &&
      !listMarker(s.text) &&
      Math.abs(prev.size - s.size) < 0.5 &&
      prev.y - s.y <= LINE_STEP * s.size
    ) {
      out[out.length - 1] = { ...prev, text: `${prev.text} ${s.text}`, right: Math.max(prev.right, s.right), y: s.y };
    } else out.push({ ...s });
  }
  return out;
}

/** A column block → its lines: a layout table column by column, a data table row by row. */
function blockLines(rows: readonly Row[], gutters: readonly Gutter[], page: number): Placed[] {
  const columns: Segment[][] = Array.from({ length: gutters.length + 1 }, () => []);
  for (const row of rows) for (const s of row.segments) columns[columnOf(gutters, s)]?.push(s);
  const all = columns.flat();
  const placed = (s: Segment): Placed => ({ text: s.text, left: s.left, right: s.right, size: s.size, y: s.y, page, block: true });
  if (isLayoutText(all.map((s) => s.text))) return columns.flatMap((c) => joinColumnLines(c).map(placed));
  // A table row whose cells wrap spans several text rows: a text row close below (a line step,
  // not a cell's padding) that fills fewer cells than there are columns continues the row above.
  const fine = tableGutters(rows);
  const logical: { cells: string[]; left: number; right: number; size: number; y: number }[] = [];
  for (const row of rows) {
    const byColumn: PdfTextItem[][] = Array.from({ length: fine.length + 1 }, () => []);
    for (const it of row.items) byColumn[columnOf(fine, { text: it.str, left: it.x, right: it.x + Math.max(0, it.width), size: it.size, y: it.y })]?.push(it);
    const cells = byColumn.map(joinRuns);
    const left = Math.min(...row.segments.map((s) => s.left));
    const right = Math.max(...row.segments.map((s) => s.right));
    const above = logical[logical.length - 1];
    const filled = cells.filter(Boolean).length;
    if (above && above.y - row.y <= LINE_STEP * row.size && filled < cells.length) {
      above.cells = above.cells.map((c, i) => [c, cells[i] ?? ''].filter(Boolean).join(' '));
      above.left = Math.min(above.left, left);
      above.right = Math.max(above.right, right);
      above.y = row.y;
    } else logical.push({ cells, left, right, size: row.size, y: row.y });
  }
  return logical.map((r) => ({ text: r.cells.join('\t'), left: r.left, right: r.right, size: r.size, y: r.y, page, block: true }));
}

/** Lines at the left margin needed before their right edges tell where the right margin is. */
const FRAME_LINES = 5;
/** A right margin is at most this wide (20 mm, NĐ 30's widest). */
const MAX_RIGHT_MARGIN = 56.7;

/** Where the body text stands on the page: its left edge and the right edge of full lines. */
function bodyFrame(rows: readonly Row[][], pageWidth: number | undefined): { left: number; right: number } {
  const singles = rows.flat().filter((r) => r.segments.length === 1).map((r) => r.segments[0] as Segment);
  const lefts = new Map<number, number>();
  for (const s of singles) {
    const key = Math.round(s.left * 2) / 2;
    lefts.set(key, (lefts.get(key) ?? 0) + 1);
  }
  let left = 0;
  let best = -1;
  for (const [x, n] of lefts) if (n > best || (n === best && x < left)) [left, best] = [x, n];
  const rights = singles.filter((s) => Math.abs(s.left - left) <= 1).map((s) => s.right);
  rights.sort((a, b) => a - b);
  let right = rights.length ? (rights[Math.floor(rights.length * 0.8)] as number) : Math.max(0, ...singles.map((s) => s.right));
  // A short text: too few lines to find the margin by, so a line counts as full only near the page's edge.
  if (rights.length < FRAME_LINES && pageWidth) right = Math.max(right, pageWidth - MAX_RIGHT_MARGIN);
  return { left, right };
}

/** The lines of a page: column blocks found and laid out, the rest one line per row. */
function pageLines(rows: readonly Row[], page: number, pageCentre: number): Placed[] {
  const out: Placed[] = [];
  let i = 0;
  while (i < rows.length) {
    const row = rows[i] as Row;
    if (row.segments.length < 2) {
      const s = row.segments[0];
      if (s) out.push({ text: s.text, left: s.left, right: s.right, size: s.size, y: s.y, page, block: false });
      i++;
      continue;
    }
    let gutters: Gutter[] = [];
    const segs = [...row.segments].sort((a, b) => a.left - b.left);
    for (let k = 1; k < segs.length; k++) gutters.push({ from: (segs[k - 1] as Segment).right, to: (segs[k] as Segment).left });
    const block: Row[] = [row];
    const columns: Segment[][] = Array.from({ length: gutters.length + 1 }, () => []);
    for (const s of row.segments) columns[columnOf(gutters, s)]?.push(s);
    let j = i + 1;
    for (; j < rows.length; j++) {
      const next = rows[j] as Row;
      const narrowed = narrow(gutters, next);
      if (!narrowed) break;
      if (next.segments.length === 1) {
        const s = next.segments[0] as Segment;
        const above = block[block.length - 1] as Row;
        if (above.y - next.y > BLOCK_GAP * next.size) break;
        if (!aligned(columns[columnOf(narrowed, s)] ?? [], s, pageCentre)) break;
      }
      gutters = narrowed;
      for (const s of next.segments) columns[columnOf(gutters, s)]?.push(s);
      block.push(next);
    }
    out.push(...blockLines(block, gutters, page));
    i = j;
  }
  return out;
}

/** Whether `next` continues the paragraph `prev` (a wrapped line, perhaps over a page break). */
function continues(prev: Placed, next: Placed, frame: { left: number; right: number }): boolean {
  if (prev.block || next.block) return false;
  if (isRuleLine(next.text) || isStar(next.text)) return false;
  if (Math.abs(prev.size - next.size) >= 0.5) return false;
  const samePage = prev.page === next.page;
  if (samePage && (prev.y - next.y > LINE_STEP * next.size || prev.y <= next.y)) return false;
  const width = frame.right - frame.left;
  // A justified paragraph: the line above is full, the line below starts at the margin.
  const full = prev.right >= frame.right - 2.5 * prev.size;
  if (full && Math.abs(next.left - frame.left) <= 1.5 && prev.left >= frame.left - 1.5) return true;
  // A centred title over several lines: both centred alike, the upper one nearly full width.
  if (!samePage) return false;
  const centre = (frame.left + frame.right) / 2;
  const c1 = (prev.left + prev.right) / 2;
  const c2 = (next.left + next.right) / 2;
  return Math.abs(c1 - centre) <= 3 && Math.abs(c2 - centre) <= 3 && prev.right - prev.left >= 0.75 * width;
}

/** The lines importText reads, from the pages' text items. */
export function pdfTextLines(pages: readonly PdfPageText[]): string[] {
  const pageRows = pages.map(rowsOf);
  // Page numbers: a number alone as the first or last row of a page.
  for (const rows of pageRows) {
    for (const at of [0, rows.length - 1]) {
      const row = rows[at];
      if (rows.length > 1 && row && row.segments.length === 1 && PAGE_NUMBER.test((row.segments[0] as Segment).text)) rows.splice(at, 1);
    }
  }
  const frame = bodyFrame(pageRows, pages.find((p) => p.width)?.width);
  const centre = (frame.left + frame.right) / 2;
  const placed = pageRows.flatMap((rows, p) => pageLines(rows, p, centre));
  const out: Placed[] = [];
  for (const line of placed) {
    const prev = out[out.length - 1];
    if (prev && continues(prev, line, frame)) {
      out[out.length - 1] = { ...line, text: `${prev.text} ${line.text}` };
    } else out.push(line);
  }
  return out.map((l) => l.text);
}

/** How many letters or digits the pages hold: a scanned PDF has none. */
export function pdfTextSize(pages: readonly PdfPageText[]): number {
  let n = 0;
  for (const p of pages) for (const it of p.items) n += (it.str.match(/[\p{L}\p{N}]/gu) ?? []).length;
  return n;
}
