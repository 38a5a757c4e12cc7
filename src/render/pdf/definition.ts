// Layout → pdfmake document definition. A translation only: every size, position and text comes from
// the Layout. What is decided here is how pdfmake can express it: the line-height calibration, the
// page-number sections, and keep-with-next as small unbreakable groups.
import type {
  Column,
  Content,
  ContentCanvas,
  ContentSection,
  ContentStack,
  ContentTable,
  ContentText,
  CustomTableLayout,
  DynamicContent,
  TDocumentDefinitions,
  TableCell,
} from 'pdfmake/interfaces';
import type { ChartBlock, Layout, LayoutBlock, LayoutSection, ParagraphBlock, RuleBlock, Run, TableBlock, TableRow } from '../../compose';
import { chartSvg } from '../chart';
import { textWidthPt } from '../../compose';
import type { LineSpacing } from '../../standards';

/** The one font of the PDF: Tinos (SIL OFL), metric-compatible with Times New Roman, full Vietnamese. */
export const PDF_FONT_FAMILY = 'Tinos';

/**
 * pdfkit's line box is (ascent − descent) of the font; for Tinos (and Times New Roman) that is
 * (1825 + 443) / 2048 ≈ 1.107 em.
 */
export const PDFKIT_LINE_EM = (1825 + 443) / 2048;

/** Word's "single" line for the same metrics adds the line gap: (1825 + 443 + 87) / 2048 ≈ 1.150 em. */
export const WORD_SINGLE_LINE_EM = (1825 + 443 + 87) / 2048;

/** Thin black table rules and frames. */
const BORDER_PT = 0.5;

/** Inner space of a framed stamp (KHẨN, MẬT): pdfmake needs a number where Word draws the box round the text. */
const FRAME_PADDING = { x: 3, y: 2 };

/** A line with no text still takes a line's height in Word; pdfmake drops empty text, a no-break space does not. */
const EMPTY_LINE = '\u00a0';

const nfc = (s: string): string => s.normalize('NFC');

/** Height of one line of text as Word lays it out, in pt. */
export function lineBoxPt(line: LineSpacing, sizePt: number): number {
  return line.rule === 'auto' ? line.multiple * WORD_SINGLE_LINE_EM * sizePt : line.pt;
}

/** pdfmake's `lineHeight` factor that gives Word's line box for text of this size. */
export function lineHeightFactor(line: LineSpacing, sizePt: number): number {
  return lineBoxPt(line, sizePt) / (sizePt * PDFKIT_LINE_EM);
}

interface Context {
  layout: Layout;
  /** Height between the top and bottom margins. */
  contentHeightPt: number;
}

/**
 * Keep-with-next groups up to this share of the page height are made unbreakable; a taller one flows,
 * since moving it whole would leave most of a page blank (and pdfmake 0.3.11 drops what does not fit
 * of an unbreakable block taller than a page).
 */
const KEEP_GROUP_MAX_SHARE = 0.5;

export function pdfDefinition(layout: Layout): TDocumentDefinitions {
  const { page } = layout;
  const m = page.margins;
  const ctx: Context = { layout, contentHeightPt: page.heightPt - m.top - m.bottom };
  const numbering = pageNumbering(layout);
  const content: ContentSection[] = layout.sections.map((section, i) => ({
    section: sectionContent(section, ctx),
    header: numbering(i),
  }));
  return {
    pageSize: { width: page.widthPt, height: page.heightPt },
    pageOrientation: page.widthPt > page.heightPt ? 'landscape' : 'portrait',
    pageMargins: [m.left, m.top, m.right, m.bottom],
    defaultStyle: { font: PDF_FONT_FAMILY, fontSize: layout.pageNumber.sizePt, lineHeight: 1, color: 'black' },
    info: {
      title: nfc(layout.meta.title),
      subject: nfc(layout.meta.subject),
      author: nfc(layout.meta.author),
      creator: 'Vanban',
    },
    language: layout.meta.language,
    content,
  };
}

// ---------------------------------------------------------------------------------------------
// Page numbers

/**
 * One header callback per section (a pdfmake `section` carries its own header). pdfmake passes
 * absolute page numbers and calls the headers page by page in order once the content is laid out,
 * so each section records its first page when it is first called; a section that restarts its
 * numbering counts from there, the others from the last section that did. Page 1 starts the record
 * afresh, should pdfmake lay the document out again. No number on the first page of any section.
 */
