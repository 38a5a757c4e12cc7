// Bảng chỉ tiêu → a bordered table: Chỉ tiêu, Đơn vị tính, Kế hoạch N, Thực hiện N, Thực hiện N-1,
// % so với kế hoạch, % so với cùng kỳ. Percentages computed here; figures the Vietnamese way,
// right-aligned; the header row repeats on every page; the table never exceeds the text width.
import type { IndicatorsBlock } from '../model/indicators';
import type { Profile } from '../standards';
import { formatNumberVi, formatPercentVi, ratioPercent } from '../standards';
import { para, runStyle } from './blocks';
import type { Align, ChartBlock, LayoutBlock, TableCell } from './layout';

const WEIGHTS = [3.4, 1.25, 1.35, 1.35, 1.35, 1.2, 1.2];

export function indicatorHeader(year: number): string[] {
  return ['Chỉ tiêu', 'Đơn vị tính', `Kế hoạch ${year}`, `Thực hiện ${year}`, `Thực hiện ${year - 1}`, '% so với kế hoạch', '% so với cùng kỳ'];
}

export function indicatorCells(row: IndicatorsBlock['rows'][number]): string[] {
  return [
    row.name,
    row.unit,
    formatNumberVi(row.plan),
    formatNumberVi(row.actual),
    formatNumberVi(row.previous),
    formatPercentVi(ratioPercent(row.actual, row.plan)),
    formatPercentVi(ratioPercent(row.actual, row.previous)),
  ];
}

export function composeIndicators(block: IndicatorsBlock, year: number, profile: Profile, contentWidthPt: number): LayoutBlock[] {
  const t = profile.table;
  const total = WEIGHTS.reduce((a, w) => a + w, 0);
  const columnsPt = WEIGHTS.map((w) => Math.floor((contentWidthPt * w) / total));
  const size = t.denseSizePt;
  const cell = (text: string, header: boolean, align: Align): TableCell => ({
    blocks: [para('table-cell', [{ ...runStyle(header ? t.headerStyle : t.style), sizePt: size, text }], { align, spaceBeforePt: 2, spaceAfterPt: 2 })],
  });
  const aligns: Align[] = ['left', 'center', 'right', 'right', 'right', 'right', 'right'];
  const out: LayoutBlock[] = [];
  if (block.caption?.trim()) {
    out.push(para('table-caption', [{ ...runStyle(t.headerStyle), sizePt: profile.body.style.sizePt, text: block.caption.trim() }], {
      align: 'center', spaceBeforePt: 6, spaceAfterPt: 3, keepNext: true,
    }));
  }
  out.push({
    type: 'table',
    role: 'body-table',
    columnsPt,
    borders: true,
    cellPaddingPt: 3,
    spaceBeforePt: 6,
    rows: [
      { cells: indicatorHeader(year).map((h) => cell(h, true, 'center')), header: true, cantSplit: true },
      ...block.rows.map((r) => ({ cells: indicatorCells(r).map((c, i) => cell(c, false, aligns[i] ?? 'left')), header: false, cantSplit: true })),
    ],
  });
  if (block.chart && block.rows.length > 0) out.push(indicatorChart(block, year, profile, contentWidthPt));
  return out;
}

/** Plan against actual for each indicator, under its table. */
export function indicatorChart(block: IndicatorsBlock, year: number, profile: Profile, contentWidthPt: number): ChartBlock {
  // Plan against actual means the indicators that have both; without any, show what there is.
  const both = block.rows.filter((r) => r.plan !== null && r.actual !== null);
  const rows = both.length > 0 ? both : block.rows;
  return {
    type: 'chart',
    role: 'chart',
    widthPt: Math.round(contentWidthPt * 0.95),
    heightPt: 220,
    title: block.caption?.trim() ? `${block.caption.trim()}: kế hoạch và thực hiện` : `Kế hoạch và thực hiện năm ${year}`,
    categories: rows.map((r) => (r.unit ? `${r.name} (${r.unit})` : r.name)),
    series: [
      { name: `Kế hoạch ${year}`, values: rows.map((r) => r.plan), labels: rows.map((r) => (r.plan === null ? '' : formatNumberVi(r.plan))) },
      { name: `Thực hiện ${year}`, values: rows.map((r) => r.actual), labels: rows.map((r) => (r.actual === null ? '' : formatNumberVi(r.actual))) },
    ],
    fontSizePt: 9,
    fontFamily: `${profile.font.family}, Tinos, Liberation Serif, serif`,
    spaceBeforePt: 6,
    spaceAfterPt: 6,
  };
}
