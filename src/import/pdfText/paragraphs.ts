// Step 3: where the body text stands on the page, and the lines of one paragraph (wrapped by the
// PDF, perhaps over a page break) joined into one line again.
import { isRuleLine, isStar } from '../patterns';
import { LINE_STEP, type Placed, type Row, type Segment } from './geometry';

/** Lines at the left margin needed before their right edges tell where the right margin is. */
const FRAME_LINES = 5;
/** A right margin is at most this wide (20 mm, NĐ 30's widest). */
const MAX_RIGHT_MARGIN = 56.7;

/** Where the body text stands on the page: its left edge and the right edge of full lines. */
export function bodyFrame(rows: readonly Row[][], pageWidth: number | undefined): { left: number; right: number } {
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

/** The placed lines with each wrapped paragraph joined into one. */
export function joinParagraphs(placed: readonly Placed[], frame: { left: number; right: number }): Placed[] {
  const out: Placed[] = [];
  for (const line of placed) {
    const prev = out[out.length - 1];
    if (prev && continues(prev, line, frame)) {
      out[out.length - 1] = { ...line, text: `${prev.text} ${line.text}` };
    } else out.push(line);
  }
  return out;
}
