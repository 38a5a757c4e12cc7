// The "save as template" dialog: a name (the draft's title to start with) and a short description.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

export function TemplateDialog({ defaultTitle, onCancel, onSave }: { defaultTitle: string; onCancel(): void; onSave(title: string, description: string): Promise<void> }) {
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
