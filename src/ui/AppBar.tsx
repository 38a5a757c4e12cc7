// The bar at the top of every screen: the app's name, the screen's own actions, the language switch.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage, setLanguage } from '../i18n';

export function AppBar({ children, onHome }: { children?: ReactNode; onHome?: () => void }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const other = lang === 'vi' ? 'en' : 'vi';
  return (
    <header className="app-bar">
      {onHome ? (
        <button type="button" className="brand brand-button" onClick={onHome} title={t('app.home')}>
          <span className="brand-mark" aria-hidden="true">
            V
          </span>
          <span className="brand-name">{t('app.name')}</span>
          <span className="visually-hidden">— {t('app.home')}</span>
        </button>
      ) : (
        <span className="brand">
          <span className="brand-mark" aria-hidden="true">
            V
          </span>
          <span className="brand-name">{t('app.name')}</span>
        </span>
      )}
      <div className="app-bar-content">{children}</div>
      <button type="button" className="button ghost lang-switch" lang={other} onClick={() => void setLanguage(other)} title={t('app.switchLanguageLabel')} data-testid="language-switch">
        {t('app.switchLanguage')}
      </button>
    </header>
  );
}

/** A screen still loading its data (the store, a draft, the editor's code). */
export function LoadingScreen({ onHome }: { onHome?: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="screen">
      <AppBar onHome={onHome} />
      <p className="loading" role="status">
        {t('app.loading')}
      </p>
    </div>
  );
}
