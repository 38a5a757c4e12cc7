// The editor: the form in document order on the left, the live preview on the right, the findings
// above the form. Drafts autosave as the user types; another tab editing the same draft is noticed
// (BroadcastChannel and the store's revision check) and never silently overwritten.
import { zodResolver } from '@hookform/resolvers/zod';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { compose, type Layout } from '../../compose';
import { documentSchema, upgradeDocumentInput, type Document, type DocumentInput } from '../../model';
import { fileBaseName, headingLabels, profileFor } from '../../standards';
import { draftToJson, safeFileName, TabPresence, type DraftRecord, type DraftStore } from '../../store';
import { AppBar, LoadingScreen } from '../AppBar';
import { todayIso } from '../dates';
import { DOCX_MIME, saveBlob, saveText } from '../download';
import { draftDisplayTitle } from '../draftTitle';
import { check } from '../../check';
import { loadDocx, loadImport, loadPdf, ModuleMissingError, type Finding } from '../modules';
import { setRecoverySource } from '../recovery';
import { AppendicesSection } from './AppendicesSection';
import { RichBodyEditor, type HeadingLabels } from './rich/RichBodyEditor';
import { FindingsPanel, type SchemaIssue } from './FindingsPanel';
import { focusPath } from './paths';
import { PreviewPane } from './PreviewPane';
import { guardArrowKeys } from './arrowKeys';
import { EDITING_PATH_EVENT, pathOfElement, primaryPath, revealPath } from './reveal';
import { FindBar } from '../find/FindBar';
import { debounce, type Debounced } from './debounce';
import { useDraftHistory } from '../history/useDraftHistory';
import { AddresseesSection, HeaderSection, RecipientsSection, SignatureSection, StandardSection, TitleSection } from './sections';

const PREVIEW_DELAY_MS = 150;
const SAVE_DELAY_MS = 500;
/** Steady typing postpones a debounced task at most this long: the preview and the saved draft keep up. */
const PREVIEW_MAX_WAIT_MS = 600;
const SAVE_MAX_WAIT_MS = 2000;


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

interface Derived {
  layout: Layout | null;
  stale: boolean;
  previewError?: string;
  findings: Finding[] | null;
  schemaIssues: SchemaIssue[];
  /** Printed heading labels of each list of blocks, by its path ("body", "appendices.0.body"). */
  labels: HeadingLabels;
}

type SaveState = 'saved' | 'pending' | 'saving' | 'error' | 'conflict' | 'missing';

/** Each body numbers its headings on its own: an appendix starts its numbering again, as compose does. */
function bodyLabels(values: DocumentInput): HeadingLabels {
  const profile = profileFor({ standard: values.standard, date: typeof values.date === 'string' ? values.date : '' });
  const blocksOf = (v: unknown) => (Array.isArray(v) ? (v as { type: string; level?: number }[]) : []);
  const labels: HeadingLabels = { body: headingLabels(blocksOf(values.body), profile) };
  (Array.isArray(values.appendices) ? values.appendices : []).forEach((a, i) => {
    labels[`appendices.${i}.body`] = headingLabels(blocksOf(a?.body), profile);
  });
  return labels;
}

