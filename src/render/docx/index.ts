// Layout → DOCX with the docx library. A translation only: every value comes from the Layout.
// Traps handled here (shared/spec/libraries.md §B): integer twips everywhere; DXA widths on every
// table and cell; the font as a plain string so all four font slots carry it; line spacing with
// lineRule AUTO, or EXACT ("exact", never the invalid "exactly"); an explicit empty first-page
// header beside titlePage; borders removed at table and cell level.
import {
  AlignmentType,
  BorderStyle,
  ImageRun,
  Document as DocxDocument,
  Header,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  UnderlineType,
  WidthType,
  type FileChild,
  type ISectionOptions,
} from 'docx';
import type { Document } from '../../model';
import type { ChartBlock, Layout, LayoutBlock, LayoutSection, ParagraphBlock, RuleBlock, TableBlock } from '../../compose/layout';
import { chartSvg, type Rasterize } from '../chart';
import { embedDocument } from './embed';

/** Points to twentieths of a point, rounded to the integer Word requires. */
const tw = (pt: number): number => Math.round(pt * 20);
/** Points to Word's half-points. */
const halfPt = (pt: number): number => Math.round(pt * 2);

const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
} as const;

const NONE = { style: BorderStyle.NONE, size: 0, color: 'auto' } as const;
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE } as const;
const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const GRID_BORDERS = { top: LINE, bottom: LINE, left: LINE, right: LINE } as const;

interface Context {
  font: string;
  /** PNG of each chart, drawn before the document is built (rasterising is asynchronous). */
  charts: Map<ChartBlock, Uint8Array>;
}

export interface DocxOptions {
  /** Turns a chart's SVG into PNG; required when the layout has charts. */
  rasterize?: Rasterize;
}

function spacing(p: ParagraphBlock) {
  const line = p.line.rule === 'auto'
    ? { line: Math.round(240 * p.line.multiple), lineRule: LineRuleType.AUTO }
    : { line: tw(p.line.pt), lineRule: LineRuleType.EXACT };
  return { before: tw(p.spaceBeforePt), after: tw(p.spaceAfterPt), ...line };
}

function indent(p: ParagraphBlock) {
  if (p.hangingPt > 0) return { left: tw(p.leftIndentPt), hanging: tw(p.hangingPt) };
  return { left: tw(p.leftIndentPt), firstLine: tw(p.firstLineIndentPt) };
}

/** A stamp of fixed size: its box is the paragraph border, narrowed by indents, one exact line tall. */
function frameGeometry(p: ParagraphBlock, columnPt: number) {
  if (!p.frame) return {};
  const side = Math.max(0, (columnPt - p.frame.widthPt) / 2);
  return {
    indent: { left: tw(side), right: tw(side) },
    spacing: { before: tw(p.spaceBeforePt), after: tw(p.spaceAfterPt), line: tw(p.frame.heightPt), lineRule: LineRuleType.EXACT },
  };
}

function paragraph(p: ParagraphBlock, ctx: Context, columnPt: number): Paragraph {
  const size = p.runs[0]?.sizePt ?? 14;
  return new Paragraph({
    alignment: ALIGN[p.align],
    spacing: spacing(p),
    indent: indent(p),
    ...frameGeometry(p, columnPt),
    keepNext: p.keepNext || undefined,
    keepLines: p.keepLines || undefined,
    border: p.framed ? { top: LINE, bottom: LINE, left: LINE, right: LINE } : undefined,
    // The paragraph mark carries the size too, so an empty line is as tall as a full one.
    run: { font: ctx.font, size: halfPt(size) },
    // A "\n" in a run is a line break inside the paragraph (w:br): Word starts the next line at the
    // margin, the first-line indent being the paragraph's first line only.
    children: p.runs.flatMap((r) =>
      r.text.split('\n').map(
        (part, k) =>
          new TextRun({
            text: part,
            break: k > 0 ? 1 : undefined,
            font: ctx.font,
            size: halfPt(r.sizePt),
            bold: r.bold,
            italics: r.italic,
            underline: r.underline ? { type: UnderlineType.SINGLE } : undefined,
          }),
      ),
    ),
  });
}

/** A short solid rule: an empty, 2 pt-high paragraph whose top border is indented to the length. */
function rule(r: RuleBlock, columnPt: number, ctx: Context): Paragraph {
  const side = Math.max(0, (columnPt - r.lengthPt) / 2);
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: tw(r.spaceBeforePt), after: tw(r.spaceAfterPt), line: tw(2), lineRule: LineRuleType.EXACT },
    indent: { left: tw(side), right: tw(side) },
    keepNext: true,
    border: { top: { style: BorderStyle.SINGLE, size: Math.max(2, Math.round(r.thicknessPt * 8)), color: '000000', space: 0 } },
    run: { font: ctx.font, size: 2 },
    children: [],
  });
}

/** Word tables have no space-before: a spacer paragraph of exactly that height stands in. */
function spacer(pt: number, ctx: Context): Paragraph {
  return new Paragraph({
    spacing: { before: 0, after: 0, line: tw(pt), lineRule: LineRuleType.EXACT },
    keepNext: true,
    run: { font: ctx.font, size: 2 },
    children: [],
  });
}

/** Column widths in twips that add up exactly to the table width. */
function columnTwips(columnsPt: number[]): number[] {
  const total = tw(columnsPt.reduce((a, c) => a + c, 0));
  const cols = columnsPt.map(tw);
  const sum = cols.reduce((a, c) => a + c, 0);
  if (cols.length > 0) cols[cols.length - 1] = (cols[cols.length - 1] ?? 0) + (total - sum);
  return cols;
}

