// An ordered list of one-line entries (Nơi nhận, Kính gửi): add, remove, reorder, and the office's
// usual entries one click away. Each input is named by its path so findings can focus it.
import { useEffect, useRef } from 'react';
import { get, useController, useFormState } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { errorText, type ErrorLike } from '../fieldErrors';
import { FieldError, describedBy } from './Field';
import { fieldId, useDocForm } from './form';

interface Props {
  name: 'addressees' | 'recipients.entries';
  /** Accessible name of the list and the prefix of each entry's label. */
  label: string;
  itemLabel: string;
  hint?: string;
  presets?: readonly string[];
  placeholder?: string;
}

export function StringListEditor({ name, label, itemLabel, hint, presets, placeholder }: Props) {
  const { t } = useTranslation();
  const { control } = useDocForm();
  const { field } = useController({ control, name });
  const { errors } = useFormState({ control, name });
  const entries: string[] = Array.isArray(field.value) ? (field.value as string[]) : [];
  /** What to focus after the next render: an entry's input or one of its buttons. */
  const focusTarget = useRef<{ index: number; what: 'input' | 'up' | 'down' } | null>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const id = fieldId(name);

  useEffect(() => {
    const target = focusTarget.current;
    if (!target) return;
    focusTarget.current = null;
    const row = listRef.current?.children[target.index];
    const button = target.what === 'input' ? null : row?.querySelector<HTMLButtonElement>(`[data-action="${target.what}"]:not(:disabled)`);
    (button ?? row?.querySelector<HTMLInputElement>('input'))?.focus();
  });

  const set = (next: string[], focus?: number, what: 'input' | 'up' | 'down' = 'input') => {
    if (focus !== undefined) focusTarget.current = { index: focus, what };
    field.onChange(next);
  };
  const move = (i: number, by: -1 | 1) => {
    const j = i + by;
    if (j < 0 || j >= entries.length) return;
    const next = [...entries];
    [next[i], next[j]] = [next[j] as string, next[i] as string];
    // Focus follows the moved entry, so repeated presses keep moving it.
    set(next, j, by < 0 ? 'up' : 'down');
  };
  const normalized = new Set(entries.map((e) => e.trim().toLocaleLowerCase('vi')));
  const missingPresets = (presets ?? []).filter((p) => !normalized.has(p.toLocaleLowerCase('vi')));
  const listError = get(errors, name) as (ErrorLike & { root?: ErrorLike }) | undefined;
  const listMessage = listError && (listError.message !== undefined ? errorText(listError, t) : listError.root ? errorText(listError.root, t) : undefined);

  return (
    <div className="string-list" role="group" aria-labelledby={`${id}-label`} data-path={name}>
      <p className="group-label" id={`${id}-label`}>
        {label}
      </p>
      {hint ? (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {entries.length === 0 ? <p className="muted">{t('list.empty')}</p> : null}
      <ol ref={listRef} className="string-list-items">
        {entries.map((entry, i) => {
          const path = `${name}.${i}`;
          const entryId = fieldId(path);
          const itemError = get(errors, path) as ErrorLike | undefined;
          const message = itemError ? errorText(itemError, t) : undefined;
          return (
            <li key={i} className={message ? 'has-error' : undefined}>
              <label className="visually-hidden" htmlFor={entryId}>
                {itemLabel} {i + 1}
              </label>
              <span className="entry-dash" aria-hidden="true">
                -
              </span>
              <input
                id={entryId}
                name={path}
                value={entry}
                placeholder={placeholder}
                autoComplete="off"
                aria-invalid={message ? true : undefined}
                aria-describedby={describedBy(entryId, false, !!message)}
                onChange={(e) => set(entries.map((v, k) => (k === i ? e.target.value : v)))}
                onBlur={field.onBlur}
                onKeyDown={(e) => {
                  // Enter adds the next entry, as in a list in Word.
                  if (e.key === 'Enter') {
                    e.preventDefault();
                    set([...entries.slice(0, i + 1), '', ...entries.slice(i + 1)], i + 1);
                  }
                }}
              />
              <span className="row-actions">
                <button type="button" className="icon-button" data-action="up" onClick={() => move(i, -1)} disabled={i === 0} aria-label={t('list.moveUp', { item: `${itemLabel} ${i + 1}` })} title={t('list.moveUpShort')}>
                  ↑
                </button>
                <button type="button" className="icon-button" data-action="down" onClick={() => move(i, 1)} disabled={i === entries.length - 1} aria-label={t('list.moveDown', { item: `${itemLabel} ${i + 1}` })} title={t('list.moveDownShort')}>
                  ↓
                </button>
                <button
                  type="button"
                  className="icon-button danger"
                  onClick={() => set(entries.filter((_, k) => k !== i), Math.min(i, entries.length - 2) >= 0 ? Math.min(i, entries.length - 2) : undefined)}
                  aria-label={t('list.remove', { item: `${itemLabel} ${i + 1}` })}
                  title={t('list.removeShort')}
                >
                  ×
                </button>
              </span>
              <FieldError id={entryId} message={message} />
            </li>
          );
        })}
      </ol>
      <FieldError id={id} message={listMessage} />
      <div className="list-actions">
        <button type="button" className="button small" onClick={() => set([...entries, ''], entries.length)}>
          + {t('list.add')}
        </button>
      </div>
      {missingPresets.length > 0 ? (
        <div className="presets" role="group" aria-label={t('list.presets')}>
          <span className="presets-label">{t('list.presets')}:</span>
          {missingPresets.map((p) => (
            <button key={p} type="button" className="chip" onClick={() => set([...entries.filter((e) => e.trim() !== ''), p])}>
              + {p}
            </button>
          ))}
          {missingPresets.length > 1 ? (
            <button type="button" className="chip chip-all" onClick={() => set([...entries.filter((e) => e.trim() !== ''), ...missingPresets])}>
              {t('list.addAllPresets')}
            </button>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
