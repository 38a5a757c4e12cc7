// The start screen: a new document from a template, a draft to continue, an existing document to
// import, a .json file to open.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { KIND_IDS, type Document, type DocumentInput, type KindId } from '../model';
import { KINDS } from '../standards';
import { draftToJson, readImportFile, safeFileName, templateToJson, type DraftRecord, type DraftStore, type ImportFileResult, type UserTemplateRecord } from '../store';
import { AppBar } from './AppBar';
import { saveText } from './download';
import { draftDisplayTitle } from './draftTitle';
import { DropZone } from './DropZone';
import { errorText } from './fieldErrors';
import { ImportPanel } from './ImportPanel';
import { builtinTemplates, samples, startingDocument, type TemplateChoice } from './templateSource';

interface Props {
  store: DraftStore;
  memoryOnly: boolean;
  onOpenDraft(id: string): void;
  /** Creates a draft from a document and opens it. */
  onCreate(document: DocumentInput, title: string): Promise<void>;
}

function kindOf(doc: DocumentInput): KindId | undefined {
  return (KIND_IDS as readonly string[]).includes(doc.kind) ? doc.kind : undefined;
}

export function StartScreen({ store, memoryOnly, onOpenDraft, onCreate }: Props) {
  const { t, i18n } = useTranslation();
  const [drafts, setDrafts] = useState<DraftRecord[] | null>(null);
  const [userTemplates, setUserTemplates] = useState<UserTemplateRecord[]>([]);
  const [message, setMessage] = useState<{ kind: 'info' | 'error'; text: string; details?: string[] } | null>(null);

  const reload = useCallback(async () => {
    try {
      const [d, tpl] = await Promise.all([store.listDrafts(), store.listTemplates()]);
      setDrafts(d);
      setUserTemplates(tpl);
    } catch (e) {
      setDrafts([]);
      setMessage({ kind: 'error', text: t('storage.readFailed', { detail: e instanceof Error ? e.message : String(e) }) });
    }
  }, [store, t]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const act = async (work: () => Promise<unknown>) => {
    try {
      await work();
    } catch (e) {
      setMessage({ kind: 'error', text: t('storage.saveFailed', { detail: e instanceof Error ? e.message : String(e) }) });
    }
    await reload();
  };

  const importJson = async (file: File) => {
    setMessage(null);
    let result: ImportFileResult;
    try {
      result = await readImportFile(file);
    } catch (e) {
      setMessage({ kind: 'error', text: t('jsonImport.unreadable', { detail: e instanceof Error ? e.message : String(e) }) });
      return;
    }
    if (!result.ok) {
      switch (result.error) {
        case 'tooLarge':
          setMessage({ kind: 'error', text: t('jsonImport.tooLarge', { size: (result.bytes / 1024 / 1024).toFixed(1) }) });
          return;
        case 'notJson':
          setMessage({ kind: 'error', text: t('jsonImport.notJson'), details: [result.detail] });
          return;
        case 'forbiddenKey':
          setMessage({ kind: 'error', text: t('jsonImport.forbiddenKey', { key: result.key }) });
          return;
        case 'wrongShape':
          setMessage({
            kind: 'error',
            text: t('jsonImport.wrongShape'),
            details: result.issues.map((i) => `${i.path}: ${errorText({ message: i.message }, t)}`),
          });
          return;
      }
    }
    if (result.kind === 'template') {
      const tpl = result.template;
      await act(() => store.saveTemplate({ title: tpl.title, description: tpl.description, document: tpl.document }));
      setMessage({ kind: 'info', text: t('jsonImport.templateAdded', { title: tpl.title }) });
      return;
    }
    await onCreate(result.document, '');
  };

  const dateFormat = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'vi-VN', { dateStyle: 'short', timeStyle: 'short' });
  const builtins = builtinTemplates();
  const sampleList = samples();

  return (
    <div className="screen start">
      <AppBar />
      <main className="start-main">
        {memoryOnly ? (
          <div className="banner warn" role="alert">
            <p>{t('storage.unavailable')}</p>
          </div>
        ) : null}
        {message ? (
          <div className={`banner ${message.kind === 'error' ? 'warn' : 'info'}`} role={message.kind === 'error' ? 'alert' : 'status'} data-testid="start-message">
            <div>
              <p>{message.text}</p>
              {message.details?.length ? (
                <ul className="details">
                  {message.details.map((d, i) => (
                    <li key={i}>{d}</li>
                  ))}
                </ul>
              ) : null}
            </div>
            <button type="button" className="button small ghost" onClick={() => setMessage(null)}>
              {t('app.dismiss')}
            </button>
          </div>
        ) : null}

        <div className="start-grid">
          <div className="start-col">
            <section className="card-section" aria-labelledby="new-title">
              <h1 id="new-title">{t('start.newTitle')}</h1>
              <p className="muted">{t('start.newHint')}</p>
              {(['party', 'state'] as const).map((family) => {
                const list = builtins.filter((c) => c.document.standard.family === family);
                if (list.length === 0) return null;
                return (
                  <div key={family} className="template-group">
                    <h2>{t(`start.family.${family}`)}</h2>
                    <ul className="template-list">
                      {list.map((c) => (
                        <li key={c.id}>
                          <TemplateCard choice={c} title={c.title} onUse={() => void onCreate(startingDocument(c), '')} />
                        </li>
                      ))}
                    </ul>
                  </div>
                );
              })}
              {sampleList.length > 0 ? (
                <div className="template-group">
                  <h2>{t('start.samples')}</h2>
                  <ul className="template-list">
                    {sampleList.map((c) => (
                      <li key={c.id}>
                        <TemplateCard choice={c} title={c.title} onUse={() => void onCreate(startingDocument(c), c.title)} />
                      </li>
                    ))}
                  </ul>
                </div>
              ) : null}
              <div className="template-group">
                <h2>{t('start.userTemplates')}</h2>
                {userTemplates.length === 0 ? <p className="muted">{t('start.noUserTemplates')}</p> : null}
                <ul className="template-list">
                  {userTemplates.map((u) => (
                    <li key={u.id}>
                      <TemplateCard
                        choice={{ id: u.id, title: u.title, description: u.description, document: u.document, source: 'user' }}
                        title={u.title}
                        onUse={() => void onCreate(startingDocument({ id: u.id, title: u.title, document: u.document, source: 'user' }), '')}
                        extra={
                          <div className="card-actions">
                            <button type="button" className="link-button" onClick={() => saveText(templateToJson(u), `${safeFileName(u.id)}.json`)}>
                              {t('start.exportJson')}
                            </button>
                            <button
                              type="button"
                              className="link-button danger"
                              onClick={() => {
                                if (window.confirm(t('start.confirmDeleteTemplate', { title: u.title }))) void act(() => store.deleteTemplate(u.id));
                              }}
                            >
                              {t('start.delete')}
                            </button>
                          </div>
                        }
                      />
                    </li>
                  ))}
                </ul>
              </div>
            </section>
          </div>

          <div className="start-col">
            <section className="card-section" aria-labelledby="drafts-title">
              <h2 id="drafts-title">{t('start.draftsTitle')}</h2>
              {drafts === null ? <p className="muted">{t('app.loading')}</p> : drafts.length === 0 ? <p className="muted">{t('start.noDrafts')}</p> : null}
              <ul className="draft-list" data-testid="draft-list">
                {(drafts ?? []).map((d) => (
                  <DraftRow
                    key={d.id}
                    draft={d}
                    updated={dateFormat.format(d.updatedAt)}
                    onOpen={() => onOpenDraft(d.id)}
                    onRename={(title) => act(() => store.renameDraft(d.id, title))}
                    onDuplicate={() => act(() => store.duplicateDraft(d.id, (title) => t('drafts.copyOf', { title: draftDisplayTitle(title, d.document, t) })))}
                    onDelete={() => {
                      if (window.confirm(t('drafts.confirmDelete', { title: draftDisplayTitle(d.title, d.document, t) }))) void act(() => store.deleteDraft(d.id));
                    }}
                    onExport={() => saveText(draftToJson(d.document), `${safeFileName(draftDisplayTitle(d.title, d.document, t))}.json`)}
                  />
                ))}
              </ul>
            </section>

            <section className="card-section" aria-labelledby="import-title">
              <h2 id="import-title">{t('import.title')}</h2>
              <p className="muted">{t('import.hint')}</p>
              <ImportPanel onOpen={(doc: Document) => void onCreate(doc, '')} />
            </section>

            <section className="card-section" aria-labelledby="json-title">
              <h2 id="json-title">{t('jsonImport.title')}</h2>
              <DropZone accept=".json,application/json" buttonLabel={t('jsonImport.choose')} onFile={(f) => void importJson(f)} testId="import-json">
                {t('jsonImport.hint')}
              </DropZone>
            </section>
          </div>
        </div>
      </main>
    </div>
  );
}