function table(t: TableBlock, ctx: Context): Table {
  const cols = columnTwips(t.columnsPt);
  const pad = tw(t.cellPaddingPt);
  const margins = { top: 0, bottom: 0, left: pad, right: pad };
  return new Table({
    width: { size: cols.reduce((a, c) => a + c, 0), type: WidthType.DXA },
    columnWidths: cols,
    layout: TableLayoutType.FIXED,
    borders: t.borders ? { ...GRID_BORDERS, insideHorizontal: LINE, insideVertical: LINE } : TableBorders.NONE,
    margins,
    rows: t.rows.map(
      (row) =>
        new TableRow({
          cantSplit: row.cantSplit || undefined,
          tableHeader: row.header || undefined,
          children: row.cells.map((cell, i) => {
            const width = t.columnsPt[i] ?? 0;
            const inner = width - 2 * t.cellPaddingPt;
            const children = cell.blocks.map((b) => (b.type === 'rule' ? rule(b, inner, ctx) : paragraph(b, ctx, inner)));
            return new TableCell({
              width: { size: cols[i] ?? 0, type: WidthType.DXA },
              borders: t.borders ? GRID_BORDERS : NO_BORDERS,
              margins,
              children: children.length ? children : [new Paragraph({ children: [] })],
            });
          }),
        }),
    ),
  });
}

/** A chart as a picture in its own centred paragraph, 96 px to the inch as Word counts. */
function chart(c: ChartBlock, ctx: Context): Paragraph {
  const png = ctx.charts.get(c);
  if (!png) throw new Error('chart was not rasterised');
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: tw(c.spaceBeforePt), after: tw(c.spaceAfterPt) },
    children: [
      new ImageRun({
        type: 'png',
        data: png,
        transformation: { width: Math.round((c.widthPt * 96) / 72), height: Math.round((c.heightPt * 96) / 72) },
        altText: { name: c.title, description: c.title, title: c.title },
      }),
    ],
  });
}

function blocks(list: LayoutBlock[], contentWidthPt: number, ctx: Context): FileChild[] {
  const out: FileChild[] = [];
  for (const b of list) {
    if (b.type === 'paragraph') out.push(paragraph(b, ctx, contentWidthPt));
    else if (b.type === 'rule') out.push(rule(b, contentWidthPt, ctx));
    else if (b.type === 'chart') out.push(chart(b, ctx));
    else {
      if (b.spaceBeforePt > 0) out.push(spacer(b.spaceBeforePt, ctx));
      out.push(table(b, ctx));
    }
  }
  return out;
}

function section(s: LayoutSection, index: number, layout: Layout, ctx: Context): ISectionOptions {
  const { page } = layout;
  const numberParagraph = new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [new TextRun({ children: [PageNumber.CURRENT], font: ctx.font, size: halfPt(layout.pageNumber.sizePt) })],
  });
  return {
    properties: {
      page: {
        size: { width: tw(page.widthPt), height: tw(page.heightPt) },
        margin: {
          top: tw(page.margins.top),
          bottom: tw(page.margins.bottom),
          left: tw(page.margins.left),
          right: tw(page.margins.right),
          header: tw(page.headerDistancePt),
          footer: tw(page.headerDistancePt),
        },
        pageNumbers: index === 0 || s.restartPageNumbers ? { start: 1 } : undefined,
      },
      // No number on a section's first page: a different, empty first-page header.
      titlePage: true,
    },
    headers: {
      default: new Header({ children: [numberParagraph] }),
      first: new Header({ children: [new Paragraph({ children: [] })] }),
    },
    children: blocks(s.blocks, page.contentWidthPt, ctx),
  };
}

export function buildDocx(layout: Layout, charts: Map<ChartBlock, Uint8Array> = new Map()): DocxDocument {
  const ctx: Context = { font: layout.font.family, charts };
  return new DocxDocument({
    creator: 'Vanban',
    title: layout.meta.title,
    subject: layout.meta.subject,
    description: `${layout.meta.author} — ${layout.meta.profileId}`,
    // A line ending in a line break ("\n", Shift+Enter) is not stretched to both margins: Word and
    // LibreOffice would justify it by default, where the PDF and the preview leave it ragged.
    compatibility: { doNotExpandShiftReturn: true },
    styles: {
      default: {
        document: {
          run: { font: ctx.font, size: 28, language: { value: layout.meta.language } },
          paragraph: { spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO } },
        },
      },
    },
    sections: layout.sections.map((s, i) => section(s, i, layout, ctx)),
  });
}

/** The DOCX bytes; with a Document, it is embedded so that importing the file back is exact. */
export async function renderDocx(layout: Layout, doc?: Document, options: DocxOptions = {}): Promise<Uint8Array> {
  const charts = new Map<ChartBlock, Uint8Array>();
  for (const section of layout.sections) {
    for (const b of section.blocks) {
      if (b.type !== 'chart') continue;
      if (!options.rasterize) throw new Error('renderDocx: the layout has a chart; pass options.rasterize');
      charts.set(b, await options.rasterize(chartSvg(b), b.widthPt, b.heightPt));
    }
  }
  const bytes = await Packer.pack(buildDocx(layout, charts), 'uint8array');
  return doc ? embedDocument(bytes, doc) : bytes;
}
