// What a Vanban DOCX edited after export says differently from the Document it embeds: shown
// with the import result, so that the drafter sees that the edits made in Word were kept.
import { useTranslation } from 'react-i18next';
import { changeMessage, type ImportChange } from '../import/changes';

export function ImportChanges({ changes }: { changes: readonly ImportChange[] | undefined }) {
  const { t } = useTranslation();
  if (!changes?.length) return null;
  const say = (key: string, params?: Record<string, string | number>): string => t(key, params ?? {});
  return (
    <section className="import-changes" data-testid="import-changes" aria-label={t('importChanges.title')}>
      <p>{t('importChanges.intro')}</p>
      <ul>
        {changes.map((c, i) => (
          <li key={`${c.path}-${c.kind}-${i}`} data-path={c.path} data-kind={c.kind}>
            {changeMessage(c, say)}
          </li>
        ))}
      </ul>
    </section>
  );
}