function pageNumbering(layout: Layout): (sectionIndex: number) => DynamicContent {
  const starts: number[] = [];
  const { margins, headerDistancePt } = layout.page;
  const base = (i: number): number => {
    let b = i;
    while (b > 0 && !layout.sections[b]?.restartPageNumbers) b--;
    return b;
  };
  return (sectionIndex) => (currentPage) => {
    if (currentPage === 1) starts.length = 0;
    if (starts[sectionIndex] === undefined) starts[sectionIndex] = currentPage;
    if (currentPage === starts[sectionIndex]) return null;
    const first = layout.sections[sectionIndex]?.restartPageNumbers ? starts[sectionIndex] : starts[base(sectionIndex)];
    const n = currentPage - (first ?? 1) + 1;
    const text: ContentText = {
      text: String(n),
      alignment: 'center',
      fontSize: layout.pageNumber.sizePt,
      lineHeight: 1,
      // The header box spans the whole page width: centre the number between the side margins.
      margin: [margins.left, headerDistancePt, margins.right, 0],
    };
    return text;
  };
}

// ---------------------------------------------------------------------------------------------
// Sections and keep-with-next

function keepsWithNext(block: LayoutBlock): boolean {
  return block.type === 'paragraph' && block.keepNext;
}

/**
 * The blocks of a section. A run of keep-with-next paragraphs and the block after them (a heading and
 * its first paragraph, the title block, the last sentence and the signature block) becomes one
 * unbreakable stack when it is small enough; pdfmake then moves the whole group to the next page
 * rather than leave a heading at the foot of a page or the signature block alone on the last one.
 */
