// A labelled input bound to a form path, with its hint, its error in the UI language and, where
// the rule book reformats the value, the line as it will print.
import { type ReactNode } from 'react';
import { get, useFormState, type RegisterOptions } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { errorText, type ErrorLike } from '../fieldErrors';
import { fieldId, useDocForm, type DocForm, type DocPath } from './form';

/** The error of one path (or of its array as a whole), translated. */
export function useFieldError(name: string): string | undefined {
  const { t } = useTranslation();
  const { control } = useDocForm();
  const { errors } = useFormState({ control, name: name as DocPath });
  const error = get(errors, name) as (ErrorLike & { root?: ErrorLike }) | undefined;
  if (!error) return undefined;
  if (error.message !== undefined || error.type !== undefined) return errorText(error, t);
  if (error.root) return errorText(error.root, t);
  return undefined;
}

export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p className="field-error" id={`${id}-error`}>
      {message}
    </p>
  );
}

export function describedBy(id: string, hint: boolean, error: boolean, printed = false): string | undefined {
  const ids = [hint && `${id}-hint`, printed && `${id}-printed`, error && `${id}-error`].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

interface TextFieldProps {
  name: DocPath;
  label: string;
  hint?: ReactNode;
  placeholder?: string;
  multiline?: boolean;
  rows?: number;
  type?: 'text' | 'number' | 'date';
  /** The value as the rule book will print it. */
  printed?: ReactNode;
  options?: RegisterOptions<DocForm, DocPath>;
  className?: string;
  inputMode?: 'numeric' | 'text';
  autoComplete?: string;
  spellCheck?: boolean;
  /** A field check() reports when empty though the schema lets it be (an appendix's title). */
  required?: boolean;
}

export function TextField({ name, label, hint, placeholder, multiline, rows = 3, type = 'text', printed, options, className, inputMode, autoComplete = 'off', spellCheck, required }: TextFieldProps) {
  const { register } = useDocForm();
  const id = fieldId(name);
  const error = useFieldError(name);
  const common = {
    id,
    placeholder,
    'aria-invalid': error ? true : undefined,
    'aria-required': required ? true : undefined,
    'aria-describedby': describedBy(id, !!hint, !!error, printed !== undefined),
    autoComplete,
    spellCheck,
    ...register(name, options),
  };
  return (
    <div className={`field${className ? ` ${className}` : ''}${error ? ' has-error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {multiline ? <textarea rows={rows} {...common} /> : <input type={type} inputMode={inputMode} {...common} />}
      {hint ? (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {printed !== undefined ? <Printed id={`${id}-printed`}>{printed}</Printed> : null}
      <FieldError id={id} message={error} />
    </div>
  );
}

/** "In ra: Số: 134/TB-VP" — the formatted line under a field. */
export function Printed({ id, children, label }: { id?: string; children: ReactNode; label?: string }) {
  const { t } = useTranslation();
  return (
    <p className="printed" id={id}>
      <span className="printed-label">{label ?? t('editor.printedAs')}</span> <output className="printed-value">{children}</output>
    </p>
  );
}

interface SelectFieldProps {
  name: DocPath;
  label: string;
  hint?: ReactNode;
  options: { value: string; label: string }[];
  registerOptions?: RegisterOptions<DocForm, DocPath>;
  printed?: ReactNode;
  /** Replaces "In ra:" before the printed value. */
  printedLabel?: string;
  className?: string;
}

export function SelectField({ name, label, hint, options, registerOptions, printed, printedLabel, className }: SelectFieldProps) {
  const { register } = useDocForm();
  const id = fieldId(name);
  const error = useFieldError(name);
  return (
    <div className={`field${className ? ` ${className}` : ''}${error ? ' has-error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <select id={id} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, !!hint, !!error, printed !== undefined)} {...register(name, registerOptions)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {hint ? (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {printed !== undefined ? (
        <Printed id={`${id}-printed`} label={printedLabel}>
          {printed}
        </Printed>
      ) : null}
      <FieldError id={id} message={error} />
    </div>
  );
}

export function Section({ id, title, children, path }: { id: string; title: string; children: ReactNode; path?: string }) {
  return (
    <section className="form-section" aria-labelledby={`${id}-title`} id={id} data-path={path}>
      <h2 id={`${id}-title`}>{title}</h2>
      {children}
    </section>
  );
}
