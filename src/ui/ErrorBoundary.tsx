// The last line of defence: whatever breaks, the screen is never blank and the draft being edited
// can be taken away as a .json file.
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { i18n } from '../i18n';
import type { DocumentInput } from '../model';
import { draftToJson } from '../store/files';
import { saveText } from './download';
import { recoverableDraft } from './recovery';

interface State {
  error: Error | null;
  draft: { document: DocumentInput; fileName: string } | undefined;
}

export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null, draft: undefined };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    // Taken now, while the editor that broke still holds its values.
    return { error: error instanceof Error ? error : new Error(String(error)), draft: recoverableDraft() };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Vanban crashed', error, info.componentStack);
  }

  override render(): ReactNode {
    const { error, draft } = this.state;
    if (!error) return this.props.children;
    const t = i18n.t.bind(i18n);
    return (
      <div className="crash" role="alert">
        <h1>{t('crash.title')}</h1>
        <p>{draft ? t('crash.textWithDraft') : t('crash.text')}</p>
        <div className="crash-actions">
          {draft ? (
            <button type="button" className="button primary" onClick={() => saveText(draftToJson(draft.document), draft.fileName)} data-testid="crash-download">
              {t('crash.download')}
            </button>
          ) : null}
          <button type="button" className="button" onClick={() => this.setState({ error: null, draft: undefined })}>
            {t('crash.retry')}
          </button>
          <button type="button" className="button ghost" onClick={() => location.reload()}>
            {t('crash.reload')}
          </button>
        </div>
        <details>
          <summary>{t('crash.details')}</summary>
          <pre>{error.stack ?? error.message}</pre>
        </details>
      </div>
    );
  }
}
