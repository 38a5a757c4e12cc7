// The editor: the form in document order on the left, the live preview on the right, the findings
// above the form. This file composes the parts: autosave and tab presence (useAutosave), the preview and
// findings (useDerived), the downloads (useDownloads), the shortcuts (useShortcuts), the top bar's
// actions (EditorToolbar) and the banners (EditorBanners).
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useRef, useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { documentSchema, upgradeDocumentInput, type Document, type DocumentInput } from '../../model';
import type { DraftRecord, DraftStore } from '../../store';
import { AppBar, LoadingScreen } from '../AppBar';
import { draftDisplayTitle } from '../draftTitle';
import { loadImport, ModuleMissingError } from '../modules';
import { setRecoverySource } from '../recovery';
import { AppendicesSection } from './AppendicesSection';
import { RichBodyEditor } from './rich/RichBodyEditor';
import { FindingsPanel } from './FindingsPanel';
import { PreviewPane } from './PreviewPane';
import { guardArrowKeys } from './arrowKeys';
import { pathOfElement, primaryPath, revealPath } from './reveal';
import { FindBar } from '../find/FindBar';
import { useDraftHistory } from '../history/useDraftHistory';
import { AddresseesSection, HeaderSection, RecipientsSection, SignatureSection, StandardSection, TitleSection } from './sections';
import { EditorBanners } from './EditorBanners';
import { EditorToolbar } from './EditorToolbar';
import { TemplateDialog } from './TemplateDialog';
import { useAutosave } from './useAutosave';
import { useDerived } from './useDerived';
import { jsonFileName, useDownloads, type Notice } from './useDownloads';
import { useEditingPath } from './useEditingPath';
import { useEditorShortcuts, type FindRequest } from './useShortcuts';

export interface EditorProps {
  store: DraftStore;
  draftId: string;
  /** IndexedDB was refused at start: drafts live in this tab only. */
  memoryOnly: boolean;
  onHome(): void;
  onOpenDraft(id: string): void;
}

export default function Editor(props: EditorProps) {
  const { t } = useTranslation();
  const { store, draftId, onHome } = props;
  const [record, setRecord] = useState<DraftRecord | null | 'missing' | { error: unknown }>(null);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let live = true;
    setRecord(null);
    store
      .getDraft(draftId)
      .then((r) => live && setRecord(r ?? 'missing'))
      .catch((error: unknown) => live && setRecord({ error }));
    store.setLastDraftId(draftId).catch(() => undefined);
    return () => {
      live = false;
    };
  }, [store, draftId, generation]);

  if (record === null) {
    return <LoadingScreen onHome={onHome} />;
  }
  if (record === 'missing' || 'error' in record) {
    return (
      <div className="screen">
        <AppBar onHome={onHome} />
        <div className="notice-page" role="alert">
          <p>{record === 'missing' ? t('editor.missing') : t('storage.readFailed', { detail: String(record.error) })}</p>
          <button type="button" className="button primary" onClick={onHome}>
            {t('app.home')}
          </button>
        </div>
      </div>
    );
  }
  return <EditorForm key={`${record.id}:${generation}`} {...props} record={record} onReload={() => setGeneration((g) => g + 1)} />;
}

