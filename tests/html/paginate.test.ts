import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blockHeightPt, paginate } from '../../src/render/html/paginate';
import type { BlockMeasure, BoxMeasure, PageSlice, ParagraphMeasure, TableMeasure } from '../../src/render/html/paginate';

/** A paragraph kept whole (line count unknown). */
function block(heightPt: number, o: Partial<ParagraphMeasure> = {}): ParagraphMeasure {
  return { kind: 'paragraph', section: 0, spaceBeforePt: 0, spaceAfterPt: 0, keepNext: false, keepLines: false, heightPt, lines: 0, lineHeightPt: 0, ...o };
}

/** A paragraph of n equal lines, splittable. */
function lines(n: number, o: Partial<ParagraphMeasure> = {}, lh = 10): ParagraphMeasure {
  const sb = o.spaceBeforePt ?? 0;
  const sa = o.spaceAfterPt ?? 0;
  return block(sb + n * lh + sa, { lines: n, lineHeightPt: lh, ...o });
}

function box(heightPt: number, o: Partial<BoxMeasure> = {}): BoxMeasure {
  return { kind: 'box', section: 0, spaceBeforePt: 0, spaceAfterPt: 0, keepNext: false, heightPt, ...o };
}

function table(rows: number[], headers = 1, o: Partial<TableMeasure> = {}): TableMeasure {
  return {
    kind: 'table',
    section: 0,
    spaceBeforePt: 0,
    keepNext: false,
    unsplittable: false,
    rows: rows.map((heightPt, i) => ({ heightPt, header: i < headers })),
    ...o,
  };
}

/** Block indices on each page. */
const blocksOf = (pages: PageSlice[]): number[][] => pages.map((p) => p.items.map((it) => it.block));

describe('paginate: whole blocks', () => {
  it('fills pages in order and breaks before the block that does not fit', () => {
    const pages = paginate([block(100), block(100), block(100), block(100), block(100)], 350);
    expect(blocksOf(pages)).toEqual([
      [0, 1, 2],
      [3, 4],
    ]);
    expect(pages.every((p) => p.items.every((it) => it.part === undefined))).toBe(true);
    expect(pages.map((p) => p.usedPt)).toEqual([300, 200]);
  });

  it('returns no page for no blocks', () => {
    expect(paginate([], 500)).toEqual([]);
  });

  it('lets the space after of the last block run into the bottom margin', () => {
    const pages = paginate([block(90), block(20, { spaceAfterPt: 12 })], 100);
    expect(blocksOf(pages)).toEqual([[0, 1]]);
    const more = paginate([block(90), block(20, { spaceAfterPt: 5 })], 100);
    expect(blocksOf(more)).toEqual([[0], [1]]);
  });

  it('drops the space before at the top of a page the flow opened, keeps it on a section start', () => {
    const pages = paginate([block(30, { spaceBeforePt: 10 }), block(80, { spaceBeforePt: 10 })], 100);
    expect(blocksOf(pages)).toEqual([[0], [1]]);
    expect(pages[0]?.items[0]).toMatchObject({ dropSpaceBefore: false, heightPt: 30 });
    expect(pages[1]?.items[0]).toMatchObject({ dropSpaceBefore: true, heightPt: 70 });
  });

  it('puts a block taller than a page alone on its page, without leaving an empty page', () => {
    const pages = paginate([block(50), box(300), block(50)], 200);
    expect(blocksOf(pages)).toEqual([[0], [1], [2]]);
    expect(pages[1]?.usedPt).toBe(300);
  });
});

describe('paginate: sections', () => {
  it('starts every section on a new page, numbered from its first page', () => {
    const pages = paginate([block(50), block(50, { section: 1 }), block(50, { section: 1 }), block(180, { section: 2 }), block(50, { section: 2 })], 200);
    expect(blocksOf(pages)).toEqual([[0], [1, 2], [3], [4]]);
    expect(pages.map((p) => p.section)).toEqual([0, 1, 2, 2]);
    expect(pages.map((p) => p.firstOfSection)).toEqual([true, true, true, false]);
  });

  it('keeps the space before on the first page of a section', () => {
    const pages = paginate([block(50), block(60, { section: 1, spaceBeforePt: 10 })], 200);
    expect(pages[1]?.items[0]).toMatchObject({ dropSpaceBefore: false, heightPt: 60 });
  });

  it('does not carry a keepNext chain across a section break', () => {
    const pages = paginate([block(150), block(30, { keepNext: true }), block(30, { section: 1 })], 200);
    expect(blocksOf(pages)).toEqual([[0, 1], [2]]);
  });
});

