// The editor's part of the top bar: the draft's name and save status, then undo, redo, find, save as
// template and the downloads.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { DraftHistory } from '../history/useDraftHistory';
import type { SaveState } from './useAutosave';

export interface EditorToolbarProps {
  displayTitle: string;
  saveState: SaveState;
  memoryOnly: boolean;
  history: DraftHistory;
  findOpen: boolean;
  onOpenFind(): void;
  onSaveTemplate(): void;
  onDownloadJson(): void;
  busy: null | 'docx' | 'pdf';
  onDownload(format: 'docx' | 'pdf'): void;
}

export function EditorToolbar({ displayTitle, saveState, memoryOnly, history, findOpen, onOpenFind, onSaveTemplate, onDownloadJson, busy, onDownload }: EditorToolbarProps) {
  const { t } = useTranslation();
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
    <>
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
          <button type="button" className="button ghost" onClick={onOpenFind} aria-keyshortcuts="Control+F Control+H" title={t('find.openHint')} aria-expanded={findOpen} data-testid="open-find">
            {t('find.open')}
          </button>
        </div>
        <button type="button" className="button ghost" onClick={onSaveTemplate} data-testid="save-template">
          {t('editor.saveAsTemplate')}
        </button>
        <button type="button" className="button ghost" onClick={onDownloadJson}>
          {t('editor.downloadJson')}
        </button>
        <button type="button" className="button" onClick={() => onDownload('docx')} disabled={busy !== null} aria-busy={busy === 'docx'} data-testid="download-docx">
          {busy === 'docx' ? t('download.working') : t('editor.downloadDocx')}
        </button>
        <button type="button" className="button primary" onClick={() => onDownload('pdf')} disabled={busy !== null} aria-busy={busy === 'pdf'} data-testid="download-pdf">
          {busy === 'pdf' ? t('download.working') : t('editor.downloadPdf')}
        </button>
      </div>
    </>
  );
}
