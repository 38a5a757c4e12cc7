// Step 1: a page's text runs → rows of segments, top to bottom (runs on one baseline are a row;
// runs far apart in it are separate segments), the page number dropped.
import { COLUMN_GAP, SAME_ROW, WORD_GAP, type PdfPageText, type PdfTextItem, type Row, type Segment } from './geometry';

/** Latin ligatures some producers write as one glyph. */
const LIGATURES: Record<string, string> = { '\uFB00': 'ff', '\uFB01': 'fi', '\uFB02': 'fl', '\uFB03': 'ffi', '\uFB04': 'ffl', '\uFB05': 'st', '\uFB06': 'st' };

/** "12", "- 12 -", "Trang 3", "3/10". */
const PAGE_NUMBER = /^(?:[-–—]\s*)?(?:Trang\s+)?\d{1,4}(?:\s*\/\s*\d{1,4})?(?:\s*[-–—])?$/iu;

/** Runs of one line or cell → their text, a space put where the runs stand apart. */
export function joinRuns(items: readonly PdfTextItem[]): string {
  let text = '';
  let right = -Infinity;
  for (const it of [...items].sort((a, b) => a.x - b.x)) {
    const space = text !== '' && it.x - right > WORD_GAP * it.size && !/\s$/u.test(text) && !/^\s/u.test(it.str);
    text += (space ? ' ' : '') + it.str;
    right = Math.max(right, it.x + Math.max(0, it.width));
  }
  return text.replace(/[\uFB00-\uFB06]/gu, (m) => LIGATURES[m] ?? m).replace(/\s+/gu, ' ').trim();
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

/** Items of a page → its rows, the page number left out. */
export function pageRows(page: PdfPageText): Row[] {
  return withoutPageNumber(rowsOf(page));
}

/** A page's rows without its page number: a number alone as the first or last row. */
function withoutPageNumber(rows: Row[]): Row[] {
  for (const at of [0, rows.length - 1]) {
    const row = rows[at];
    if (rows.length > 1 && row && row.segments.length === 1 && PAGE_NUMBER.test((row.segments[0] as Segment).text)) rows.splice(at, 1);
  }
  return rows;
}
