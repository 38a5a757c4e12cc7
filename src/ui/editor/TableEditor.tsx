// A table block: header cells and rows, columns and rows added and removed, and a range of cells
// pasted from Excel or Word (tab-separated) filling the grid from the cell it lands in.
import type { ClipboardEvent } from 'react';
import { get, useFormState, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { DocumentInput } from '../../model';
import { errorText, type ErrorLike } from '../fieldErrors';
import { TextField } from './Field';
import { fieldId, useDocForm, type BlockPath } from './form';
import { isMultiCell, parseTsv, pasteIntoGrid, type Grid } from './tsv';

type TableInput = Extract<DocumentInput['body'][number], { type: 'table' }>;
const MAX_COLUMNS = 20;

export function TableEditor({ base }: { base: BlockPath }) {
  const { t } = useTranslation();
  const { control, setValue, getValues } = useDocForm();
  const block = useWatch({ control, name: base }) as TableInput | undefined;
  const { errors } = useFormState({ control, name: base });
  const header = block?.header ?? [];
  const rows = block?.rows ?? [];
  const width = header.length;

  const write = (grid: Grid) => {
    const current = getValues(base) as TableInput;
    const next: TableInput = { ...current, header: grid.header, rows: grid.rows };
    if (grid.header.length !== current.header.length) {
      // Column widths no longer match the columns: back to equal widths.
      delete next.widths;
      if (current.align) next.align = Array.from({ length: grid.header.length }, (_, c) => current.align?.[c] ?? 'left');
    }
    setValue(base, next, { shouldDirty: true, shouldValidate: true });
  };

  const setCell = (r: number, c: number, value: string) => {
    if (r < 0) write({ header: header.map((h, k) => (k === c ? value : h)), rows });
    else write({ header, rows: rows.map((row, k) => (k === r ? Array.from({ length: width }, (_, cc) => (cc === c ? value : (row[cc] ?? ''))) : row)) });
  };

  const onPaste = (r: number, c: number) => (e: ClipboardEvent<HTMLTextAreaElement>) => {
    const text = e.clipboardData.getData('text/plain');
    if (!isMultiCell(text)) return;
    e.preventDefault();
    write(pasteIntoGrid({ header, rows }, parseTsv(text), r, c, MAX_COLUMNS));
  };

  const addColumn = () => width < MAX_COLUMNS && write({ header: [...header, ''], rows: rows.map((row) => [...row, '']) });
  const removeColumn = (c: number) => width > 1 && write({ header: header.filter((_, k) => k !== c), rows: rows.map((row) => row.filter((_, k) => k !== c)) });
  const addRow = () => write({ header, rows: [...rows, Array.from({ length: width }, () => '')] });
  const removeRow = (r: number) => write({ header, rows: rows.filter((_, k) => k !== r) });

  const cellError = (path: string): string | undefined => {
    const e = get(errors, path) as ErrorLike | undefined;
    return e && (e.message !== undefined || e.type !== undefined) ? errorText(e, t) : undefined;
  };

  const cell = (r: number, c: number, value: string) => {
    const path = r < 0 ? `${base}.header.${c}` : `${base}.rows.${r}.${c}`;
    const id = fieldId(path);
    const label = r < 0 ? t('table.headerCell', { col: c + 1 }) : t('table.cell', { row: r + 1, col: c + 1 });
    const error = cellError(path);
    return (
      <>
        <label className="visually-hidden" htmlFor={id}>
          {label}
        </label>
        {/* A textarea: a cell may hold a line break (Excel's Alt+Enter), which an input would drop. */}
        <textarea id={id} name={path} rows={1} value={value} autoComplete="off" aria-invalid={error ? true : undefined} title={error} onChange={(e) => setCell(r, c, e.target.value)} onPaste={onPaste(r, c)} />
      </>
    );
  };

  return (
    <div className="table-editor">
      <TextField name={`${base}.caption`} label={t('table.caption')} />
      <div className="table-scroll">
        <table className="grid" aria-label={t('table.gridLabel')}>
          <thead>
            <tr>
              {header.map((h, c) => (
                <th key={c} scope="col">
                  {cell(-1, c, h)}
                  <button type="button" className="icon-button danger tiny" onClick={() => removeColumn(c)} disabled={width <= 1} aria-label={t('table.removeColumn', { col: c + 1 })} title={t('table.removeColumnShort')}>
                    ×
                  </button>
                </th>
              ))}
              <th className="grid-action">
                <button type="button" className="icon-button" onClick={addColumn} disabled={width >= MAX_COLUMNS} aria-label={t('table.addColumn')} title={t('table.addColumn')}>
                  +
                </button>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, r) => (
              <tr key={r}>
                {header.map((_, c) => (
                  <td key={c}>{cell(r, c, row[c] ?? '')}</td>
                ))}
                <RemoveRowCell row={r} onRemove={() => removeRow(r)} />
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="list-actions">
        <button type="button" className="button small" onClick={addRow}>
          + {t('table.addRow')}
        </button>
        <button type="button" className="button small" onClick={addColumn} disabled={width >= MAX_COLUMNS}>
          + {t('table.addColumn')}
        </button>
      </div>
      <p className="field-hint">{t('table.pasteHint')}</p>
      {cellError(`${base}.header`) ? <p className="field-error">{cellError(`${base}.header`)}</p> : null}
    </div>
  );
}

/** The last cell of a grid row: its delete button, named for screen readers by the row's number. */
export function RemoveRowCell({ row, onRemove }: { row: number; onRemove(): void }) {
  const { t } = useTranslation();
  return (
    <td className="grid-action">
      <button type="button" className="icon-button danger" onClick={onRemove} aria-label={t('table.removeRow', { row: row + 1 })} title={t('table.removeRowShort')}>
        ×
      </button>
    </td>
  );
}
