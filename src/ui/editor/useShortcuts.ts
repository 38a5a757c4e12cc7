// The editor's own keyboard shortcuts (undo and redo live with the history): Ctrl+F and Ctrl+H open
// the find bar over the whole draft, Ctrl+S saves now.
import { useEffect } from 'react';

export interface FindRequest {
  replace: boolean;
  /** Changes on every request, so that an open bar takes the focus again. */
  token: number;
}

export function useEditorShortcuts(setFind: (update: (f: FindRequest | null) => FindRequest) => void, save: () => Promise<void>): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || e.shiftKey) return;
      const key = e.key.toLowerCase();
      if (key !== 'f' && key !== 'h') return;
      const target = e.target instanceof Element ? e.target : null;
      if (target?.closest('dialog')) return;
      // Outside the editor's panes (nothing focused) Ctrl+F stays the browser's.
      if (key === 'f' && !target?.closest('.editor-main, .app-bar')) return;
      e.preventDefault();
      setFind((f) => ({ replace: key === 'h' || !!f?.replace, token: (f?.token ?? 0) + 1 }));
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [setFind]);

  // Ctrl+S saves now (and keeps the browser's own "save page" away).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
        e.preventDefault();
        void save();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [save]);
}
