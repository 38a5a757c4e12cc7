// Pagination of measured blocks into A4 pages — a pure function, so it can be tested without a
// browser (jsdom has no layout). It follows Word's flow closely enough for a live preview:
// - each section starts a new page;
// - a paragraph that does not fit is split between lines, leaving at least two lines on each page
//   (Word's default widow/orphan control), unless it must keep its lines together;
// - keepNext blocks move to the next page together with the first piece of the block after them;
// - a table splits between rows and draws its header rows again on each page it runs onto; a
//   table marked unsplittable (the closing Nơi nhận / signature table) moves as one unit;
// - the space before a block is dropped when the flow (not a section start) puts it at the top of
//   a page, as Word does for natural page breaks;
// - a block's space after may run into the bottom margin.

/** Fields every measured block has. */
interface MeasureBase {
  /** Index of the Layout section the block belongs to. */
  section: number;
  spaceBeforePt: number;
  keepNext: boolean;
}

export interface ParagraphMeasure extends MeasureBase {
  kind: 'paragraph';
  /** The whole block: space before + lines + space after. */
  heightPt: number;
  spaceAfterPt: number;
  /** Number of equal lines, or 0 when unknown (then the paragraph is never split). */
  lines: number;
  lineHeightPt: number;
  keepLines: boolean;
}

/** A block that never splits (a rule, a framed stamp). */
export interface BoxMeasure extends MeasureBase {
  kind: 'box';
  heightPt: number;
  spaceAfterPt: number;
}

export interface RowMeasure {
  heightPt: number;
  /** Repeated at the top of every page the table runs onto. */
  header: boolean;
}

export interface TableMeasure extends MeasureBase {
  kind: 'table';
  rows: RowMeasure[];
  /** Moves to the next page whole rather than splitting between rows. */
  unsplittable: boolean;
}

export type BlockMeasure = ParagraphMeasure | BoxMeasure | TableMeasure;

export interface PagePart {
  /** Lines [from, to) of a paragraph, or rows [from, to) of a table. */
  from: number;
  to: number;
}

export interface PageItem {
  /** Index into the measures given to paginate. */
  block: number;
  /** Absent when the whole block is on this page. */
  part?: PagePart;
  /** A table continued from an earlier page: its header rows are drawn again above `part.from`. */
  repeatHeader: boolean;
  /** The block starts at the top of a page the flow opened: its space before is not drawn. */
  dropSpaceBefore: boolean;
  /** Height the item takes on the page, in points. */
  heightPt: number;
}

export interface PageSlice {
  section: number;
  /** The first page of its section (no page number is drawn there). */
  firstOfSection: boolean;
  items: PageItem[];
  /** Sum of the items' heights. */
  usedPt: number;
}

/** Tolerance for rounding in measured heights. */
const EPS = 0.01;
/** Word's widow/orphan control: never a single line of a paragraph alone on a page. */
const MIN_LINES = 2;

export function blockHeightPt(m: BlockMeasure): number {
  if (m.kind === 'table') return m.spaceBeforePt + sum(m.rows.map((r) => r.heightPt));
  return m.heightPt;
}

function sum(xs: number[]): number {
  let s = 0;
  for (const x of xs) s += x;
  return s;
}

function headerRowCount(m: TableMeasure): number {
  let n = 0;
  while (n < m.rows.length && m.rows[n]?.header) n++;
  // A table made only of header rows has nothing to repeat them above.
  return n === m.rows.length ? 0 : n;
}

function splittableParagraph(m: BlockMeasure): m is ParagraphMeasure {
  return m.kind === 'paragraph' && !m.keepLines && m.lineHeightPt > 0 && m.lines >= 2 * MIN_LINES;
}

/** The least of block m that must go on a page with whatever keeps with it (space before included). */
function firstPiecePt(m: BlockMeasure): number {
  if (splittableParagraph(m)) return m.spaceBeforePt + MIN_LINES * m.lineHeightPt;
  if (m.kind === 'table' && !m.unsplittable) {
    const take = Math.min(m.rows.length, headerRowCount(m) + 1);
    return m.spaceBeforePt + sum(m.rows.slice(0, take).map((r) => r.heightPt));
  }
  // Its space after may hang into the bottom margin.
  return blockHeightPt(m) - (m.kind === 'table' ? 0 : m.spaceAfterPt);
}