function TemplateCard({ choice, title, onUse, extra }: { choice: TemplateChoice; title: string; onUse(): void; extra?: React.ReactNode }) {
  const { t } = useTranslation();
  const kind = kindOf(choice.document);
  return (
    <div className="template-card" data-template-id={choice.id} data-template-kind={choice.document.kind} data-template-family={choice.document.standard.family} data-template-source={choice.source}>
      <button type="button" className="template-use" onClick={onUse}>
        <span className="template-kind">{kind ? t(`kinds.${kind}`, { defaultValue: KINDS[kind].label }) : choice.document.kind}</span>
        <span className="template-title">{title}</span>
        {choice.description ? <span className="template-description">{choice.description}</span> : null}
      </button>
      {extra}
    </div>
  );
}

interface DraftRowProps {
  draft: DraftRecord;
  updated: string;
  onOpen(): void;
  onRename(title: string): Promise<void>;
  onDuplicate(): void;
  onDelete(): void;
  onExport(): void;
}

function DraftRow({ draft, updated, onOpen, onRename, onDuplicate, onDelete, onExport }: DraftRowProps) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const title = draftDisplayTitle(draft.title, draft.document, t);
  const [value, setValue] = useState(title);
  const inputRef = useRef<HTMLInputElement>(null);
  const renameButton = useRef<HTMLButtonElement>(null);
  const kind = kindOf(draft.document);

  useEffect(() => {
    if (editing) inputRef.current?.select();
  }, [editing]);

  const finish = async (commit: boolean) => {
    if (commit && value.trim() && value.trim() !== title) await onRename(value.trim());
    setEditing(false);
    requestAnimationFrame(() => renameButton.current?.focus());
  };

  return (
    <li className="draft-row" data-draft-id={draft.id}>
      {editing ? (
        <form
          className="rename-form"
          onSubmit={(e) => {
            e.preventDefault();
            void finish(true);
          }}
        >
          <label htmlFor={`rename-${draft.id}`} className="visually-hidden">
            {t('drafts.newName')}
          </label>
          <input
            id={`rename-${draft.id}`}
            ref={inputRef}
            value={value}
            onChange={(e) => setValue(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape') {
                e.preventDefault();
                void finish(false);
              }
            }}
          />
          <button type="submit" className="button small primary">
            {t('app.save')}
          </button>
          <button type="button" className="button small ghost" onClick={() => void finish(false)}>
            {t('app.cancel')}
          </button>
        </form>
      ) : (
        <button type="button" className="draft-open" onClick={onOpen}>
          <span className="draft-title">{title}</span>
          <span className="draft-meta">
            {kind ? t(`kinds.${kind}`, { defaultValue: KINDS[kind].label }) : ''} · {t(`standard.${draft.document.standard?.family === 'party' ? 'party' : 'state'}`)} · {t('drafts.updated', { when: updated })}
          </span>
        </button>
      )}
      {!editing ? (
        <div className="draft-actions">
          <button
            type="button"
            ref={renameButton}
            className="link-button"
            onClick={() => {
              setValue(title);
              setEditing(true);
            }}
            aria-label={t('drafts.renameLabel', { title })}
          >
            {t('drafts.rename')}
          </button>
          <button type="button" className="link-button" onClick={onDuplicate} aria-label={t('drafts.duplicateLabel', { title })}>
            {t('drafts.duplicate')}
          </button>
          <button type="button" className="link-button" onClick={onExport} aria-label={t('drafts.exportLabel', { title })}>
            {t('drafts.export')}
          </button>
          <button type="button" className="link-button danger" onClick={onDelete} aria-label={t('drafts.deleteLabel', { title })}>
            {t('drafts.delete')}
          </button>
        </div>
      ) : null}
    </li>
  );
}
