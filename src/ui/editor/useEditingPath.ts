// The part of the draft being edited, outlined in the preview: set by the form's focus and by the rich
// body editor, which says which block its cursor is in.
import { useEffect, useState } from 'react';
import { EDITING_PATH_EVENT } from './paths';

export function useEditingPath(): [string | undefined, (path: string) => void] {
  const [editingPath, setEditingPath] = useState<string | undefined>(undefined);
  useEffect(() => {
    const onEditing = (e: Event) => {
      const path = (e as CustomEvent<{ path?: unknown }>).detail?.path;
      if (typeof path === 'string') setEditingPath(path);
    };
    window.addEventListener(EDITING_PATH_EVENT, onEditing);
    return () => window.removeEventListener(EDITING_PATH_EVENT, onEditing);
  }, []);
  return [editingPath, setEditingPath];
}
