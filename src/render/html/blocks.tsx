// Layout blocks as HTML at true size (CSS points). Every value comes from the Layout; what is
// fixed here is only how it is drawn (Word's single line = 1.15 em for Times-metric fonts,
// spacing as padding so that it adds up as in Word instead of collapsing as CSS margins do).
import type { CSSProperties, ReactNode } from 'react';
import type { ChartBlock, LayoutBlock, ParagraphBlock, RuleBlock, Run, TableBlock, TableRow } from '../../compose';
import { chartSvg } from '../chart';

/** Word's "single" line for Times New Roman and its metric twins, in em. */
export const SINGLE_LINE_EM = 1.15;
/** Border of a bordered table and of a framed stamp (Word's default ½ pt single line). */
const BORDER_PT = 0.5;
/** Room between a framed stamp's text and its box. */
const FRAME_PADDING = '0.5pt 3pt';

/** A length in CSS points, short enough to keep the DOM light. */
export function pt(n: number): string {
  return `${Math.round(n * 1000) / 1000}pt`;
}

export function maxRunSizePt(p: ParagraphBlock): number {
  let size = 0;
  for (const r of p.runs) size = Math.max(size, r.sizePt);
  return size || 12;
}

/** The nominal height of one line of a paragraph, in points. */
export function lineHeightPt(p: ParagraphBlock): number {
  return p.line.rule === 'exact' ? p.line.pt : p.line.multiple * SINGLE_LINE_EM * maxRunSizePt(p);
}

function runView(r: Run, blockSizePt: number, key: number): ReactNode {
  const style: CSSProperties = {};
  if (r.sizePt !== blockSizePt) style.fontSize = pt(r.sizePt);
  if (r.bold) style.fontWeight = 700;
  if (r.italic) style.fontStyle = 'italic';
  if (r.underline) style.textDecoration = 'underline';
  // A "\n" is a line break inside the paragraph: the next line starts at the margin.
  const parts = r.text.split('\n');
  return (
    <span key={key} style={style}>
      {parts.length === 1 ? r.text : parts.flatMap((part, i) => (i === 0 ? [part] : [<br key={i} />, part]))}
    </span>
  );
}

export function ParagraphView({ block, dropSpaceBefore = false }: { block: ParagraphBlock; dropSpaceBefore?: boolean }) {
  const size = maxRunSizePt(block);
  const indent = block.firstLineIndentPt - block.hangingPt;
  const style: CSSProperties = {
    fontSize: pt(size),
    lineHeight: block.line.rule === 'exact' ? pt(block.line.pt) : String(Math.round(block.line.multiple * SINGLE_LINE_EM * 1000) / 1000),
    textAlign: block.align,
  };
  if (!dropSpaceBefore && block.spaceBeforePt) style.paddingTop = pt(block.spaceBeforePt);
  if (block.spaceAfterPt) style.paddingBottom = pt(block.spaceAfterPt);
  if (block.leftIndentPt) style.paddingLeft = pt(block.leftIndentPt);
  if (indent) style.textIndent = pt(indent);
  const empty = block.runs.every((r) => r.text === '');
  // An empty paragraph still takes one line, as in Word.
  const runs = empty ? <br /> : block.runs.map((r, i) => runView(r, size, i));
  return (
    <div className="vb-p" data-role={block.role} data-source={block.source} style={style}>
      {block.framed ? (
        <span
          className="vb-frame"
          style={
            block.frame
              ? { border: `${pt(BORDER_PT)} solid`, display: 'inline-block', boxSizing: 'border-box', width: pt(block.frame.widthPt), height: pt(block.frame.heightPt), lineHeight: pt(block.frame.heightPt - 2 * BORDER_PT), textAlign: 'center', textIndent: 0 }
              : { border: `${pt(BORDER_PT)} solid`, padding: FRAME_PADDING }
          }
        >
          {runs}
        </span>
      ) : (
        runs
      )}
    </div>
  );
}

