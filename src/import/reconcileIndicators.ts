// A Bảng chỉ tiêu whose figures were edited in Word. The recognisers read the printed table
// back as a plain table (name, unit, plan, actual, previous and two computed percentages);
// here the edited cells go back into the indicator rows, so the block stays a Bảng chỉ tiêu and
// compose recomputes the percentages. When the table no longer has that shape (a column
// added, a header changed, a figure that is not a number), undefined: the plain table stands.
import type { IndicatorRow, IndicatorsBlock, TableBlock } from '../model';
import { NO_FIGURE, parseNumberVi } from '../standards';
import { diffSequences, hunks, sameValue } from './sequence';

const COLUMNS = 7;
const FIGURES = ['plan', 'actual', 'previous'] as const;

function figure(cell: string): number | null | undefined {
  const t = cell.trim();
  if (t === '' || t === NO_FIGURE) return null;
  const n = parseNumberVi(t);
  return n === null ? undefined : n;
}

/** The guide's row with the cells that changed between the two readings; undefined if one is no figure. */
function mergeRow(guide: IndicatorRow | undefined, read: string[] | undefined, actual: string[]): IndicatorRow | undefined {
  const out: IndicatorRow = guide ? { ...guide } : { name: '', unit: '', plan: null, actual: null, previous: null };
  const changed = (i: number): boolean => !guide || read?.[i] !== actual[i];
  if (changed(0)) out.name = actual[0] ?? '';
  if (changed(1)) out.unit = actual[1] ?? '';
  for (const [k, key] of FIGURES.entries()) {
    if (!changed(k + 2)) continue;
    const v = figure(actual[k + 2] ?? '');
    if (v === undefined) return undefined;
    out[key] = v;
  }
  return out;
}

export function mergeIndicators(guide: IndicatorsBlock, read: TableBlock, actual: TableBlock): IndicatorsBlock | undefined {
  if (!sameValue(read.header, actual.header) || actual.header.length !== COLUMNS) return undefined;
  if (read.rows.length !== guide.rows.length || actual.rows.some((r) => r.length > COLUMNS)) return undefined;
  const rows: IndicatorRow[] = [];
  for (const h of hunks(diffSequences(read.rows, actual.rows, sameValue))) {
    if ('op' in h) {
      rows.push(guide.rows[h.before] as IndicatorRow);
      continue;
    }
    // Row for row where as many were removed as added (edited rows); new rows otherwise.
    const paired = h.removed.length === h.added.length;
    for (const [k, a] of h.added.entries()) {
      const r = paired ? h.removed[k] : undefined;
      const row = mergeRow(r === undefined ? undefined : guide.rows[r], r === undefined ? undefined : read.rows[r], actual.rows[a] as string[]);
      if (!row) return undefined;
      rows.push(row);
    }
  }
  return { ...guide, rows };
}
