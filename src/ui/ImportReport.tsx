// What the import summary says beyond "recognised": each required part it did not find (a
// button opens the draft at that field), the lines it could not place (they are in the body),
// and the leftovers — a digital signature's stamp, page numbers, a portal's footer — that are
// not in the body unless the user ticks them.
import { useTranslation } from 'react-i18next';
import type { ImportResult } from './modules';
import { pathLabel } from './pathLabel';
import { elementForPath, focusPath } from './editor/paths';

type MissingPart = ImportResult['missing'][number];

/** How long to wait for the editor to mount its fields after the draft opens. */
const FOCUS_TRIES = 40;
const FOCUS_EVERY_MS = 100;

/**
 * Focuses the field that edits `path` once the editor shows it: the draft opens in a lazily
 * loaded screen, so the field appears a moment after the click.
 */
export function focusWhenReady(path: string, tries = FOCUS_TRIES): void {
  if (typeof document === 'undefined') return;
  if (elementForPath(path)) {
    focusPath(path);
    return;
  }
  if (tries > 0) setTimeout(() => focusWhenReady(path, tries - 1), FOCUS_EVERY_MS);
}

export function ImportMissing({ missing, onOpenAt }: { missing: readonly MissingPart[]; onOpenAt(path: string): void }) {
  const { t } = useTranslation();
  if (missing.length === 0) return null;
  return (
    <>
      <p>{t('import.missingTitle')}</p>
      <ul className="recognised missing" data-testid="import-missing">
        {missing.map((m) => (
          <li key={m.part} data-part={m.part}>
            <span aria-hidden="true">✗ </span>
            {t(`import.missing.${m.part}`, { defaultValue: t('import.missingGeneric', { part: pathLabel(m.path, t) }) })}{' '}
            <button type="button" className="link-button" onClick={() => onOpenAt(m.path)}>
              {t('import.fillMissing')}
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}

export function ImportUnplaced({ lines }: { lines: readonly string[] }) {
  const { t } = useTranslation();
  if (lines.length === 0) return null;
  return (
    <details className="import-unplaced" data-testid="import-unplaced">
      <summary>{t('import.unrecognisedLines', { n: lines.length })}</summary>
      <ul>
        {lines.map((l, i) => (
          <li key={i} className="mono">
            {l}
          </li>
        ))}
      </ul>
    </details>
  );
}

/** `chosen` holds the indices of the leftovers the user wants in the body. */
export function ImportLeftovers({ leftovers, chosen, onChange }: { leftovers: readonly string[]; chosen: ReadonlySet<number>; onChange(next: Set<number>): void }) {
  const { t } = useTranslation();
  if (leftovers.length === 0) return null;
  const toggle = (i: number, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(i);
    else next.delete(i);
    onChange(next);
  };
  return (
    <fieldset className="import-leftovers" data-testid="import-leftovers">
      <legend>{t('import.leftoversTitle', { n: leftovers.length })}</legend>
      <p className="muted">{t('import.leftoversHint')}</p>
      <ul>
        {leftovers.map((l, i) => (
          <li key={i}>
            <label>
              <input type="checkbox" checked={chosen.has(i)} onChange={(e) => toggle(i, e.target.checked)} /> <span className="mono">{l}</span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
