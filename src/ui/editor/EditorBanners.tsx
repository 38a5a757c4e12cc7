// The banners under the top bar: storage trouble, a conflict with another tab (or just its presence),
// a draft deleted elsewhere, and the last download's or action's notice.
import { useTranslation } from 'react-i18next';
import type { Autosave } from './useAutosave';
import type { Notice } from './useDownloads';

export interface EditorBannersProps {
  autosave: Autosave;
  memoryOnly: boolean;
  notice: Notice | null;
  onDismissNotice(): void;
  onDownloadJson(): void;
  onReload(): void;
  onSaveMineAsNew(): void;
  onRecreate(): void;
}

export function EditorBanners({ autosave, memoryOnly, notice, onDismissNotice, onDownloadJson, onReload, onSaveMineAsNew, onRecreate }: EditorBannersProps) {
  const { t } = useTranslation();
  const { storageError, saveState, conflict, otherTab } = autosave;
  return (
    <div className="banners" aria-live="polite">
      {storageError !== null || (memoryOnly && saveState !== 'saved') ? (
        <div className="banner warn" role="alert">
          <p>{t('storage.saveFailed', { detail: storageError instanceof Error ? storageError.message : storageError ? String(storageError) : '' })}</p>
          <button type="button" className="button small" onClick={onDownloadJson}>
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
            <button type="button" className="button small" onClick={autosave.keepMine}>
              {t('conflict.keepMine')}
            </button>
            <button type="button" className="button small" onClick={onSaveMineAsNew}>
              {t('conflict.saveAsNew')}
            </button>
          </div>
        </div>
      ) : otherTab ? (
        <div className="banner info" role="status" data-testid="other-tab-banner">
          <p>{t('conflict.otherTab')}</p>
          <button type="button" className="button small ghost" onClick={autosave.dismissOtherTab}>
            {t('app.dismiss')}
          </button>
        </div>
      ) : null}
      {saveState === 'missing' ? (
        <div className="banner warn" role="alert">
          <p>{t('editor.deletedElsewhere')}</p>
          <button type="button" className="button small" onClick={onRecreate}>
            {t('editor.recreate')}
          </button>
        </div>
      ) : null}
      {notice ? (
        <div className={`banner ${notice.kind === 'error' ? 'warn' : 'info'}`} role={notice.kind === 'error' ? 'alert' : 'status'} data-testid="notice">
          <p>{notice.text}</p>
          <button type="button" className="button small ghost" onClick={onDismissNotice}>
            {t('app.dismiss')}
          </button>
        </div>
      ) : null}
    </div>
  );
}
