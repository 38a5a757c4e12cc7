// "Nhập văn bản có sẵn": pasted text or a .docx becomes a draft. What the importer recognised is
// shown first, then the user opens it as a draft and corrects it in the editor.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Document } from '../model';
import { formatNumberLine, KINDS, profileFor } from '../standards';
import { DropZone } from './DropZone';
import { ImportChanges } from './ImportChanges';
import { focusWhenReady, ImportLeftovers, ImportMissing, ImportUnplaced } from './ImportReport';
import { pathLabel } from './pathLabel';
import { importErrorKey, loadImport, ModuleMissingError, type ImportResult } from './modules';

const MAX_DOCX_BYTES = 20 * 1024 * 1024;

export function ImportPanel({ onOpen }: { onOpen(document: Document): void }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [error, setError] = useState<string | null>(null);

  const explain = (e: unknown): string => {
    if (e instanceof ModuleMissingError) return t('import.unavailable');
    const key = importErrorKey(e);
    if (key) return t(`importError.${key}`, { defaultValue: t('importError.generic', { detail: e instanceof Error ? e.message : key }) });
    return t('importError.generic', { detail: e instanceof Error ? e.message : String(e) });
  };

  const run = async (work: () => Promise<ImportResult>) => {
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      setResult(await work());
    } catch (e) {
      setError(explain(e));
    } finally {
      setBusy(false);
    }
  };

  // The leftovers the user ticked go to the end of the body; a missing part's button opens the
  // draft at its field.
  // Called as `void openDraft(…)`: whatever fails here (the module, the draft, the opening) is
  // shown, not left as an unhandled rejection.
  const openDraft = async (r: ImportResult, chosen: readonly number[], focus?: string) => {
    try {
      const picked = chosen.map((i) => r.leftovers[i]).filter((l): l is string => l !== undefined);
      const draft = picked.length ? (await loadImport()).includeLeftovers(r.document, picked) : r.document;
      onOpen(draft);
      if (focus) focusWhenReady(focus);
    } catch (e) {
      setError(explain(e));
    }
  };

  const fromText = () => {
    if (!text.trim()) {
      setError(t('import.emptyText'));
      return;
    }
    void run(async () => (await loadImport()).importText(text));
  };

  // A dropped .docx, .doc, .pdf or text file: importFile tells them apart by their content and
  // loads the reader for that kind only (mammoth, pdf.js or cfb).
  const fromDocx = (file: File) => {
    if (file.size > MAX_DOCX_BYTES) {
      setError(t('import.docxTooLarge'));
      return;
    }
    void run(async () => {
      const data = await file.arrayBuffer();
      return (await loadImport()).importFile(file.name, data);
    });
  };

  return (
    <div className="import-panel">
      <div className="field">
        <label htmlFor="import-text">{t('import.pasteLabel')}</label>
        <textarea id="import-text" rows={5} value={text} onChange={(e) => setText(e.target.value)} placeholder={t('import.pastePlaceholder')} />
      </div>
      <div className="import-actions">
        <button type="button" className="button" onClick={fromText} disabled={busy}>
          {t('import.recognise')}
        </button>
      </div>
      <DropZone accept=".docx,.doc,.pdf,.txt,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/msword,application/pdf,text/plain" buttonLabel={t('import.chooseDocx')} onFile={fromDocx} testId="import-docx" disabled={busy}>
        {t('import.dropDocx')}
      </DropZone>
      <div aria-live="polite">
        {busy ? (
          <p role="status" className="muted">
            {t('import.working')}
          </p>
        ) : null}
        {error ? (
          <p role="alert" className="message error" data-testid="import-error">
            {error}
          </p>
        ) : null}
        {result ? <ImportSummary result={result} onOpen={(focus, chosen) => void openDraft(result, chosen, focus)} onCancel={() => setResult(null)} /> : null}
      </div>
    </div>
  );
}

function ImportSummary({ result, onOpen, onCancel }: { result: ImportResult; onOpen(focus: string | undefined, chosen: number[]): void; onCancel(): void }) {
  const { t } = useTranslation();
  // Leftovers are dropped unless ticked.
  const [chosen, setChosen] = useState<Set<number>>(() => new Set());
  const open = (focus?: string) => onOpen(focus, [...chosen].sort((a, b) => a - b));
  const doc = result.document;
  const profile = profileFor(doc);
  const heading = useRef<HTMLHeadingElement>(null);
  const box = useRef<HTMLDivElement>(null);
  // A long paste pushes the result below the fold: bring it up and let a screen reader start there.
  useEffect(() => {
    box.current?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
    heading.current?.focus({ preventScroll: true });
  }, [result]);
  return (
    <div className="import-result" data-testid="import-result" ref={box}>
      <h3 ref={heading} tabIndex={-1}>
        {t('import.resultTitle')}
      </h3>
      <p>
        {t('import.resultKind', { kind: t(`kinds.${doc.kind}`, { defaultValue: KINDS[doc.kind].label }), family: t(`standard.${doc.standard.family}`) })}
        {' · '}
        <span className="mono">{formatNumberLine(doc, profile)}</span>
      </p>
      {result.recognised.length > 0 ? (
        <>
          <p>{t('import.recognised')}</p>
          <ul className="recognised">
            {result.recognised.map((key) => (
              <li key={key}>✓ {t(`recognised.${key}`, { defaultValue: pathLabel(key, t) })}</li>
            ))}
          </ul>
        </>
      ) : (
        <p>{t('import.nothingRecognised')}</p>
      )}
      <ImportMissing missing={result.missing} onOpenAt={(path) => open(path)} />
      <ImportUnplaced lines={result.unplaced} />
      <ImportLeftovers leftovers={result.leftovers} chosen={chosen} onChange={setChosen} />
      <ImportChanges changes={result.changes} />
      <div className="import-actions">
        <button type="button" className="button primary" onClick={() => open()}>
          {t('import.openAsDraft')}
        </button>
        <button type="button" className="button ghost" onClick={onCancel}>
          {t('app.cancel')}
        </button>
      </div>
    </div>
  );
}