function EditorForm({ store, record, memoryOnly, onHome, onOpenDraft, onReload }: EditorProps & { record: DraftRecord; onReload(): void }) {
  const { t } = useTranslation();
  const form = useForm<DocumentInput, unknown, Document>({
    resolver: zodResolver(documentSchema),
    // A version-1 draft's **markup** becomes marks, so that the body editor shows what prints.
    defaultValues: upgradeDocumentInput(record.document),
    mode: 'onTouched',
    reValidateMode: 'onChange',
  });
  const [notice, setNotice] = useState<Notice | null>(null);
  const [templateDialog, setTemplateDialog] = useState(false);
  const title = record.title;
  const [find, setFind] = useState<FindRequest | null>(null);
  const lastField = useRef<HTMLElement | null>(null);
  // After undo or redo the cursor goes where the text changed. It is put there by an effect of the
  // render that shows the restored value (this component's effects run after the body editor's),
  // never by a timer: a key typed right after Ctrl+Z must land where the cursor then is.
  // Each restore is a new object, so the same place twice still runs the effect.
  const [restored, setRestored] = useState<{ path: string; offset: number | undefined } | null>(null);
  useEffect(() => {
    if (restored) revealPath(restored.path, { from: restored.offset });
  }, [restored]);
  const history = useDraftHistory(form, {
    onRestored: (path, offset) => {
      if (path) setRestored({ path, offset });
    },
    // A dialog's inputs and the find bar's keep the browser's own undo.
    scope: (target) => !(target instanceof Element) || !target.closest('dialog, [data-own-undo]'),
  });
  // Preview first, then autosave: the order in which they follow the form.
  const derived = useDerived(form, record.document);
  const autosave = useAutosave(store, record, form);
  const { setStorageError } = autosave;
  const { busy, download, downloadJson, validDocument } = useDownloads(form, title, setNotice);

  const displayTitle = draftDisplayTitle(title, form.getValues(), t);

  // The error boundary can always hand the draft out.
  useEffect(() => {
    setRecoverySource(() => ({ document: form.getValues(), fileName: jsonFileName(form.getValues(), title) }));
    return () => setRecoverySource(undefined);
  }, [form, title]);

  useEditorShortcuts(setFind, autosave.save);
  const [editingPath, setEditingPath] = useEditingPath();

  const closeFind = () => {
    setFind(null);
    lastField.current?.focus();
  };

  /** The form's draft as a new draft (after a conflict, or when this one was deleted elsewhere). */
  const saveAsNewDraft = async (newTitle: string) => {
    try {
      const copy = await store.createDraft({ title: newTitle, document: form.getValues() });
      onOpenDraft(copy.id);
    } catch (error) {
      setStorageError(error);
    }
  };

  return (
    <div className="screen editor">
      <AppBar onHome={onHome}>
        <EditorToolbar
          displayTitle={displayTitle}
          saveState={autosave.saveState}
          memoryOnly={memoryOnly}
          history={history}
          findOpen={find !== null}
          onOpenFind={() => setFind((f) => ({ replace: true, token: (f?.token ?? 0) + 1 }))}
          onSaveTemplate={() => setTemplateDialog(true)}
          onDownloadJson={downloadJson}
          busy={busy}
          onDownload={(format) => void download(format)}
        />
      </AppBar>

      <EditorBanners
        autosave={autosave}
        memoryOnly={memoryOnly}
        notice={notice}
        onDismissNotice={() => setNotice(null)}
        onDownloadJson={downloadJson}
        onReload={onReload}
        onSaveMineAsNew={() => void saveAsNewDraft(t('conflict.copyTitle', { title: displayTitle }))}
        onRecreate={() => void saveAsNewDraft(title)}
      />

      <main className="editor-main">
        <div className="form-pane" role="region" aria-label={t('editor.formLabel')}>
          {find ? <FindBar replace={find.replace} focusToken={find.token} getValues={form.getValues} revision={derived} onApply={history.apply} onClose={closeFind} /> : null}
          <FindingsPanel findings={derived.findings} schemaIssues={derived.schemaIssues} />
          <FormProvider {...form}>
            <form
              className="doc-form"
              noValidate
              onSubmit={(e) => e.preventDefault()}
              aria-label={t('editor.formLabel')}
              // A paste is an undo step of its own; leaving a field ends its run of typing.
              onPasteCapture={history.separateNext}
              onKeyDownCapture={(e) => guardArrowKeys(e)}
              onBlur={history.seal}
              onFocus={(e) => {
                const el = e.target;
                lastField.current = el;
                // Inside the rich body editor the block comes from its own event.
                if (el.isContentEditable) return;
                const path = pathOfElement(el);
                if (path) setEditingPath(path);
              }}
            >
              <StandardSection />
              <HeaderSection />
              <TitleSection />
              <AddresseesSection />
              <RichBodyEditor
                name="body"
                onImportDocument={(text) => {
                  // A whole document pasted into the body: the import reads it into a new draft.
                  void loadImport()
                    .then(async ({ importText }) => {
                      const draft = await store.createDraft({ title: '', document: importText(text).document });
                      onOpenDraft(draft.id);
                    })
                    .catch((e: unknown) => setNotice({ kind: 'error', text: e instanceof ModuleMissingError ? t('import.unavailable') : String(e) }));
                }}
              />
              <RecipientsSection />
              <SignatureSection />
              <AppendicesSection />
            </form>
          </FormProvider>
        </div>
        <PreviewPane
          layout={derived.layout}
          stale={derived.stale}
          error={derived.previewError}
          editingPath={editingPath}
          onPick={(source) => {
            revealPath(primaryPath(source, form.getValues()));
            setEditingPath(source);
          }}
        />
      </main>

      {templateDialog ? (
        <TemplateDialog
          defaultTitle={displayTitle}
          onCancel={() => setTemplateDialog(false)}
          onSave={async (tplTitle, description) => {
            const parsed = documentSchema.safeParse(form.getValues());
            if (!parsed.success) {
              setTemplateDialog(false);
              await validDocument();
              setNotice({ kind: 'error', text: t('template.invalid') });
              return;
            }
            try {
              await store.saveTemplate({ title: tplTitle, description, document: form.getValues() });
              setTemplateDialog(false);
              setNotice({ kind: 'info', text: t('template.saved', { title: tplTitle }) });
            } catch (error) {
              setTemplateDialog(false);
              setStorageError(error);
            }
          }}
        />
      ) : null}
    </div>
  );
}
