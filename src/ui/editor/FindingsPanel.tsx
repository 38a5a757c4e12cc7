// What check() and the schema say about the draft, in the UI language; a click takes the user to
// the field concerned.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../i18n';
import { errorText } from '../fieldErrors';
import type { Finding } from '../modules';
import { pathLabel } from '../pathLabel';
import { focusPath } from './paths';

export interface SchemaIssue {
  path: string;
  message: string;
  code: string;
}

interface Props {
  /** null: the checker is not part of this build. */
  findings: Finding[] | null;
  schemaIssues: SchemaIssue[];
}

export function FindingsPanel({ findings, schemaIssues }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(true);
  const lang = currentLanguage();
  const items = [
    ...schemaIssues.map((issue) => ({ key: `schema-${issue.path}-${issue.message}`, severity: 'error' as const, path: issue.path, text: errorText({ message: issue.message, type: issue.code }, t), code: issue.code, basis: undefined as string | undefined })),
    ...(findings ?? []).map((f, i) => ({ key: `${f.code}-${f.path}-${i}`, severity: f.severity, path: f.path, text: f.message[lang] || f.message.vi, code: f.code, basis: f.basis })),
  ];
  const errors = items.filter((i) => i.severity === 'error').length;
  const warnings = items.length - errors;
  return (
    <section className={`findings${items.length === 0 ? ' is-clean' : ''}`} aria-labelledby="findings-title">
      <div className="findings-head">
        <h2 id="findings-title">{t('findings.title')}</h2>
        <span className="findings-counts" aria-live="polite" data-testid="findings-counts">
          {items.length === 0 ? (findings === null ? t('findings.unavailable') : t('findings.none')) : t('findings.counts', { errors, warnings })}
        </span>
        {items.length > 0 ? (
          <button type="button" className="link-button" aria-expanded={open} aria-controls="findings-list" onClick={() => setOpen(!open)}>
            {open ? t('findings.hide') : t('findings.show')}
          </button>
        ) : null}
      </div>
      {open && items.length > 0 ? (
        <ul id="findings-list" className="findings-list">
          {items.map((item) => (
            <li key={item.key} className={`finding ${item.severity}`}>
              <button type="button" className="finding-button" onClick={() => focusPath(item.path)} data-code={item.code}>
                <span className="finding-severity">{t(`findings.${item.severity}`)}</span>
                <span className="finding-where">{pathLabel(item.path, t)}</span>
                <span className="finding-text">{item.text}</span>
                {item.basis ? <span className="finding-basis">{item.basis}</span> : null}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