function sectionContent(section: LayoutSection, ctx: Context): Content[] {
  const out: Content[] = [];
  const blocks = section.blocks;
  const width = ctx.layout.page.contentWidthPt;
  let i = 0;
  while (i < blocks.length) {
    const block = blocks[i] as LayoutBlock;
    if (!keepsWithNext(block) || i === blocks.length - 1) {
      out.push(blockContent(block, ctx));
      i++;
      continue;
    }
    let end = i;
    while (end < blocks.length - 1 && keepsWithNext(blocks[end] as LayoutBlock)) end++;
    // Too tall as a whole: keep the longest tail that fits (at least the last keeping paragraph with
    // its next block, e.g. the last sentence with the signature block) and let the rest flow.
    const limit = ctx.contentHeightPt * KEEP_GROUP_MAX_SHARE;
    let height = 0;
    for (let k = i; k <= end; k++) height += blockHeightPt(blocks[k] as LayoutBlock, width, ctx);
    let from = i;
    while (from < end && height > limit) height -= blockHeightPt(blocks[from++] as LayoutBlock, width, ctx);
    for (let k = i; k < from; k++) out.push(blockContent(blocks[k] as LayoutBlock, ctx));
    const group = blocks.slice(from, end + 1).map((b) => blockContent(b, ctx));
    if (from < end) out.push({ stack: group, unbreakable: true });
    else out.push(...group);
    i = end + 1;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Blocks

function blockContent(block: LayoutBlock, ctx: Context): Content {
  switch (block.type) {
    case 'paragraph':
      return paragraphContent(block, ctx, ctx.layout.page.contentWidthPt);
    case 'rule':
      return ruleContent(block);
    case 'table':
      return tableContent(block, ctx);
    case 'chart':
      return chartContent(block);
  }
}

/** The chart as vectors: pdfmake draws SVG, with its text in the registered Tinos. */
function chartContent(c: ChartBlock): Content {
  return { svg: chartSvg(c), width: c.widthPt, height: c.heightPt, font: PDF_FONT_FAMILY, alignment: 'center', margin: [0, c.spaceBeforePt, 0, c.spaceAfterPt] } as Content;
}

function cellBlockContent(block: ParagraphBlock | RuleBlock, ctx: Context, widthPt: number): Content {
  // Rows are kept whole (or not) by the table itself: no unbreakable block inside a cell.
  return block.type === 'paragraph' ? paragraphContent(block, ctx, widthPt, false) : ruleContent(block);
}

function maxSizePt(runs: Run[], fallback: number): number {
  return runs.reduce((s, r) => Math.max(s, r.sizePt), 0) || fallback;
}

function runContent(run: Run, text = run.text): ContentText {
  return {
    text: nfc(text),
    fontSize: run.sizePt,
    bold: run.bold,
    italics: run.italic,
    ...(run.underline ? { decoration: 'underline' as const } : {}),
  };
}

function runsContent(runs: Run[], fallbackSizePt: number): ContentText[] {
  const visible = runs.filter((r) => r.text.length > 0);
  if (visible.length > 0) return visible.map((r) => runContent(r));
  const first = runs[0];
  const style: Run = first ?? { text: '', sizePt: fallbackSizePt, bold: false, italic: false, underline: false };
  return [runContent(style, EMPTY_LINE)];
}

/**
 * A paragraph. Word's indents map onto pdfmake as: left indent → left margin; first-line indent and
 * hanging indent → `leadingIndent` (first line only, negative for a hanging indent, which pdfmake
 * allows: the first line then starts left of the margin). Space before/after → top/bottom margin.
 */
function paragraphContent(p: ParagraphBlock, ctx: Context, widthPt: number, mayKeepLines = true): Content {
  const size = maxSizePt(p.runs, ctx.layout.pageNumber.sizePt);
  const lineHeight = lineHeightFactor(p.line, size);
  const runs = runsContent(p.runs, size);
  if (p.framed) return framedContent(p, runs, lineHeight);
  const leadingIndent = p.firstLineIndentPt - p.hangingPt;
  const text: ContentText = {
    text: runs,
    alignment: p.align,
    lineHeight,
    margin: [p.leftIndentPt, p.spaceBeforePt, 0, p.spaceAfterPt],
    ...(leadingIndent !== 0 ? { leadingIndent } : {}),
  };
  // Keep-lines (headings): whole on one page, unless so tall that pdfmake could lose part of it.
  if (mayKeepLines && p.keepLines && paragraphHeightPt(p, widthPt) < ctx.contentHeightPt / 2) text.unbreakable = true;
  return text;
}

function frameLayout(padTop: number, padBottom: number): CustomTableLayout {
  return {
    hLineWidth: () => BORDER_PT,
    vLineWidth: () => BORDER_PT,
    hLineColor: 'black',
    vLineColor: 'black',
    paddingLeft: () => FRAME_PADDING.x,
    paddingRight: () => FRAME_PADDING.x,
    paddingTop: () => padTop,
    paddingBottom: () => padBottom,
  };
}

/** A boxed stamp: a one-cell bordered table as wide as its text, placed by the paragraph's alignment. */
function framedContent(p: ParagraphBlock, runs: ContentText[], lineHeight: number): Content {
  // A fixed-size stamp: the text centred in a box of the Layout's outer size.
  const textPt = lineBoxPt(p.line, maxSizePt(p.runs, 14));
  const inner = p.frame ? Math.max(0, p.frame.heightPt - 2 * BORDER_PT - textPt) / 2 : FRAME_PADDING.y;
  const box: ContentTable = {
    table: {
      widths: [p.frame ? Math.max(1, p.frame.widthPt - 2 * FRAME_PADDING.x - 2 * BORDER_PT) : 'auto'],
      body: [[{ text: runs, alignment: 'center', lineHeight }]],
    },
    layout: frameLayout(inner, inner),
  };
  const margin: [number, number, number, number] = [p.leftIndentPt, p.spaceBeforePt, 0, p.spaceAfterPt];
  const filler = (): Column => ({ width: '*', text: '' });
  const fixed: Column = { ...box, width: 'auto' };
  switch (p.align) {
    case 'center':
      return { columns: [filler(), fixed, filler()], columnGap: 0, margin };
    case 'right':
      return { columns: [filler(), fixed], columnGap: 0, margin };
    default:
      return { stack: [box], margin };
  }
}

/** A short solid rule, a real line (never underscores), centred in its column. */
function ruleContent(r: RuleBlock): ContentCanvas {
  const y = r.thicknessPt / 2;
  return {
    canvas: [{ type: 'line', x1: 0, y1: y, x2: r.lengthPt, y2: y, lineWidth: r.thicknessPt, lineColor: 'black' }],
    alignment: 'center',
    // The canvas is measured to the line's centre; the lower half of the stroke goes in the margin.
    margin: [0, r.spaceBeforePt, 0, r.spaceAfterPt + y],
  };
}

function tableLayout(t: TableBlock): CustomTableLayout {
  const line = t.borders ? BORDER_PT : 0;
  return {
    hLineWidth: () => line,
    vLineWidth: () => line,
    hLineColor: 'black',
    vLineColor: 'black',
    paddingLeft: () => t.cellPaddingPt,
    paddingRight: () => t.cellPaddingPt,
    paddingTop: () => 0,
    paddingBottom: () => 0,
  };
}

/**
 * A table. Layout column widths include the cell padding and their share of the rules (as Word's do);
 * pdfmake's widths are the text widths inside them. pdfmake keeps rows whole per table, not per row:
 * rows are kept whole when every row asks for it and none could be taller than a page (pdfmake
 * 0.3.11 would drop what does not fit of an unbreakable row).
 */
function tableContent(t: TableBlock, ctx: Context): ContentTable {
  const n = t.columnsPt.length;
  const line = t.borders ? BORDER_PT : 0;
  const inner = t.columnsPt.map((w) => Math.max(1, w - 2 * t.cellPaddingPt - (line * (n + 1)) / n));
  let headerRows = 0;
  while (headerRows < t.rows.length && t.rows[headerRows]?.header) headerRows++;
  if (headerRows >= t.rows.length) headerRows = 0;
  const dontBreakRows =
    t.rows.length > 0 &&
    t.rows.every((r) => r.cantSplit) &&
    t.rows.every((r) => rowHeightPt(r, inner, ctx) < ctx.contentHeightPt * 0.9);
  const body: TableCell[][] = t.rows.map((row) =>
    Array.from({ length: n }, (_, c): TableCell => {
      const cell = row.cells[c];
      const stack: ContentStack = { stack: (cell?.blocks ?? []).map((b) => cellBlockContent(b, ctx, inner[c] ?? 0)) };
      if (cell?.align) stack.alignment = cell.align;
      if (stack.stack.length === 0) stack.stack.push({ text: EMPTY_LINE });
      return stack;
    }),
  );
  return {
    table: {
      widths: inner,
      body,
      ...(headerRows > 0 ? { headerRows, keepWithHeaderRows: 1 } : {}),
      ...(dontBreakRows ? { dontBreakRows: true } : {}),
    },
    layout: tableLayout(t),
    margin: [0, t.spaceBeforePt, 0, 0],
  };
}

// ---------------------------------------------------------------------------------------------
// Height estimates: only to size unbreakable blocks (pdfmake cannot split them, nor show one taller
// than a page).

/** Text wraps at word boundaries, so lines are never quite full. */
const WRAP_SLACK = 1.15;

export function paragraphHeightPt(p: ParagraphBlock, widthPt: number): number {
  const size = maxSizePt(p.runs, 14);
  const available = Math.max(24, widthPt - p.leftIndentPt);
  let lines = 0;
  let width = Math.max(0, p.firstLineIndentPt - p.hangingPt);
  const flush = (): void => {
    lines += Math.max(1, Math.ceil((width * WRAP_SLACK) / available));
    width = 0;
  };
  for (const r of p.runs) {
    const parts = r.text.split('\n');
    parts.forEach((part, k) => {
      if (k > 0) flush();
      width += textWidthPt(part, { sizePt: r.sizePt, bold: r.bold, italic: r.italic });
    });
  }
  flush();
  if (p.frame) return p.spaceBeforePt + p.spaceAfterPt + p.frame.heightPt;
  return p.spaceBeforePt + p.spaceAfterPt + lines * lineBoxPt(p.line, size) + (p.framed ? 2 * FRAME_PADDING.y + 2 * BORDER_PT : 0);
}

function ruleHeightPt(r: RuleBlock): number {
  return r.spaceBeforePt + r.thicknessPt + r.spaceAfterPt;
}

function blockHeightPt(block: LayoutBlock, widthPt: number, ctx: Context): number {
  switch (block.type) {
    case 'paragraph':
      return paragraphHeightPt(block, widthPt);
    case 'rule':
      return ruleHeightPt(block);
    case 'table': {
      const inner = block.columnsPt.map((w) => Math.max(1, w - 2 * block.cellPaddingPt));
      return block.spaceBeforePt + block.rows.reduce((sum, r) => sum + rowHeightPt(r, inner, ctx), 0);
    }
    case 'chart':
      return block.spaceBeforePt + block.heightPt + block.spaceAfterPt;
  }
}

function rowHeightPt(row: TableRow, widthsPt: number[], ctx: Context): number {
  let tallest = 0;
  row.cells.forEach((cell, c) => {
    const width = widthsPt[c] ?? ctx.layout.page.contentWidthPt;
    const h = cell.blocks.reduce(
      (sum, b) => sum + (b.type === 'paragraph' ? paragraphHeightPt(b, width) : ruleHeightPt(b)),
      0,
    );
    tallest = Math.max(tallest, h);
  });
  return tallest;
}
