// Putting the cursor at a Document path, wherever that path is edited: an input of the form (its
// id comes from the path, fieldId) or the rich body editor, which listens for FOCUS_PATH_EVENT (paths.ts) on
// window and tells which block the cursor is in with EDITING_PATH_EVENT. Used by the preview
// (click → field), find and replace (next match) and undo (where the text changed).
import { fieldId } from './form';
import { elementForPath, FOCUS_PATH_EVENT, focusElement, type FocusPathDetail } from './paths';

const BLOCK = /^((?:body|appendices\.\d+\.body))\.(\d+)(?:\.|$)/;

/** The list of blocks a path is inside ("body", "appendices.0.body"), or undefined. */
export function bodyOf(path: string): string | undefined {
  return BLOCK.exec(path)?.[1];
}

/** The rich editor of that list of blocks, when it is the one on the page (contenteditable). */
function richEditorFor(path: string, root: ParentNode): HTMLElement | null {
  const body = bodyOf(path);
  if (!body) return null;
  const host = root.querySelector(`[data-path="${body}"]`);
  return host?.querySelector<HTMLElement>('[contenteditable="true"]') ?? null;
}

type BlockLike = { type?: unknown; items?: unknown; header?: unknown };

/** The field of a block one types into first: 'body.3' of a heading → 'body.3.title'. */
export function primaryPath(path: string, values: unknown): string {
  const m = /^((?:body|appendices\.\d+\.body)\.\d+)$/.exec(path);
  if (!m) return path;
  let v: unknown = values;
  for (const part of path.split('.')) v = v && typeof v === 'object' ? (v as Record<string, unknown>)[part] : undefined;
  const block = (v ?? {}) as BlockLike;
  switch (block.type) {
    case 'heading':
      return `${path}.title`;
    case 'paragraph':
      return `${path}.text`;
    case 'list':
      return `${path}.items`;
    case 'table':
      return `${path}.header.0`;
    case 'indicators':
      return `${path}.rows.0.name`;
    default:
      return path;
  }
}

/** A list item's path ('body.3.items.2') is edited by the list's one textarea ('body.3.items'). */
function inputFor(path: string, root: Document): { el: HTMLElement; offsetBase: number } | null {
  const exact = root.getElementById(fieldId(path));
  if (exact) return { el: exact, offsetBase: 0 };
  const item = /^(.*\.items)\.(\d+)$/.exec(path);
  if (item) {
    const list = root.getElementById(fieldId(item[1] as string));
    if (list instanceof HTMLTextAreaElement) {
      // The items are the textarea's lines.
      const lines = list.value.split('\n');
      const n = Number(item[2]);
      const base = lines.slice(0, n).reduce((a, l) => a + l.length + 1, 0);
      return { el: list, offsetBase: base };
    }
  }
  const near = elementForPath(path, root);
  return near ? { el: near, offsetBase: 0 } : null;
}

/** Inputs whose text has a selection (a radio, a date or a number has none: setSelectionRange throws). */
const SELECTABLE = new Set(['text', 'search', 'url', 'tel', 'password']);
function takesSelection(el: Element | null): el is HTMLInputElement | HTMLTextAreaElement {
  return el instanceof HTMLTextAreaElement || (el instanceof HTMLInputElement && SELECTABLE.has(el.type));
}

/**
 * Scrolls to the field that edits `path`, focuses it and selects [from, to) of its text when
 * given. Returns false when nothing on the page edits that path.
 */
export function revealPath(path: string, range: { from?: number; to?: number } = {}, root: Document = document): boolean {
  if (richEditorFor(path, root)) {
    const detail: FocusPathDetail = range.from === undefined ? { path } : { path, offset: range.from };
    window.dispatchEvent(new CustomEvent<FocusPathDetail>(FOCUS_PATH_EVENT, { detail }));
    // The event carries a cursor; a match is selected by extending the browser's selection from
    // it, which ProseMirror reads back as its own.
    const length = range.from !== undefined && range.to !== undefined ? range.to - range.from : 0;
    const selection = typeof window.getSelection === 'function' ? window.getSelection() : null;
    if (length > 0 && selection && typeof selection.modify === 'function' && richEditorFor(path, root)?.contains(selection.focusNode)) {
      for (let i = 0; i < length; i++) selection.modify('extend', 'forward', 'character');
    }
    return true;
  }
  const found = inputFor(path, root);
  if (!found) return false;
  const { el, offsetBase } = found;
  const target = focusElement(el);
  if (range.from !== undefined && takesSelection(target)) {
    const from = offsetBase + range.from;
    target.setSelectionRange(from, offsetBase + (range.to ?? range.from));
  }
  return true;
}

/** The Document path a focused element edits: its name, or the nearest data-path around it. */
export function pathOfElement(el: Element | null): string | undefined {
  if (!el) return undefined;
  const named = el.getAttribute('name');
  if (named && (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement)) return named;
  return el.closest('[data-path]')?.getAttribute('data-path') ?? undefined;
}
