// The draft's undo history wired to react-hook-form: every change of the form's value is recorded
// (a burst of changes in one task — a select that clears another field — is one change), undo and
// redo put a snapshot back with reset(), which the autosave sees like any other change. Ctrl+Z,
// Ctrl+Y and Ctrl+Shift+Z are taken from the inputs and the body editor, so the browser's own
// per-input undo never fights this one.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { Document, DocumentInput } from '../../model';
import { canRedo, canUndo, changedPaths, createHistory, current, DEFAULT_HISTORY, getPath, record, redo, seal, thaw, undo, type HistoryState } from './history';

export interface DraftHistory {
  canUndo: boolean;
  canRedo: boolean;
  undo(): void;
  redo(): void;
  /** The next change is a step of its own and merges with nothing (a paste). */
  separateNext(): void;
  /** Typing after this starts a new step (the user left the field). */
  seal(): void;
  /** Replace the whole value as one step (replace all, an applied suggestion). */
  apply(values: DocumentInput): void;
}

export interface DraftHistoryOptions {
  /** After undo or redo: the path of the text that changed and where the change ends in it, to put the cursor there. */
  onRestored?(path: string | undefined, offset: number | undefined): void;
  /** Where the shortcuts apply; outside it (a dialog, another screen) the browser keeps its own. */
  scope?(target: EventTarget | null): boolean;
}

function now(): number {
  return typeof performance !== 'undefined' ? performance.now() : Date.now();
}

/** Ctrl+Z → 'undo', Ctrl+Y or Ctrl+Shift+Z → 'redo' (⌘ on a Mac); anything else null. */
export function historyShortcut(e: Pick<KeyboardEvent, 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey' | 'key'>): 'undo' | 'redo' | null {
  if (!(e.ctrlKey || e.metaKey) || e.altKey) return null;
  const key = e.key.toLowerCase();
  if (key === 'z') return e.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !e.shiftKey) return 'redo';
  return null;
}

/** Where the difference between two texts ends in the second: the cursor after what came back. */
export function changeEnd(before: string, after: string): number {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let end = 0;
  while (end < before.length - start && end < after.length - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  return after.length - end;
}

export function useDraftHistory(form: UseFormReturn<DocumentInput, unknown, Document>, options: DraftHistoryOptions = {}): DraftHistory {
  const state = useRef<HistoryState | null>(null);
  if (state.current === null) state.current = createHistory(form.getValues());
  const [flags, setFlags] = useState({ canUndo: false, canRedo: false });
  const applying = useRef(false);
  const separate = useRef(false);
  const scheduled = useRef(false);
  /** The input method's composition under way (its number), or null. */
  const composing = useRef<number | null>(null);
  const compositions = useRef(0);
  const opts = useRef(options);
  opts.current = options;

  const sync = useCallback(() => {
    const h = state.current as HistoryState;
    setFlags((f) => (f.canUndo === canUndo(h) && f.canRedo === canRedo(h) ? f : { canUndo: canUndo(h), canRedo: canRedo(h) }));
  }, []);

  const take = useCallback(() => {
    scheduled.current = false;
    const meta = { at: now(), separate: separate.current, ...(composing.current !== null ? { composition: composing.current } : {}) };
    state.current = record(state.current as HistoryState, form.getValues(), meta, DEFAULT_HISTORY);
    separate.current = false;
    sync();
  }, [form, sync]);

  useEffect(() => {
    // The inputs have registered by now and written their blanks: that is the state to undo to.
    const h = state.current as HistoryState;
    if (h.steps.length === 1) state.current = createHistory(form.getValues());
    const subscription = form.watch(() => {
      if (applying.current || scheduled.current) return;
      scheduled.current = true;
      queueMicrotask(take);
    });
    return () => subscription.unsubscribe();
  }, [form, take]);

  const put = useCallback(
    (values: unknown) => {
      const before = form.getValues();
      const hadErrors = Object.keys(form.formState.errors).length > 0;
      applying.current = true;
      try {
        form.reset(thaw(values) as DocumentInput, { keepDefaultValues: true, keepTouched: true, keepIsSubmitted: true, keepSubmitCount: true });
      } finally {
        applying.current = false;
      }
      if (hadErrors) void form.trigger();
      const change = changedPaths(before, values);
      const path = change.paths.find((p) => typeof getPath(values, p) === 'string');
      const text = path === undefined ? undefined : (getPath(values, path) as string);
      const was = path === undefined ? undefined : getPath(before, path);
      opts.current.onRestored?.(path, text === undefined ? undefined : changeEnd(typeof was === 'string' ? was : '', text));
    },
    [form],
  );

  const step = useCallback(
    (direction: 'undo' | 'redo') => {
      // A change still waiting for its microtask belongs before the undo.
      if (scheduled.current) take();
      const h = state.current as HistoryState;
      const next = direction === 'undo' ? undo(h) : redo(h);
      if (next === h) return;
      state.current = next;
      put(current(next));
      sync();
    },
    [put, sync, take],
  );

  const apply = useCallback(
    (values: DocumentInput) => {
      if (scheduled.current) take();
      state.current = record(seal(state.current as HistoryState), values, { at: now(), separate: true });
      put(values);
      sync();
    },
    [put, sync, take],
  );

  // A composed word (Telex, VNI through the system's input method) is one step however slowly it
  // is typed: its changes carry the composition's number. The editor commits the word a moment
  // after compositionend, so the number stays until the next key typed outside a composition.
  useEffect(() => {
    const onStart = () => {
      composing.current = ++compositions.current;
    };
    const onKeyDown = (e: KeyboardEvent) => {
      if (!e.isComposing && e.keyCode !== 229) composing.current = null;
    };
    const onLeave = () => {
      composing.current = null;
    };
    window.addEventListener('compositionstart', onStart, true);
    window.addEventListener('keydown', onKeyDown, true);
    window.addEventListener('focusout', onLeave, true);
    return () => {
      window.removeEventListener('compositionstart', onStart, true);
      window.removeEventListener('keydown', onKeyDown, true);
      window.removeEventListener('focusout', onLeave, true);
    };
  }, []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const action = historyShortcut(e);
      if (!action || e.isComposing) return;
      if (opts.current.scope && !opts.current.scope(e.target)) return;
      e.preventDefault();
      step(action);
    };
    // Capture: before an input or the body editor acts on the key itself.
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [step]);

  return {
    canUndo: flags.canUndo,
    canRedo: flags.canRedo,
    undo: () => step('undo'),
    redo: () => step('redo'),
    separateNext: () => {
      separate.current = true;
    },
    seal: () => {
      state.current = seal(state.current as HistoryState);
    },
    apply,
  };
}
