// The find bar over the whole draft (Ctrl+F, Ctrl+H): a count of matches, next and previous
// (the match's field gets the cursor and the match selected), replace one, replace all as one
// undo step. Its two text boxes keep the browser's own undo (data-own-undo).
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentInput } from '../../model';
import { pathLabel } from '../pathLabel';
import { revealPath } from '../editor/reveal';
import { DEFAULT_FIND, findAll, replaceMatches, type FindOptions, type Match } from './findReplace';

interface Props {
  /** Opened with the replace row (Ctrl+H). */
  replace: boolean;
  /** Asks to focus the query again (a second Ctrl+F while open). */
  focusToken: number;
  getValues(): DocumentInput;
  /** Changes with every refresh of the draft (the editor's derived state), so the matches follow it. */
  revision: unknown;
  /** The draft after a replacement, as one undo step. */
  onApply(values: DocumentInput): void;
  onClose(): void;
}

export function FindBar({ replace, focusToken, getValues, revision, onApply, onClose }: Props) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [replacement, setReplacement] = useState('');
  const [options, setOptions] = useState<FindOptions>(DEFAULT_FIND);
  // The match shown; -1 until next or previous shows one.
  const [index, setIndex] = useState(-1);
  const [status, setStatus] = useState('');
  const queryRef = useRef<HTMLInputElement>(null);
  // A replacement made here: count again at once, not at the editor's next refresh.
  const [applied, setApplied] = useState(0);

  useEffect(() => {
    // The bar is sticky at the top of the form: focusing it must not scroll the form away.
    queryRef.current?.focus({ preventScroll: true });
    queryRef.current?.select();
  }, [focusToken]);

  const matches = useMemo(() => findAll(getValues(), query, options), [getValues, query, options, revision, applied]);
  const at = Math.min(Math.max(index, 0), matches.length - 1);
  const current: Match | undefined = matches.length ? matches[at] : undefined;

  // A new query starts again before the first match.
  useEffect(() => setIndex(-1), [query, options]);

  const go = useCallback(
    (delta: number, focusField: boolean) => {
      if (matches.length === 0) return;
      const next = index < 0 ? (delta > 0 ? 0 : matches.length - 1) : (at + delta + matches.length) % matches.length;
      setIndex(next);
      const m = matches[next] as Match;
      revealPath(m.path, { from: m.from, to: m.to });
      // Enter in the query keeps typing there; the buttons hand the cursor to the match.
      if (!focusField) queryRef.current?.focus({ preventScroll: true });
    },
    [matches, index, at],
  );

  const replaceOne = () => {
    if (!current) return;
    const { doc, replaced } = replaceMatches(getValues(), [current], replacement);
    if (replaced === 0) return;
    onApply(doc);
    setApplied((n) => n + 1);
    setStatus(t('find.replaced', { count: replaced }));
  };

  const replaceEvery = () => {
    if (matches.length === 0) return;
    const { doc, replaced } = replaceMatches(getValues(), matches, replacement);
    if (replaced === 0) return;
    onApply(doc);
    setApplied((n) => n + 1);
    setIndex(-1);
    setStatus(t('find.replaced', { count: replaced }));
  };

  const onKey = (e: KeyboardEvent<HTMLElement>) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      onClose();
    }
  };

  const count = !query ? t('find.countEmpty') : matches.length === 0 ? t('find.countNone') : t('find.count', { current: at + 1, total: matches.length });

  return (
    <div className="find-bar" role="search" aria-label={t('find.label')} onKeyDown={onKey} data-testid="find-bar">
      <div className="find-row">
        <label htmlFor="find-query" className="visually-hidden">
          {t('find.query')}
        </label>
        <input
          id="find-query"
          ref={queryRef}
          type="search"
          value={query}
          placeholder={t('find.query')}
          autoComplete="off"
          spellCheck={false}
          data-own-undo=""
          onChange={(e) => {
            setQuery(e.target.value);
            setStatus('');
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              go(e.shiftKey ? -1 : 1, false);
            }
          }}
          aria-describedby="find-count"
        />
        <span id="find-count" className="find-count" aria-live="polite" data-testid="find-count" data-count={matches.length}>
          {count}
        </span>
        <button type="button" className="icon-button" onClick={() => go(-1, true)} disabled={matches.length === 0} aria-label={t('find.previous')} title={t('find.previous')}>
          ↑
        </button>
        <button type="button" className="icon-button" onClick={() => go(1, true)} disabled={matches.length === 0} aria-label={t('find.next')} title={t('find.next')} data-testid="find-next">
          ↓
        </button>
        <button type="button" className="icon-button" onClick={onClose} aria-label={t('find.close')} title={t('find.close')}>
          ×
        </button>
      </div>
      {replace ? (
        <div className="find-row">
          <label htmlFor="find-replacement" className="visually-hidden">
            {t('find.replacement')}
          </label>
          <input id="find-replacement" type="text" value={replacement} placeholder={t('find.replacement')} autoComplete="off" spellCheck={false} data-own-undo="" onChange={(e) => setReplacement(e.target.value)} />
          <button type="button" className="button small" onClick={replaceOne} disabled={!current} data-testid="replace-one">
            {t('find.replaceOne')}
          </button>
          <button type="button" className="button small" onClick={replaceEvery} disabled={matches.length === 0} data-testid="replace-all">
            {t('find.replaceAll')}
          </button>
        </div>
      ) : null}
      <div className="find-row find-options">
        <label className="check">
          <input type="checkbox" checked={options.matchCase} onChange={(e) => setOptions({ ...options, matchCase: e.target.checked })} />
          {t('find.matchCase')}
        </label>
        <label className="check">
          <input type="checkbox" checked={options.matchDiacritics} onChange={(e) => setOptions({ ...options, matchDiacritics: e.target.checked })} data-testid="find-diacritics" />
          {t('find.matchDiacritics')}
        </label>
        {current || status ? (
          <p className="find-where muted" aria-live="polite">
            {status || t('find.where', { where: pathLabel(current?.path ?? '', t) })}
          </p>
        ) : null}
      </div>
    </div>
  );
}