function derive(values: DocumentInput, previous: Derived | null): Derived {
  let labels: HeadingLabels;
  try {
    labels = bodyLabels(values);
  } catch {
    labels = previous?.labels ?? { body: [] };
  }
  const parsed = documentSchema.safeParse(values);
  if (!parsed.success) {
    return {
      layout: previous?.layout ?? null,
      stale: true,
      findings: [],
      schemaIssues: parsed.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message, code: i.code })),
      labels,
    };
  }
  const doc = parsed.data;
  let layout: Layout | null = previous?.layout ?? null;
  let previewError: string | undefined;
  try {
    layout = compose(doc);
  } catch (e) {
    previewError = e instanceof Error ? e.message : String(e);
  }
  let findings: Finding[] = [];
  try {
    findings = check(doc, { today: todayIso() });
  } catch {
    // A failing rule must not take the editor down; the document itself is fine.
  }
  return { layout, stale: previewError !== undefined, previewError, findings, schemaIssues: [], labels };
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
  const [derived, setDerived] = useState<Derived>(() => derive(record.document, null));
  const [saveState, setSaveState] = useState<SaveState>('saved');
  const [storageError, setStorageError] = useState<unknown>(null);
  const [conflict, setConflict] = useState<DraftRecord | null>(null);
  const [otherTab, setOtherTab] = useState(false);
  const [busy, setBusy] = useState<null | 'docx' | 'pdf'>(null);
  const [notice, setNotice] = useState<{ kind: 'info' | 'error'; text: string } | null>(null);
  const [templateDialog, setTemplateDialog] = useState(false);
  const title = record.title;

  const revision = useRef(record.revision);
  const saving = useRef(false);
  const saveAgain = useRef(false);
  const conflictRef = useRef<DraftRecord | null>(null);
  conflictRef.current = conflict;
  const previewTimer = useRef<Debounced>({});
  const saveTimer = useRef<Debounced>({});
  const presence = useRef<TabPresence | null>(null);
  // The part of the draft being edited, outlined in the preview.
  const [editingPath, setEditingPath] = useState<string | undefined>(undefined);
  const [find, setFind] = useState<{ replace: boolean; token: number } | null>(null);
  const lastField = useRef<HTMLElement | null>(null);
  const history = useDraftHistory(form, {
    // After undo or redo the cursor goes where the text changed, once the form has re-rendered.
    onRestored: (path, offset) => {
      if (path) setTimeout(() => revealPath(path, { from: offset }), 0);
    },
    // A dialog's inputs and the find bar's keep the browser's own undo.
    scope: (target) => !(target instanceof Element) || !target.closest('dialog, [data-own-undo]'),
  });

  const displayTitle = draftDisplayTitle(title, form.getValues(), t);

  const save = useCallback(
    async (force = false): Promise<void> => {
      clearTimeout(saveTimer.current.timer);
      saveTimer.current.since = undefined;
      if (conflictRef.current && !force) return;
      if (saving.current) {
        saveAgain.current = true;
        return;
      }
      saving.current = true;
      setSaveState('saving');
      try {
        const result = await store.saveDraft(record.id, form.getValues(), revision.current, { force });
        if (result.ok) {
          revision.current = result.revision;
          presence.current?.saved(record.id, result.revision);
          setStorageError(null);
          setSaveState('saved');
        } else if (result.reason === 'conflict') {
          setConflict(result.current);
          setSaveState('conflict');
        } else {
          setSaveState('missing');
        }
      } catch (error) {
        // Quota, a closed database, a private mode: keep the draft in the form and say so.
        setStorageError(error);
        setSaveState('error');
      } finally {
        saving.current = false;
        if (saveAgain.current) {
          saveAgain.current = false;
          void save();
        }
      }
    },
    [store, record.id, form],
  );

  // Other tabs with this draft.
  useEffect(() => {
    const p = new TabPresence({
      onOtherTabOpen: () => setOtherTab(true),
      onOtherTabSaved: (_id, rev) => {
        if (rev <= revision.current) return;
        store
          .getDraft(record.id)
          .then((current) => {
            if (current && current.revision !== revision.current) {
              setConflict(current);
              setSaveState('conflict');
            }
          })
          .catch(() => undefined);
      },
    });
    presence.current = p;
    p.setDraft(record.id);
    return () => {
      p.close();
      presence.current = null;
    };
  }, [store, record.id]);

  // Preview, findings and autosave follow the form.
  useEffect(() => {
    const subscription = form.watch(() => {
      debounce(previewTimer.current, PREVIEW_DELAY_MS, PREVIEW_MAX_WAIT_MS, () => setDerived((prev) => derive(form.getValues(), prev)));
      if (conflictRef.current) return;
      setSaveState('pending');
      debounce(saveTimer.current, SAVE_DELAY_MS, SAVE_MAX_WAIT_MS, () => void save());
    });
    return () => {
      subscription.unsubscribe();
      clearTimeout(previewTimer.current.timer);
    };
  }, [form, save]);

  // A draft that does not parse shows its errors at once, on the fields.
  useEffect(() => {
    if (!documentSchema.safeParse(record.document).success) void form.trigger();
  }, [form, record.document]);

  // Leaving the page (close, reload, switch away): write what is pending now.
  useEffect(() => {
    const flush = () => {
      if (saveTimer.current.timer !== undefined && !conflictRef.current) void save();
    };
    const onVisibility = () => document.visibilityState === 'hidden' && flush();
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
      // Unmounting (going home) also saves what is pending.
      flush();
    };
  }, [save]);

  // The error boundary can always hand the draft out.
  useEffect(() => {
    setRecoverySource(() => ({ document: form.getValues(), fileName: jsonFileName(form.getValues(), title) }));
    return () => setRecoverySource(undefined);
  }, [form, title]);

  // Ctrl+F in the editor and Ctrl+H open the find bar over the whole draft.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || e.shiftKey) return;
      const key = e.key.toLowerCase();
      if (key !== 'f' && key !== 'h') return;
      const target = e.target instanceof Element ? e.target : null;
      if (target?.closest('dialog')) return;
      // Outside the editor's panes (nothing focused) Ctrl+F stays the browser's.
      if (key === 'f' && !target?.closest('.editor-main, .app-bar')) return;
      e.preventDefault();
      setFind((f) => ({ replace: key === 'h' || !!f?.replace, token: (f?.token ?? 0) + 1 }));
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  // The rich body editor says which block its cursor is in.
  useEffect(() => {
    const onEditing = (e: Event) => {
      const path = (e as CustomEvent<{ path?: unknown }>).detail?.path;
      if (typeof path === 'string') setEditingPath(path);
    };
    window.addEventListener(EDITING_PATH_EVENT, onEditing);
    return () => window.removeEventListener(EDITING_PATH_EVENT, onEditing);
  }, []);

  const closeFind = () => {
    setFind(null);
    lastField.current?.focus();
  };

  // Ctrl+S saves now (and keeps the browser's own "save page" away).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
        e.preventDefault();
        void save();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [save]);

  const downloadJson = () => saveText(draftToJson(form.getValues()), jsonFileName(form.getValues(), title));

  /** The form's value as a Document, or null after showing the errors on the fields. */
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

  const keepMine = () => {
    setConflict(null);
    conflictRef.current = null;
    void save(true);
  };
  const saveMineAsNew = async () => {
    try {
      const copy = await store.createDraft({ title: t('conflict.copyTitle', { title: displayTitle }), document: form.getValues() });
      onOpenDraft(copy.id);
    } catch (error) {
      setStorageError(error);
    }
  };
  const recreateMissing = async () => {
    try {
      const copy = await store.createDraft({ title, document: form.getValues() });
      onOpenDraft(copy.id);
    } catch (error) {
      setStorageError(error);
    }
  };

  const status = useMemo(() => {
    if (memoryOnly) return { text: t('save.memory'), cls: 'warn' };
    switch (saveState) {
      case 'saved':
        return { text: t('save.saved'), cls: 'ok' };
      case 'pending':
      case 'saving':
        return { text: t('save.saving'), cls: '' };
      case 'error':
        return { text: t('save.error'), cls: 'warn' };
      case 'conflict':
        return { text: t('save.conflict'), cls: 'warn' };
      case 'missing':
        return { text: t('save.missing'), cls: 'warn' };
    }
  }, [saveState, memoryOnly, t]);

  return (
    <div className="screen editor">
      <AppBar onHome={onHome}>
        <div className="editor-title">
          {/* The screen's one level-one heading: the draft being edited. */}
          <h1 className="draft-name" title={displayTitle}>
            {displayTitle}
          </h1>
          <span className={`save-status ${status.cls}`} role="status" data-testid="save-status" data-state={saveState}>
            {status.text}
          </span>
        </div>
        <div className="toolbar-actions">
          <div className="toolbar-group" role="group" aria-label={t('history.undo') + ' / ' + t('history.redo')}>
            <button type="button" className="button ghost" onClick={history.undo} disabled={!history.canUndo} aria-keyshortcuts="Control+Z" title={t('history.undoHint')} data-testid="undo">
              <span aria-hidden="true">↶ </span>
              {t('history.undo')}
            </button>
            <button type="button" className="button ghost" onClick={history.redo} disabled={!history.canRedo} aria-keyshortcuts="Control+Y Control+Shift+Z" title={t('history.redoHint')} data-testid="redo">
              <span aria-hidden="true">↷ </span>
              {t('history.redo')}
            </button>
            <button type="button" className="button ghost" onClick={() => setFind((f) => ({ replace: true, token: (f?.token ?? 0) + 1 }))} aria-keyshortcuts="Control+F Control+H" title={t('find.openHint')} aria-expanded={find !== null} data-testid="open-find">
              {t('find.open')}
            </button>
          </div>
          <button type="button" className="button ghost" onClick={() => setTemplateDialog(true)} data-testid="save-template">
            {t('editor.saveAsTemplate')}
          </button>
          <button type="button" className="button ghost" onClick={downloadJson}>
            {t('editor.downloadJson')}
          </button>
          <button type="button" className="button" onClick={() => void download('docx')} disabled={busy !== null} aria-busy={busy === 'docx'} data-testid="download-docx">
            {busy === 'docx' ? t('download.working') : t('editor.downloadDocx')}
          </button>
          <button type="button" className="button primary" onClick={() => void download('pdf')} disabled={busy !== null} aria-busy={busy === 'pdf'} data-testid="download-pdf">
            {busy === 'pdf' ? t('download.working') : t('editor.downloadPdf')}
          </button>
        </div>
      </AppBar>

      <div className="banners" aria-live="polite">
        {storageError !== null || (memoryOnly && saveState !== 'saved') ? (
          <div className="banner warn" role="alert">
            <p>{t('storage.saveFailed', { detail: storageError instanceof Error ? storageError.message : storageError ? String(storageError) : '' })}</p>
            <button type="button" className="button small" onClick={downloadJson}>
              {t('editor.downloadJson')}
            </button>
          </div>
        ) : null}
        {conflict ? (
          <div className="banner warn" role="alert" data-testid="conflict-banner">
            <p>{t('conflict.text')}</p>
            <div className="banner-actions">
              <button type="button" className="button small" onClick={onReload}>
                {t('conflict.loadTheirs')}
              </button>
              <button type="button" className="button small" onClick={keepMine}>
                {t('conflict.keepMine')}
              </button>
              <button type="button" className="button small" onClick={() => void saveMineAsNew()}>
                {t('conflict.saveAsNew')}
              </button>
            </div>
          </div>
        ) : otherTab ? (
          <div className="banner info" role="status" data-testid="other-tab-banner">
            <p>{t('conflict.otherTab')}</p>
            <button type="button" className="button small ghost" onClick={() => setOtherTab(false)}>
              {t('app.dismiss')}
            </button>
          </div>
        ) : null}
        {saveState === 'missing' ? (
          <div className="banner warn" role="alert">
            <p>{t('editor.deletedElsewhere')}</p>
            <button type="button" className="button small" onClick={() => void recreateMissing()}>
              {t('editor.recreate')}
            </button>
          </div>
        ) : null}
        {notice ? (
          <div className={`banner ${notice.kind === 'error' ? 'warn' : 'info'}`} role={notice.kind === 'error' ? 'alert' : 'status'} data-testid="notice">
            <p>{notice.text}</p>
            <button type="button" className="button small ghost" onClick={() => setNotice(null)}>
              {t('app.dismiss')}
            </button>
          </div>
        ) : null}
      </div>

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
                labels={derived.labels.body ?? []}
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
              <AppendicesSection labels={derived.labels} />
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

function jsonFileName(values: DocumentInput, title: string): string {
  try {
    const parsed = documentSchema.safeParse(values);
    if (parsed.success) return `${fileBaseName(parsed.data)}.json`;
  } catch {
    // fall through to the title
  }
  return `${safeFileName(title || 'ban-nhap')}.json`;
}

function TemplateDialog({ defaultTitle, onCancel, onSave }: { defaultTitle: string; onCancel(): void; onSave(title: string, description: string): Promise<void> }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const [name, setName] = useState(defaultTitle);
  const [description, setDescription] = useState('');
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal?.();
  }, []);
  return (
    <dialog ref={ref} className="dialog" aria-labelledby="tpl-dialog-title" onCancel={onCancel}>
      <form
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault();
          if (name.trim()) void onSave(name.trim(), description.trim());
        }}
      >
        <h2 id="tpl-dialog-title">{t('template.dialogTitle')}</h2>
        <p className="field-hint">{t('template.dialogHint')}</p>
        <div className="field">
          <label htmlFor="tpl-title">{t('template.name')}</label>
          <input id="tpl-title" value={name} onChange={(e) => setName(e.target.value)} required autoFocus />
        </div>
        <div className="field">
          <label htmlFor="tpl-description">{t('template.description')}</label>
          <textarea id="tpl-description" rows={2} value={description} onChange={(e) => setDescription(e.target.value)} />
        </div>
        <div className="dialog-actions">
          <button type="button" className="button ghost" onClick={onCancel}>
            {t('app.cancel')}
          </button>
          <button type="submit" className="button primary" disabled={!name.trim()}>
            {t('template.save')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