describe('paginate: keepNext', () => {
  it('moves a heading left at the foot of a page to the next page with its paragraph', () => {
    const heading = block(20, { keepNext: true, keepLines: true });
    const pages = paginate([block(160), heading, block(40)], 200);
    expect(blocksOf(pages)).toEqual([[0], [1, 2]]);
  });

  it('moves a whole chain of keepNext blocks together', () => {
    const pages = paginate([block(120), block(20, { keepNext: true }), block(20, { keepNext: true }), block(20, { keepNext: true }), block(30)], 200);
    expect(blocksOf(pages)).toEqual([[0], [1, 2, 3, 4]]);
  });

  it('needs only the first lines of a splittable paragraph after a heading', () => {
    // 150 + heading 20 + 2 lines (20) = 190 ≤ 200: the heading stays, the paragraph splits.
    const pages = paginate([block(150), block(20, { keepNext: true, keepLines: true }), lines(8)], 200);
    expect(blocksOf(pages)).toEqual([[0, 1, 2], [2]]);
    expect(pages[0]?.items[2]?.part).toEqual({ from: 0, to: 3 });
    expect(pages[1]?.items[0]?.part).toEqual({ from: 3, to: 8 });
  });

  it('lets a chain longer than a page flow', () => {
    const chain = [block(80, { keepNext: true }), block(80, { keepNext: true }), block(80, { keepNext: true }), block(80)];
    const pages = paginate([block(50), ...chain], 200);
    expect(pages.flatMap((p) => p.items.map((it) => it.block))).toEqual([0, 1, 2, 3, 4]);
    expect(pages[0]?.items.map((it) => it.block)).toEqual([0, 1]);
    expect(pages.every((p) => p.items.length > 0)).toBe(true);
  });

  it('ignores keepNext on the last block of the document', () => {
    const pages = paginate([block(100), block(50, { keepNext: true })], 200);
    expect(blocksOf(pages)).toEqual([[0, 1]]);
  });
});

describe('paginate: the closing table', () => {
  const closing = (h: number) => table([h], 0, { unsplittable: true, spaceBeforePt: 12 });

  it('moves the closing table whole to the next page', () => {
    const pages = paginate([block(120), closing(100)], 200);
    expect(blocksOf(pages)).toEqual([[0], [1]]);
    expect(pages[1]?.items[0]).toMatchObject({ dropSpaceBefore: true, heightPt: 100 });
    expect(pages[1]?.items[0]?.part).toBeUndefined();
  });

  it('is never split, even when its rows could be', () => {
    const pages = paginate([block(150), table([20, 20, 20, 20], 0, { unsplittable: true })], 200);
    expect(blocksOf(pages)).toEqual([[0], [1]]);
    expect(pages[1]?.items[0]?.part).toBeUndefined();
  });

  it('takes a short keepNext last paragraph with it', () => {
    const last = block(30, { keepNext: true });
    const pages = paginate([block(100), last, closing(100)], 200);
    expect(blocksOf(pages)).toEqual([[0], [1, 2]]);
  });

  it('takes only the last lines of a long keepNext paragraph with it', () => {
    // 10 lines of 10: 7 fit beside block 0 with room to spare, but the closing table (100 + 12)
    // must follow the last line: lines 0–5 stay, lines 6–9 go over with the table.
    const pages = paginate([block(30), lines(10, { keepNext: true }), closing(100)], 200);
    expect(blocksOf(pages)).toEqual([[0, 1], [1, 2]]);
    const [head, tail] = [pages[0]?.items[1]?.part, pages[1]?.items[0]?.part];
    expect(head?.from).toBe(0);
    expect(tail?.to).toBe(10);
    expect(head?.to).toBe(tail?.from);
    expect((tail?.to ?? 0) - (tail?.from ?? 0)).toBeGreaterThanOrEqual(2);
    expect(pages[1]?.usedPt).toBeLessThanOrEqual(200);
    // As many lines as possible stay on the first page: 30 + 170 = 200.
    expect(head?.to).toBe(8);
  });

  it('keeps the paragraph where it is when it fits with the table', () => {
    const pages = paginate([block(30), lines(4, { keepNext: true }), closing(100)], 200);
    expect(blocksOf(pages)).toEqual([[0, 1, 2]]);
  });
});

