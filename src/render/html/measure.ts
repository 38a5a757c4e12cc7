// Reading block heights from the browser's layout, and turning them into the paginator's input.
// A block's height depends only on the block and the content width (spacing is padding, never a
// collapsing margin), so heights are cached by the block's content and only new blocks are measured.
import type { LayoutBlock, TableBlock } from '../../compose';
import { lineHeightPt } from './blocks';
import type { BlockMeasure } from './paginate';

/** CSS px → pt (1 px = 1/96 in, 1 pt = 1/72 in). */
export const PX_TO_PT = 72 / 96;

export type MeasureEntry =
  | { kind: 'paragraph'; heightPt: number; lines: number; lineHeightPt: number }
  | { kind: 'box'; heightPt: number }
  | { kind: 'table'; rowsPt: number[] };

/**
 * Identity of a block's content: equal keys draw equal boxes at the same width. A block's source
 * (its Document path) changes nothing of its size, so a block that only moved is not measured again.
 */
export function blockKey(block: LayoutBlock): string {
  return JSON.stringify(block, (k, v: unknown) => (k === 'source' ? undefined : v));
}

function heightPt(el: Element): number {
  return el.getBoundingClientRect().height * PX_TO_PT;
}

/**
 * Measure a block drawn at true size (no transform above it). For a paragraph, the number of lines
 * is derived from its height when all its lines are alike; otherwise it is 0 and the paragraph is
 * kept whole.
 */
export function measureBlock(el: HTMLElement, block: LayoutBlock): MeasureEntry {
  switch (block.type) {
    case 'rule':
    case 'chart':
      return { kind: 'box', heightPt: heightPt(el) };
    case 'table':
      return { kind: 'table', rowsPt: Array.from(el.querySelectorAll('tr'), heightPt) };
    case 'paragraph': {
      const h = heightPt(el);
      const size = block.runs[0]?.sizePt ?? 0;
      const uniform = !block.framed && block.runs.every((r) => r.sizePt === size);
      const nominal = lineHeightPt(block);
      const textPt = h - block.spaceBeforePt - block.spaceAfterPt;
      const lines = uniform && nominal > 0 ? Math.round(textPt / nominal) : 0;
      // Split only where the lines are known to be equal: clipping must fall between lines.
      if (lines >= 1 && Math.abs(textPt - lines * nominal) <= 0.5 + 0.02 * lines) {
        return { kind: 'paragraph', heightPt: h, lines, lineHeightPt: textPt / lines };
      }
      return { kind: 'paragraph', heightPt: h, lines: 0, lineHeightPt: 0 };
    }
  }
}

/** Word keeps the closing (Nơi nhận beside the signature) on one page. */
function unsplittable(table: TableBlock): boolean {
  return table.role === 'closing-table';
}

export function toBlockMeasure(block: LayoutBlock, section: number, entry: MeasureEntry | undefined): BlockMeasure {
  switch (block.type) {
    case 'paragraph': {
      const e = entry?.kind === 'paragraph' ? entry : { heightPt: 0, lines: 0, lineHeightPt: 0 };
      return {
        kind: 'paragraph',
        section,
        spaceBeforePt: block.spaceBeforePt,
        spaceAfterPt: block.spaceAfterPt,
        keepNext: block.keepNext,
        keepLines: block.keepLines,
        heightPt: e.heightPt,
        lines: e.lines,
        lineHeightPt: e.lineHeightPt,
      };
    }
    case 'rule':
    case 'chart':
      return {
        kind: 'box',
        section,
        spaceBeforePt: block.spaceBeforePt,
        spaceAfterPt: block.spaceAfterPt,
        keepNext: false,
        heightPt: entry?.kind === 'box' ? entry.heightPt : 0,
      };
    case 'table': {
      const rowsPt = entry?.kind === 'table' ? entry.rowsPt : [];
      return {
        kind: 'table',
        section,
        spaceBeforePt: block.spaceBeforePt,
        keepNext: false,
        unsplittable: unsplittable(block),
        rows: block.rows.map((r, i) => ({ heightPt: rowsPt[i] ?? 0, header: r.header })),
      };
    }
  }
}
