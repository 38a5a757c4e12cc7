// Phụ lục: after the signature, as in the document. Each appendix prints on a new page with its
// own page numbers — the rule book's label ("Phụ lục I" / "Phụ lục 1"), the title, the
// "(Kèm theo …)" line and its own content — so the form shows the label and the default reference
// as they will print, and edits the content with the same body editor as the main text.
import { useEffect, useRef, useState } from 'react';
import { useFieldArray, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { appendixReference } from '../../compose';
import { DATE_BLANKS, KIND_IDS, type Document, type DocumentInput } from '../../model';
import { appendixLabel, type Profile } from '../../standards';
import { ISO_DATE } from '../dates';
import { RichBodyEditor } from './rich/RichBodyEditor';
import { FieldError, Section, TextField, useFieldError } from './Field';
import { fieldId, useDocForm } from './form';
import { useProfile } from './useProfile';

type AppendixInput = NonNullable<DocumentInput['appendices']>[number];
/** The schema's limit (appendixSchema array max). */
const MAX_APPENDICES = 50;

/**
 * The "(Kèm theo …)" line printed when the drafter leaves it empty, from the form's kind, tên loại,
 * number and date as they stand; undefined while those cannot make one (no valid date yet).
 */
function useDefaultReference(profile: Profile): string | undefined {
  const { control } = useDocForm();
  const [kind, typeName, number, date, dateBlank] = useWatch({ control, name: ['kind', 'title.typeName', 'number', 'date', 'dateBlank'] });
  if (typeof date !== 'string' || !ISO_DATE.test(date) || !(KIND_IDS as readonly string[]).includes(kind)) return undefined;
  const value = typeof number?.value === 'number' && Number.isInteger(number.value) && number.value >= 1 ? number.value : null;
  const blank = DATE_BLANKS.find((b) => b === dateBlank);
  const doc: Pick<Document, 'kind' | 'title' | 'number' | 'date' | 'dateBlank'> = {
    kind,
    title: { typeName: typeName ?? '', summary: '' },
    number: { value, typeCode: number?.typeCode ?? '', issuerCode: number?.issuerCode ?? '' },
    date,
    ...(blank ? { dateBlank: blank } : {}),
  };
  try {
    // appendixReference reads only these fields; a half-typed form must not take the section down.
    return appendixReference(doc as Document, profile);
  } catch {
    return undefined;
  }
}

interface Removed {
  index: number;
  value: AppendixInput;
  label: string;
}

type FocusTarget = { index: number; what: 'title' | 'up' | 'down' } | { what: 'undo' };

export function AppendicesSection() {
  const { t } = useTranslation();
  const { control, getValues } = useDocForm();
  const profile = useProfile();
  const reference = useDefaultReference(profile);
  const { fields, append, insert, move, remove } = useFieldArray({ control, name: 'appendices' });
  const listError = useFieldError('appendices');
  /** The last appendix deleted, until it is put back or another change is made. */
  const [removed, setRemoved] = useState<Removed | null>(null);
  const focusTarget = useRef<FocusTarget | null>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const undoRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const target = focusTarget.current;
    if (!target) return;
    let el: HTMLElement | null | undefined;
    if (target.what === 'undo') el = undoRef.current;
    else {
      const card = listRef.current?.querySelector<HTMLElement>(`[data-appendix-index="${target.index}"]`);
      const title = card?.querySelector<HTMLElement>(`[name="appendices.${target.index}.title"]`);
      el = target.what === 'title' ? title : (card?.querySelector<HTMLElement>(`.appendix-head [data-action="${target.what}"]:not(:disabled)`) ?? title);
    }
    // The form's array and this section's state may commit in separate renders: wait for the element.
    if (!el) return;
    focusTarget.current = null;
    el.focus();
    if (target.what === 'title') el.scrollIntoView({ block: 'nearest' });
  });

  const add = () => {
    if (fields.length >= MAX_APPENDICES) return;
    setRemoved(null);
    focusTarget.current = { index: fields.length, what: 'title' };
    append({ title: '', body: [] }, { shouldFocus: false });
  };
  const moveAppendix = (from: number, to: number, what: 'up' | 'down') => {
    if (to < 0 || to >= fields.length) return;
    setRemoved(null);
    focusTarget.current = { index: to, what };
    move(from, to);
  };
  const removeAppendix = (i: number) => {
    const value = getValues(`appendices.${i}`);
    // Deleting a whole page of content is one click: it can be put back (no dialog in the way).
    if (value) setRemoved({ index: i, value: structuredClone(value), label: appendixLabel(profile, i) });
    focusTarget.current = { what: 'undo' };
    remove(i);
  };
  const undo = () => {
    if (!removed) return;
    const at = Math.min(removed.index, fields.length);
    focusTarget.current = { index: at, what: 'title' };
    insert(at, removed.value, { shouldFocus: false });
    setRemoved(null);
  };

  return (
    <Section id="sec-appendices" title={t('section.appendices')} path="appendices">
      <p className="field-hint">{t('appendix.hint')}</p>
      {removed ? (
        <div className="undo-bar" role="status" data-testid="appendix-removed">
          <span>{removed.value.title?.trim() ? t('appendix.removedTitled', { label: removed.label, title: removed.value.title.trim() }) : t('appendix.removed', { label: removed.label })}</span>
          <button type="button" className="button small" ref={undoRef} onClick={undo} data-testid="appendix-undo">
            {t('appendix.undo')}
          </button>
          <button type="button" className="button small ghost" onClick={() => setRemoved(null)}>
            {t('app.dismiss')}
          </button>
        </div>
      ) : null}
      {fields.length === 0 && !removed ? <p className="muted">{t('appendix.empty')}</p> : null}
      <ol className="appendices" ref={listRef}>
        {fields.map((f, i) => {
          const label = appendixLabel(profile, i);
          const base = `appendices.${i}` as const;
          return (
            <li key={f.id} className="appendix" data-appendix-index={i} data-path={base} aria-labelledby={`${fieldId(base)}-label`}>
              <div className="appendix-head">
                <h3 className="appendix-label" id={`${fieldId(base)}-label`} data-testid={`appendix-label-${i}`}>
                  {label}
                </h3>
                <span className="row-actions">
                  <button type="button" className="icon-button" data-action="up" disabled={i === 0} onClick={() => moveAppendix(i, i - 1, 'up')} aria-label={t('appendix.moveUp', { label })} title={t('list.moveUpShort')}>
                    ↑
                  </button>
                  <button type="button" className="icon-button" data-action="down" disabled={i === fields.length - 1} onClick={() => moveAppendix(i, i + 1, 'down')} aria-label={t('appendix.moveDown', { label })} title={t('list.moveDownShort')}>
                    ↓
                  </button>
                  <button type="button" className="icon-button danger" data-action="delete" onClick={() => removeAppendix(i)} aria-label={t('appendix.remove', { label })} title={t('list.removeShort')} data-testid={`appendix-remove-${i}`}>
                    ×
                  </button>
                </span>
              </div>
              <TextField name={`${base}.title`} label={t('appendix.title')} multiline rows={2} required hint={t('appendix.titleHint')} />
              <TextField
                name={`${base}.reference`}
                label={t('appendix.reference')}
                placeholder={reference}
                hint={reference ? t('appendix.referenceHint', { reference }) : t('appendix.referenceHintNone')}
              />
              {/* Keyed by position too: a list editor is bound to its path, which moves with the appendix. */}
              <RichBodyEditor key={`${f.id}:${i}`} name={`${base}.body`} context={label} />
            </li>
          );
        })}
      </ol>
      <FieldError id={fieldId('appendices')} message={listError} />
      <div className="list-actions">
        <button type="button" className="button small" onClick={add} disabled={fields.length >= MAX_APPENDICES} data-testid="add-appendix">
          + {t('appendix.add')}
        </button>
      </div>
    </Section>
  );
}
