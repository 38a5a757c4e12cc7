// A bảng chỉ tiêu (indicator table of a Báo cáo tổng kết): one row per indicator with its unit,
// plan and actual of year N and actual of N-1. Figures are typed the Vietnamese way ("1.234,5");
// the percentages are computed by the rule book's functions and shown, never typed.
import { useState, type ClipboardEvent } from 'react';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { DocumentInput } from '../../model';
import { formatNumberVi, formatPercentVi, parseNumberVi, ratioPercent, reportYear } from '../../standards';
import { ISO_DATE } from '../dates';
import { TextField } from './Field';
import { fieldId, useDocForm, type BlockPath } from './form';
import { RemoveRowCell } from './TableEditor';
import { isMultiCell, parseTsv } from './tsv';

type IndicatorsInput = Extract<DocumentInput['body'][number], { type: 'indicators' }>;
type RowInput = IndicatorsInput['rows'][number];
const COLUMNS = ['name', 'unit', 'plan', 'actual', 'previous'] as const;
type Column = (typeof COLUMNS)[number];
const NUMERIC = new Set<Column>(['plan', 'actual', 'previous']);

export function emptyIndicatorRow(): RowInput {
  return { name: '', unit: '', plan: null, actual: null, previous: null };
}

export function IndicatorsEditor({ base }: { base: BlockPath }) {
  const { t } = useTranslation();
  const { control, setValue, getValues, register } = useDocForm();
  const block = useWatch({ control, name: base }) as IndicatorsInput | undefined;
  const date = useWatch({ control, name: 'date' });
  const rows = block?.rows ?? [];
  const year = typeof block?.year === 'number' ? block.year : reportYear(typeof date === 'string' && ISO_DATE.test(date) ? date : '2000-01-01');

  const writeRows = (next: RowInput[]) => {
    const current = getValues(base) as IndicatorsInput;
    setValue(base, { ...current, rows: next }, { shouldDirty: true, shouldValidate: true });
  };
  const setCell = (r: number, column: Column, value: string | number | null) =>
    writeRows(rows.map((row, k) => (k === r ? { ...row, [column]: value } : row)));

  const onPaste = (r: number, c: number) => (e: ClipboardEvent<HTMLElement>) => {
    const text = e.clipboardData.getData('text/plain');
    if (!isMultiCell(text)) return;
    e.preventDefault();
    const next = rows.map((row) => ({ ...row }));
    parseTsv(text).forEach((line, dr) => {
      const target = (next[r + dr] ??= emptyIndicatorRow());
      line.forEach((value, dc) => {
        const column = COLUMNS[c + dc];
        if (!column) return;
        if (NUMERIC.has(column)) (target[column] as number | null) = parseNumberVi(value);
        else (target[column] as string) = value;
      });
    });
    writeRows(next);
  };

  const headers: Record<Column, string> = {
    name: t('indicators.name'),
    unit: t('indicators.unit'),
    plan: t('indicators.plan', { year }),
    actual: t('indicators.actual', { year }),
    previous: t('indicators.actual', { year: year - 1 }),
  };

  return (
    <div className="table-editor indicators-editor">
      <TextField name={`${base}.caption`} label={t('table.caption')} />
      <div className="field-row">
        <TextField
          name={`${base}.year`}
          label={t('indicators.year')}
          type="number"
          inputMode="numeric"
          placeholder={String(year)}
          hint={t('indicators.yearHint')}
          options={{ setValueAs: (v: unknown) => (v === '' || v === null || v === undefined ? undefined : Number(v)) }}
        />
        <div className="field checkbox-field">
          <label className="radio" htmlFor={fieldId(`${base}.chart`)}>
            <input type="checkbox" id={fieldId(`${base}.chart`)} {...register(`${base}.chart`)} />
            {t('indicators.chart')}
          </label>
        </div>
      </div>
      <div className="table-scroll">
        <table className="grid" aria-label={t('indicators.gridLabel')}>
          <thead>
            <tr>
              {COLUMNS.map((c) => (
                <th key={c} scope="col" className={`col-${c}`}>
                  {headers[c]}
                </th>
              ))}
              <th scope="col">{t('indicators.vsPlan')}</th>
              <th scope="col">{t('indicators.vsPrevious')}</th>
              <th className="grid-action" />
            </tr>
          </thead>
          <tbody>
            {rows.map((row, r) => (
              <tr key={r}>
                {COLUMNS.map((column, c) => {
                  const path = `${base}.rows.${r}.${column}`;
                  const label = `${headers[column]}, ${t('indicators.row', { row: r + 1 })}`;
                  return (
                    <td key={column} className={`col-${column}`}>
                      {NUMERIC.has(column) ? (
                        <NumberCell path={path} label={label} value={row[column] as number | null} onChange={(v) => setCell(r, column, v)} onPaste={onPaste(r, c)} />
                      ) : (
                        <>
                          <label className="visually-hidden" htmlFor={fieldId(path)}>
                            {label}
                          </label>
                          <textarea id={fieldId(path)} name={path} rows={1} value={row[column] as string} onChange={(e) => setCell(r, column, e.target.value)} onPaste={onPaste(r, c)} />
                        </>
                      )}
                    </td>
                  );
                })}
                <td className="computed">{formatPercentVi(ratioPercent(row.actual, row.plan))}</td>
                <td className="computed">{formatPercentVi(ratioPercent(row.actual, row.previous))}</td>
                <RemoveRowCell row={r} onRemove={() => writeRows(rows.filter((_, k) => k !== r))} />
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="list-actions">
        <button type="button" className="button small" onClick={() => writeRows([...rows, emptyIndicatorRow()])}>
          + {t('table.addRow')}
        </button>
      </div>
      <p className="field-hint">{t('indicators.hint')}</p>
    </div>
  );
}

/** A figure typed the Vietnamese way; the model gets the number (or null when empty). */
function NumberCell({ path, label, value, onChange, onPaste }: { path: string; label: string; value: number | null; onChange(v: number | null): void; onPaste(e: ClipboardEvent<HTMLInputElement>): void }) {
  const { t } = useTranslation();
  // While the user types, the text is kept as typed ("12," is on its way to "12,5").
  const [draft, setDraft] = useState<string | null>(null);
  const shown = draft ?? (value === null ? '' : formatNumberVi(value, 6));
  const invalid = draft !== null && draft.trim() !== '' && parseNumberVi(draft) === null;
  const id = fieldId(path);
  return (
    <>
      <label className="visually-hidden" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        name={path}
        inputMode="decimal"
        autoComplete="off"
        value={shown}
        aria-invalid={invalid ? true : undefined}
        title={invalid ? t('indicators.notANumber') : undefined}
        onFocus={() => setDraft(shown)}
        onBlur={() => setDraft(null)}
        onPaste={onPaste}
        onChange={(e) => {
          const text = e.target.value;
          setDraft(text);
          if (text.trim() === '') onChange(null);
          else {
            const n = parseNumberVi(text);
            if (n !== null) onChange(n);
          }
        }}
      />
    </>
  );
}
