// Layout: the page as compose/ decided it — styled runs, resolved sizes and positions, all in
// points. Renderers (docx, pdf, html) translate it and decide nothing of their own.
import type { LineSpacing } from '../standards';

export type Align = 'left' | 'center' | 'right' | 'justify';

export interface Run {
  text: string;
  sizePt: number;
  bold: boolean;
  italic: boolean;
  underline: boolean;
}

/** What a block is in the document, so tests and the preview can find it. */
export type Role =
  | 'national'
  | 'national-rule'
  | 'parent'
  | 'issuer'
  | 'issuer-mark'
  | 'number'
  | 'urgency'
  | 'secrecy'
  | 'place-date'
  | 'type-name'
  | 'author'
  | 'summary'
  | 'summary-mark'
  | 'addressees'
  | 'body'
  | 'heading-1'
  | 'heading-2'
  | 'heading-3'
  | 'heading-4'
  | 'list-item'
  | 'table-caption'
  | 'table-cell'
  | 'recipients-label'
  | 'recipient'
  | 'authority'
  | 'position'
  | 'signature-space'
  | 'signed-note'
  | 'signer-name'
  | 'appendix-label'
  | 'appendix-title'
  | 'appendix-reference'
  | 'appendix-mark'
  | 'header-table'
  | 'closing-table'
  | 'body-table'
  | 'chart';

export interface ParagraphBlock {
  type: 'paragraph';
  role: Role;
  /** The Document path this block shows ('issuer.name', 'body.3', 'signature.name'), for the preview to lead back to the form; renderers of files ignore it. */
  source?: string;
  runs: Run[];
  align: Align;
  firstLineIndentPt: number;
  leftIndentPt: number;
  /** Continuation lines hang this far right of the first line (Nơi nhận entries). */
  hangingPt: number;
  spaceBeforePt: number;
  spaceAfterPt: number;
  line: LineSpacing;
  keepNext: boolean;
  keepLines: boolean;
  /** A single-line box around the text (the State urgency and secrecy stamps). */
  framed: boolean;
  /** The box's outer size, centred in its column (NĐ30: KHẨN 20×8 mm, THƯỢNG KHẨN 40×8, HỎA TỐC 30×8). */
  frame?: { widthPt: number; heightPt: number };
}

/** A short solid horizontal rule, centred in its column. */
export interface RuleBlock {
  type: 'rule';
  role: Role;
  /** As ParagraphBlock.source. */
  source?: string;
  lengthPt: number;
  thicknessPt: number;
  spaceBeforePt: number;
  spaceAfterPt: number;
}

export interface TableCell {
  blocks: (ParagraphBlock | RuleBlock)[];
  align?: Align;
}

export interface TableRow {
  cells: TableCell[];
  /** Repeat this row at the top of every page the table runs onto. */
  header: boolean;
  /** Never split this row across pages. */
  cantSplit: boolean;
}

export interface TableBlock {
  type: 'table';
  role: Role;
  /** As ParagraphBlock.source. */
  source?: string;
  columnsPt: number[];
  borders: boolean;
  /** Inner cell padding, left and right. */
  cellPaddingPt: number;
  rows: TableRow[];
  spaceBeforePt: number;
}

/** A bar chart of an indicator table: plan against actual, one group of bars per indicator. */
export interface ChartBlock {
  type: 'chart';
  role: Role;
  /** As ParagraphBlock.source. */
  source?: string;
  widthPt: number;
  heightPt: number;
  title: string;
  /** One group per category (indicator); each group is scaled on its own, units differ. */
  categories: string[];
  series: { name: string; values: (number | null)[]; labels: string[] }[];
  fontSizePt: number;
  fontFamily: string;
  spaceBeforePt: number;
  spaceAfterPt: number;
}

export type LayoutBlock = ParagraphBlock | RuleBlock | TableBlock | ChartBlock;

export interface LayoutSection {
  role: 'main' | 'appendix';
  blocks: LayoutBlock[];
  /** Page numbers start again at 1 (each appendix, NĐ30 III.1.đ / HD05). */
  restartPageNumbers: boolean;
}

export interface PageGeometry {
  widthPt: number;
  heightPt: number;
  margins: { top: number; bottom: number; left: number; right: number };
  /** From the top edge to the page-number line. */
  headerDistancePt: number;
  /** Width between the margins. */
  contentWidthPt: number;
}

export interface Layout {
  page: PageGeometry;
  font: { family: string };
  /** Centred in the top margin, never on the first page of a section. */
  pageNumber: { sizePt: number };
  sections: LayoutSection[];
  meta: {
    title: string;
    subject: string;
    author: string;
    language: 'vi-VN';
    profileId: string;
  };
}