describe('paginate: splitting paragraphs between lines', () => {
  it('splits a paragraph that does not fit, leaving at least two lines on each page', () => {
    const pages = paginate([block(150), lines(10, { spaceBeforePt: 6 })], 200);
    // 50 pt left: 6 before + 4 lines (40) fit; the space before is drawn once.
    expect(pages[0]?.items[1]).toMatchObject({ part: { from: 0, to: 4 }, heightPt: 46 });
    expect(pages[1]?.items[0]).toMatchObject({ part: { from: 4, to: 10 }, heightPt: 60 });
  });

  it('moves the paragraph whole when only one line would fit', () => {
    const pages = paginate([block(185), lines(10)], 200);
    expect(blocksOf(pages)).toEqual([[0], [1]]);
    expect(pages[1]?.items[0]?.part).toBeUndefined();
  });

  it('keeps two lines for the next page rather than one (widow control)', () => {
    // 9 of 10 lines would fit; 8 stay, 2 go.
    const pages = paginate([block(110), lines(10)], 200);
    expect(pages[0]?.items[1]?.part).toEqual({ from: 0, to: 8 });
    expect(pages[1]?.items[0]?.part).toEqual({ from: 8, to: 10 });
  });

  it('never splits a paragraph of three lines or one that keeps its lines together', () => {
    expect(blocksOf(paginate([block(180), lines(3)], 200))).toEqual([[0], [1]]);
    expect(blocksOf(paginate([block(100), lines(10, { keepLines: true })], 200))).toEqual([[0, 1]]);
    expect(blocksOf(paginate([block(110), lines(10, { keepLines: true })], 200))).toEqual([[0], [1]]);
  });

  it('never splits a paragraph whose lines are unknown', () => {
    const pages = paginate([block(100), block(150)], 200);
    expect(blocksOf(pages)).toEqual([[0], [1]]);
  });

  it('runs a paragraph longer than a page over several pages, lines in order', () => {
    const pages = paginate([lines(45, { spaceAfterPt: 6 })], 200);
    expect(pages.map((p) => p.items[0]?.part)).toEqual([
      { from: 0, to: 20 },
      { from: 20, to: 40 },
      { from: 40, to: 45 },
    ]);
    expect(pages[2]?.items[0]?.heightPt).toBe(56);
  });
});

describe('paginate: tables', () => {
  it('splits a table between rows and repeats its header rows', () => {
    const t = table([20, 30, 30, 30, 30, 30, 30, 30], 1, { spaceBeforePt: 6 });
    const pages = paginate([block(100), t], 200);
    const parts = pages.flatMap((p) => p.items.filter((it) => it.block === 1));
    // Page 1: 94 left → 6 + header 20 + 2 rows (60) = 86.
    expect(parts[0]).toMatchObject({ part: { from: 0, to: 3 }, repeatHeader: false, heightPt: 86 });
    // Page 2: header again (20) + 6 rows (180) = 200.
    expect(parts[1]).toMatchObject({ part: { from: 3, to: 8 }, repeatHeader: true, heightPt: 170 });
  });

  it('repeats several header rows and never leaves them alone at the foot of a page', () => {
    const t = table([15, 15, 40, 40, 40], 2);
    // 45 left: both header rows (30) fit, but not with the first body row → the table moves.
    const pages = paginate([block(155), t], 200);
    expect(blocksOf(pages)).toEqual([[0], [1]]);
    expect(pages[1]?.items[0]?.part).toBeUndefined();

    const long = table([15, 15, 80, 80, 80, 80], 2);
    const split = paginate([long], 200);
    expect(split.map((p) => [p.items[0]?.part, p.items[0]?.repeatHeader])).toEqual([
      [{ from: 0, to: 4 }, false],
      [{ from: 4, to: 6 }, true],
    ]);
    expect(split[1]?.items[0]?.heightPt).toBe(30 + 160);
  });

  it('keeps a table that fits whole in one piece', () => {
    const pages = paginate([block(50), table([20, 20, 20])], 200);
    expect(pages[0]?.items[1]?.heightPt).toBe(60);
    expect(pages[0]?.items[1]?.part).toBeUndefined();
  });

  it('puts a row taller than a page alone, then goes on', () => {
    const pages = paginate([table([20, 250, 30])], 200);
    expect(pages.map((p) => p.items.map((it) => it.part))).toEqual([[{ from: 0, to: 2 }], [{ from: 2, to: 3 }]]);
  });
});

