// Drafts autosave as the user types; another tab editing the same draft is noticed (BroadcastChannel
// and the store's revision check) and never silently overwritten. What is pending is written when the
// page is left or the editor closes.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { Document, DocumentInput } from '../../model';
import { TabPresence, type DraftRecord, type DraftStore } from '../../store';
import { debounce, type Debounced } from './debounce';

const SAVE_DELAY_MS = 500;
/** Steady typing postpones the autosave at most this long: the saved draft keeps up. */
const SAVE_MAX_WAIT_MS = 2000;

export type SaveState = 'saved' | 'pending' | 'saving' | 'error' | 'conflict' | 'missing';

export interface Autosave {
  saveState: SaveState;
  storageError: unknown;
  setStorageError(error: unknown): void;
  /** The stored draft another tab saved over ours, until the user chooses. */
  conflict: DraftRecord | null;
  /** Another tab has this draft open. */
  otherTab: boolean;
  dismissOtherTab(): void;
  /** Write now; `force` overwrites a newer stored revision. */
  save(force?: boolean): Promise<void>;
  /** Resolve a conflict by writing this tab's draft over the other. */
  keepMine(): void;
}

export function useAutosave(store: DraftStore, record: DraftRecord, form: UseFormReturn<DocumentInput, unknown, Document>): Autosave {
  const [saveState, setSaveState] = useState<SaveState>('saved');
  const [storageError, setStorageError] = useState<unknown>(null);
  const [conflict, setConflict] = useState<DraftRecord | null>(null);
  const [otherTab, setOtherTab] = useState(false);

  const revision = useRef(record.revision);
  const saving = useRef(false);
  const saveAgain = useRef(false);
  const conflictRef = useRef<DraftRecord | null>(null);
  conflictRef.current = conflict;
  const saveTimer = useRef<Debounced>({});
  const presence = useRef<TabPresence | null>(null);

  const save = useCallback(
    async (force = false): Promise<void> => {
      clearTimeout(saveTimer.current.timer);
      // Nothing is pending any more: leaving the page must not write the same draft again (a new
      // revision that another tab with this draft open would take for someone's edit).
      saveTimer.current.timer = undefined;
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

  // Autosave follows the form, unless a conflict waits for the user.
  useEffect(() => {
    const subscription = form.watch(() => {
      if (conflictRef.current) return;
      setSaveState('pending');
      debounce(saveTimer.current, SAVE_DELAY_MS, SAVE_MAX_WAIT_MS, () => void save());
    });
    return () => subscription.unsubscribe();
  }, [form, save]);

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

  const keepMine = () => {
    setConflict(null);
    conflictRef.current = null;
    void save(true);
  };

  return { saveState, storageError, setStorageError, conflict, otherTab, dismissOtherTab: () => setOtherTab(false), save, keepMine };
}