export function paginate(blocks: BlockMeasure[], pageContentHeightPt: number): PageSlice[] {
  const cap = pageContentHeightPt;
  const pages: PageSlice[] = [];
  let page: PageSlice = { section: -1, firstOfSection: true, items: [], usedPt: 0 };

  const open = (section: number, firstOfSection: boolean): void => {
    page = { section, firstOfSection, items: [], usedPt: 0 };
    pages.push(page);
  };
  const flowBreak = (): void => open(page.section, false);
  const atTop = (): boolean => page.items.length === 0;
  const remaining = (): number => cap - page.usedPt;
  /** The space before a block starting here: dropped at the top of a page the flow opened. */
  const spaceBeforeHere = (m: BlockMeasure): number => (atTop() && !page.firstOfSection ? 0 : m.spaceBeforePt);
  const push = (item: Omit<PageItem, 'repeatHeader' | 'dropSpaceBefore'> & Partial<PageItem>): void => {
    page.items.push({ repeatHeader: false, dropSpaceBefore: false, ...item });
    page.usedPt += item.heightPt;
  };

  /** Height of blocks i.. up to the first piece of the block that ends the keepNext chain. */
  const chainPt = (i: number, firstSpaceBeforePt: number): number => {
    const first = blocks[i] as BlockMeasure;
    let total = blockHeightPt(first) - first.spaceBeforePt + firstSpaceBeforePt;
    if (!first.keepNext) return total;
    for (let j = i + 1; j < blocks.length; j++) {
      const m = blocks[j] as BlockMeasure;
      if (m.section !== first.section) break;
      // A paragraph that may split keeps with what follows it by itself (placeParagraph's reserve).
      const whole = m.keepNext && !splittableParagraph(m);
      total += whole ? blockHeightPt(m) : firstPiecePt(m);
      if (!whole) break;
    }
    return total;
  };

  const placeWhole = (i: number, m: BlockMeasure, spaceAfterPt: number): void => {
    let sb = spaceBeforeHere(m);
    let h = blockHeightPt(m) - m.spaceBeforePt + sb;
    if (h - spaceAfterPt > remaining() + EPS && !atTop()) {
      flowBreak();
      sb = spaceBeforeHere(m);
      h = blockHeightPt(m) - m.spaceBeforePt + sb;
    }
    // A block taller than a page stands alone and runs over the bottom margin.
    push({ block: i, heightPt: h, dropSpaceBefore: sb !== m.spaceBeforePt });
  };

  /**
   * A paragraph split between lines. reservePt: what must follow its last line on the same page
   * (its space after and the first piece of what it keeps with), so that a keepNext paragraph that
   * does not fit sends only its last lines over with the next block, as Word does.
   */
  const placeParagraph = (i: number, m: ParagraphMeasure, reservePt: number): void => {
    const lh = m.lineHeightPt;
    let from = 0;
    for (;;) {
      const sb = from === 0 ? spaceBeforeHere(m) : 0;
      const drop = from === 0 && sb !== m.spaceBeforePt;
      const rest = m.lines - from;
      if (sb + rest * lh + reservePt <= remaining() + EPS) {
        push({
          block: i,
          ...(from === 0 ? {} : { part: { from, to: m.lines } }),
          heightPt: sb + rest * lh + m.spaceAfterPt,
          dropSpaceBefore: drop,
        });
        return;
      }
      const fit = Math.floor((remaining() - sb + EPS) / lh);
      // Leave at least MIN_LINES for the next page, and put at least MIN_LINES here.
      let k = Math.min(fit, rest - MIN_LINES);
      if (k < MIN_LINES) {
        if (!atTop()) {
          flowBreak();
          continue;
        }
        // A page too short for the widow/orphan rule: take what fits, at least one line.
        k = Math.max(1, Math.min(fit, rest));
      }
      const last = from + k >= m.lines;
      push({ block: i, part: { from, to: from + k }, heightPt: sb + k * lh + (last ? m.spaceAfterPt : 0), dropSpaceBefore: drop });
      from += k;
      if (last) return;
      flowBreak();
    }
  };

  const placeTable = (i: number, m: TableMeasure): void => {
    const n = m.rows.length;
    const sbNow = spaceBeforeHere(m);
    if (m.unsplittable || n === 0 || blockHeightPt(m) - m.spaceBeforePt + sbNow <= remaining() + EPS) {
      placeWhole(i, m, 0);
      return;
    }
    const heads = headerRowCount(m);
    const headPt = sum(m.rows.slice(0, heads).map((r) => r.heightPt));
    let r = 0;
    while (r < n) {
      const sb = r === 0 ? spaceBeforeHere(m) : 0;
      const repeat = r > 0 && heads > 0;
      // The header rows never end a page: they go with the first body row.
      const firstTake = r === 0 ? Math.min(n, heads + 1) : r + 1;
      let height = sb + (repeat ? headPt : 0);
      for (let k = r; k < firstTake; k++) height += m.rows[k]?.heightPt ?? 0;
      if (height > remaining() + EPS && !atTop()) {
        flowBreak();
        continue;
      }
      let to = firstTake;
      while (to < n && height + (m.rows[to]?.heightPt ?? 0) <= remaining() + EPS) {
        height += m.rows[to]?.heightPt ?? 0;
        to++;
      }
      push({
        block: i,
        ...(r === 0 && to === n ? {} : { part: { from: r, to } }),
        repeatHeader: repeat,
        dropSpaceBefore: r === 0 && sb !== m.spaceBeforePt,
        heightPt: height,
      });
      r = to;
      if (r < n) flowBreak();
    }
  };

  blocks.forEach((m, i) => {
    if (m.section !== page.section) open(m.section, true);
    if (m.keepNext && !atTop() && !splittableParagraph(m)) {
      // Move the chain to a new page when it does not fit here but would fit on a fresh page;
      // a chain longer than a page is let flow (Word gives up on it too).
      if (chainPt(i, spaceBeforeHere(m)) > remaining() + EPS && chainPt(i, 0) <= cap + EPS) flowBreak();
    }
    if (m.kind === 'table') placeTable(i, m);
    else if (splittableParagraph(m)) {
      // Space after counts only when something must follow on the same page.
      // A keep that cannot be met even on a fresh page is let go, as for the chains above.
      const reserve = m.keepNext ? chainPt(i, 0) - m.lines * m.lineHeightPt : 0;
      const kept = reserve > m.spaceAfterPt + EPS && MIN_LINES * m.lineHeightPt + reserve <= cap + EPS;
      placeParagraph(i, m, kept ? reserve : 0);
    } else placeWhole(i, m, m.spaceAfterPt);
  });
  return pages;
}