export function RuleView({ block, dropSpaceBefore = false }: { block: RuleBlock; dropSpaceBefore?: boolean }) {
  const style: CSSProperties = {};
  if (!dropSpaceBefore && block.spaceBeforePt) style.paddingTop = pt(block.spaceBeforePt);
  if (block.spaceAfterPt) style.paddingBottom = pt(block.spaceAfterPt);
  return (
    <div className="vb-rule" data-role={block.role} data-source={block.source} style={style}>
      <div style={{ width: pt(block.lengthPt), borderTop: `${pt(block.thicknessPt)} solid` }} />
    </div>
  );
}

export interface TableViewProps {
  block: TableBlock;
  /** Rows [from, to) only; absent: every row. */
  part?: { from: number; to: number };
  /** Draw the header rows above `part.from` (a table continued from an earlier page). */
  repeatHeader?: boolean;
  dropSpaceBefore?: boolean;
}

function rowView(table: TableBlock, row: TableRow, key: string): ReactNode {
  const cellStyle: CSSProperties = {};
  if (table.cellPaddingPt) {
    cellStyle.paddingLeft = pt(table.cellPaddingPt);
    cellStyle.paddingRight = pt(table.cellPaddingPt);
  }
  if (table.borders) cellStyle.border = `${pt(BORDER_PT)} solid`;
  return (
    <tr key={key}>
      {row.cells.map((cell, c) => (
        <td key={c} style={cell.align ? { ...cellStyle, textAlign: cell.align } : cellStyle}>
          {cell.blocks.map((b, i) => (b.type === 'rule' ? <RuleView key={i} block={b} /> : <ParagraphView key={i} block={b} />))}
        </td>
      ))}
    </tr>
  );
}

export function TableView({ block, part, repeatHeader = false, dropSpaceBefore = false }: TableViewProps) {
  const from = part?.from ?? 0;
  const to = part?.to ?? block.rows.length;
  const rows: ReactNode[] = [];
  if (repeatHeader) {
    for (let i = 0; i < block.rows.length && block.rows[i]?.header; i++) rows.push(rowView(block, block.rows[i] as TableRow, `h${i}`));
  }
  for (let i = from; i < to; i++) rows.push(rowView(block, block.rows[i] as TableRow, `r${i}`));
  const width = block.columnsPt.reduce((a, w) => a + w, 0);
  const style: CSSProperties = {};
  if (!dropSpaceBefore && from === 0 && block.spaceBeforePt) style.paddingTop = pt(block.spaceBeforePt);
  return (
    <div className="vb-table" data-role={block.role} data-source={block.source} style={style}>
      <table style={{ width: pt(width) }}>
        <colgroup>
          {block.columnsPt.map((w, i) => (
            <col key={i} style={{ width: pt(w) }} />
          ))}
        </colgroup>
        <tbody>{rows}</tbody>
      </table>
    </div>
  );
}

/** The chart's SVG is our own, every text in it escaped (render/chart/svg.ts). */
export function ChartView({ block, dropSpaceBefore }: { block: ChartBlock; dropSpaceBefore?: boolean }) {
  const style: CSSProperties = {
    paddingTop: pt(dropSpaceBefore ? 0 : block.spaceBeforePt),
    paddingBottom: pt(block.spaceAfterPt),
    display: 'flex',
    justifyContent: 'center',
  };
  return <div className="vb-chart" data-role={block.role} data-source={block.source} style={style} dangerouslySetInnerHTML={{ __html: chartSvg(block) }} />;
}

export function BlockView({ block, dropSpaceBefore }: { block: LayoutBlock; dropSpaceBefore?: boolean }) {
  switch (block.type) {
    case 'paragraph':
      return <ParagraphView block={block} dropSpaceBefore={dropSpaceBefore} />;
    case 'rule':
      return <RuleView block={block} dropSpaceBefore={dropSpaceBefore} />;
    case 'table':
      return <TableView block={block} dropSpaceBefore={dropSpaceBefore} />;
    case 'chart':
      return <ChartView block={block} dropSpaceBefore={dropSpaceBefore} />;
  }
}
