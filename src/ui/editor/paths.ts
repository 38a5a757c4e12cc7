// From a dotted Document path ("signature.name", "body.3.items.2") to the input that edits it:
// every input carries its path as its name, so the nearest named element wins; a block or a
// section without an input of its own carries data-path.

/** detail: { path: 'body.3.text', offset?: number } — the rich body editor puts its cursor there. */
export const FOCUS_PATH_EVENT = 'vanban:focus-path';
/** detail: { path: 'body.3' } — the rich body editor's cursor moved to another block. */
export const EDITING_PATH_EVENT = 'vanban:editing-path';

export interface FocusPathDetail {
  path: string;
  offset?: number;
}

function cssString(value: string): string {
  return `"${value.replace(/["\\]/g, '\\$&')}"`;
}

/** Candidates from the exact path up to its ancestors: body.3.items.2 → body.3.items → body.3 → body. */
export function pathCandidates(path: string): string[] {
  const parts = path.split('.').filter(Boolean);
  const out: string[] = [];
  for (let n = parts.length; n > 0; n--) out.push(parts.slice(0, n).join('.'));
  return out;
}

export function elementForPath(path: string, root: ParentNode = document): HTMLElement | null {
  for (const candidate of pathCandidates(path)) {
    const exact = root.querySelector<HTMLElement>(`[name=${cssString(candidate)}]:not([type=hidden]), [data-path=${cssString(candidate)}]`);
    if (exact) return exact;
    // An object path (e.g. "signature"): its first input.
    const inside = root.querySelector<HTMLElement>(`[name^=${cssString(`${candidate}.`)}]:not([type=hidden])`);
    if (inside) return inside;
  }
  return null;
}

/** Scrolls the field into view and focuses it; returns false when nothing edits that path. */
export function focusPath(path: string, root: ParentNode = document): boolean {
  const el = elementForPath(path, root);
  if (!el) return false;
  // A block of the rich body editor: the editor itself puts the cursor there (RichBodyEditor).
  if (el.closest('[contenteditable="true"]')) {
    window.dispatchEvent(new CustomEvent<FocusPathDetail>(FOCUS_PATH_EVENT, { detail: { path } }));
    return true;
  }
  focusElement(el);
  return true;
}

/** Scrolls the element into view and focuses it, or the first control inside it; returns what got the focus. */
export function focusElement(el: HTMLElement): HTMLElement {
  el.scrollIntoView({ block: 'center', behavior: 'smooth' });
  const focusable = el.matches('input, select, textarea, button, [tabindex]') ? el : el.querySelector<HTMLElement>('input, select, textarea, button');
  const target = focusable ?? el;
  target.focus({ preventScroll: true });
  return target;
}
