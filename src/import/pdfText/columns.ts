// Step 2: a page's rows → its lines. Rows of two or more segments open a column block, which
// runs on while the rows below keep clear of its gutters: a layout table (issuer | Quốc hiệu;
// Nơi nhận | signature) comes out column by column, a data table row by row, cells separated by
// tabs. Other rows are one line each.
import { isLayoutLine, listMarker } from '../patterns';
import { LINE_STEP, type Gutter, type PdfTextItem, type Placed, type Row, type Segment } from './geometry';
import { joinRuns } from './rows';

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
  if (all.some((s) => isLayoutLine(s.text))) return columns.flatMap((c) => joinColumnLines(c).map(placed));
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

/** The lines of a page: column blocks found and laid out, the rest one line per row. */
export function pageLines(rows: readonly Row[], page: number, pageCentre: number): Placed[] {
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
