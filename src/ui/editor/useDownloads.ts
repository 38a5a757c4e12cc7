// The toolbar's downloads: the draft as JSON (always, even when it does not parse) and the document as
// DOCX or PDF (after the form validates; the renderers load on demand).
import { useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { compose } from '../../compose';
import { documentSchema, type Document, type DocumentInput } from '../../model';
import { fileBaseName } from '../../standards';
import { draftToJson, safeFileName } from '../../store';
import { DOCX_MIME, saveBlob, saveText } from '../download';
import { loadDocx, loadPdf, ModuleMissingError } from '../modules';
import { focusPath } from './paths';

export interface Notice {
  kind: 'info' | 'error';
  text: string;
}

export interface Downloads {
  /** The format being rendered, if any. */
  busy: null | 'docx' | 'pdf';
  download(format: 'docx' | 'pdf'): Promise<void>;
  downloadJson(): void;
  /** The form's value as a Document, or null after showing the errors on the fields. */
  validDocument(): Promise<Document | null>;
}

/** The draft's file name: the document's own when it parses, else the draft's title. */
export function jsonFileName(values: DocumentInput, title: string): string {
  try {
    const parsed = documentSchema.safeParse(values);
    if (parsed.success) return `${fileBaseName(parsed.data)}.json`;
  } catch {
    // fall through to the title
  }
  return `${safeFileName(title || 'ban-nhap')}.json`;
}

export function useDownloads(form: UseFormReturn<DocumentInput, unknown, Document>, title: string, setNotice: (notice: Notice | null) => void): Downloads {
  const { t } = useTranslation();
  const [busy, setBusy] = useState<null | 'docx' | 'pdf'>(null);

  const downloadJson = () => saveText(draftToJson(form.getValues()), jsonFileName(form.getValues(), title));

  const validDocument = async (): Promise<Document | null> => {
    const ok = await form.trigger(undefined, { shouldFocus: true });
    const parsed = documentSchema.safeParse(form.getValues());
    if (!ok || !parsed.success) {
      setNotice({ kind: 'error', text: t('download.invalid') });
      if (parsed.success === false) focusPath(parsed.error.issues[0]?.path.map(String).join('.') ?? '');
      return null;
    }
    return parsed.data;
  };

  const download = async (format: 'docx' | 'pdf') => {
    setNotice(null);
    const doc = await validDocument();
    if (!doc) return;
    setBusy(format);
    try {
      const layout = compose(doc);
      const name = fileBaseName(doc);
      if (format === 'docx') {
        const { renderDocx } = await loadDocx();
        const bytes = await renderDocx(layout, doc);
        saveBlob(new Blob([bytes.slice()], { type: DOCX_MIME }), `${name}.docx`);
      } else {
        const { renderPdfBrowser } = await loadPdf();
        const blob = await renderPdfBrowser(layout);
        saveBlob(blob, `${name}.pdf`);
      }
      setNotice({ kind: 'info', text: t('download.done', { name: `${name}.${format}` }) });
    } catch (error) {
      const text = error instanceof ModuleMissingError ? t('download.unavailable', { format: format.toUpperCase() }) : t('download.failed', { format: format.toUpperCase(), detail: error instanceof Error ? error.message : String(error) });
      setNotice({ kind: 'error', text });
    } finally {
      setBusy(null);
    }
  };

  return { busy, download, downloadJson, validDocument };
}