describe('paginate: invariants over random documents', () => {
  const measure = fc.oneof(
    fc.record({
      kind: fc.constant('paragraph' as const),
      lines: fc.integer({ min: 0, max: 40 }),
      lh: fc.constantFrom(10, 16.1, 18),
      sb: fc.constantFrom(0, 6, 12),
      sa: fc.constantFrom(0, 6),
      keepNext: fc.boolean(),
      keepLines: fc.boolean(),
      h: fc.integer({ min: 10, max: 300 }),
    }),
    fc.record({ kind: fc.constant('box' as const), h: fc.integer({ min: 1, max: 120 }) }),
    fc.record({
      kind: fc.constant('table' as const),
      rows: fc.array(fc.integer({ min: 10, max: 120 }), { minLength: 1, maxLength: 30 }),
      headers: fc.integer({ min: 0, max: 2 }),
      unsplittable: fc.boolean(),
      sb: fc.constantFrom(0, 6),
    }),
  );
  const doc = fc.array(fc.tuple(measure, fc.integer({ min: 0, max: 2 })), { maxLength: 40 }).map((xs) => {
    let section = 0;
    return xs.map(([m, bump]): BlockMeasure => {
      if (bump === 2) section++;
      if (m.kind === 'paragraph') {
        return m.lines > 0
          ? lines(m.lines, { section, spaceBeforePt: m.sb, spaceAfterPt: m.sa, keepNext: m.keepNext, keepLines: m.keepLines }, m.lh)
          : block(m.h, { section, spaceBeforePt: m.sb, spaceAfterPt: m.sa, keepNext: m.keepNext });
      }
      if (m.kind === 'box') return box(m.h, { section });
      return table(m.rows, m.headers, { section, unsplittable: m.unsplittable, spaceBeforePt: m.sb });
    });
  });

  it('places every block once, in order, in whole or in contiguous parts, on non-empty pages within the page height', () => {
    fc.assert(
      fc.property(doc, fc.constantFrom(200, 300, 770), (blocks, cap) => {
        const pages = paginate(blocks, cap);
        const items = pages.flatMap((p) => p.items.map((it) => ({ ...it, section: p.section })));
        // Order, and every block present.
        const order = items.map((it) => it.block);
        expect(order).toEqual([...order].sort((a, b) => a - b));
        expect([...new Set(order)]).toEqual(blocks.map((_, i) => i));
        // Whole, or parts that cover the block exactly.
        blocks.forEach((m, i) => {
          const mine = items.filter((it) => it.block === i);
          expect(mine.every((it) => it.section === m.section)).toBe(true);
          if (mine.length === 1 && mine[0]?.part === undefined) return;
          const size = m.kind === 'table' ? m.rows.length : m.kind === 'paragraph' ? m.lines : 1;
          let at = 0;
          for (const it of mine) {
            expect(it.part?.from).toBe(at);
            expect(it.part?.to ?? 0).toBeGreaterThan(at);
            at = it.part?.to ?? 0;
          }
          expect(at).toBe(size);
        });
        // Pages: none empty, sections start pages, the page height holds except for one oversized item.
        pages.forEach((p, n) => {
          expect(p.items.length).toBeGreaterThan(0);
          expect(p.firstOfSection).toBe(n === 0 || pages[n - 1]?.section !== p.section);
          const last = p.items[p.items.length - 1];
          const lastBlock = last ? blocks[last.block] : undefined;
          // The space after of a block ending the page may run into the bottom margin.
          let hanging = 0;
          if (last && lastBlock && lastBlock.kind !== 'table' && (!last.part || last.part.to === (lastBlock.kind === 'paragraph' ? lastBlock.lines : 1))) {
            hanging = lastBlock.spaceAfterPt;
          }
          if (p.items.length > 1) expect(p.usedPt - hanging).toBeLessThanOrEqual(cap + 0.05);
        });
        // Heights add up: the whole block's height, less what was dropped or repeated.
        const total = items.reduce((a, it) => a + it.heightPt, 0);
        const expected = blocks.reduce((a, m) => a + blockHeightPt(m), 0);
        const dropped = items.filter((it) => it.dropSpaceBefore).reduce((a, it) => a + (blocks[it.block]?.spaceBeforePt ?? 0), 0);
        const repeated = items
          .filter((it) => it.repeatHeader)
          .reduce((a, it) => {
            const t = blocks[it.block] as TableMeasure;
            return a + t.rows.filter((r, k) => r.header && t.rows.slice(0, k + 1).every((x) => x.header)).reduce((s, r) => s + r.heightPt, 0);
          }, 0);
        // A split paragraph's space after is counted on its last part only; a continued table's
        // space before on its first part only.
        expect(total).toBeCloseTo(expected - dropped + repeated, 6);
      }),
      { numRuns: 400 },
    );
  });
});
