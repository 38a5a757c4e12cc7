// Taking a new list of blocks from outside (undo, find/replace, an import) into the editor with
// the least change: the top-level nodes that are equal at either end stay, so node views there
// keep their state, and the selection stays where it was (clamped into the new document).
import type { Node as PMNode } from '@tiptap/pm/model';
import { Selection, TextSelection, type EditorState, type Transaction } from '@tiptap/pm/state';
import type { BlockInput } from '../form';
import { fromBlocks } from './fromBlocks';

/** Meta key on transactions that carry an outside change: the editor does not emit them back. */
export const EXTERNAL = 'vanbanExternal';

export function replaceBlocksTr(state: EditorState, blocks: readonly BlockInput[]): Transaction | null {
  const next: PMNode = state.schema.nodeFromJSON(fromBlocks(blocks));
  const doc = state.doc;
  if (next.eq(doc)) return null;
  const a = doc.childCount;
  const b = next.childCount;
  let start = 0;
  while (start < a && start < b && doc.child(start).eq(next.child(start))) start++;
  let end = 0;
  while (end < a - start && end < b - start && doc.child(a - 1 - end).eq(next.child(b - 1 - end))) end++;
  let from = 0;
  for (let i = 0; i < start; i++) from += doc.child(i).nodeSize;
  let to = doc.content.size;
  for (let i = 0; i < end; i++) to -= doc.child(a - 1 - i).nodeSize;
  const nodes: PMNode[] = [];
  for (let i = start; i < b - end; i++) nodes.push(next.child(i));
  const head = state.selection.head;
  const tr = state.tr.replaceWith(from, to, nodes);
  // Inside the replaced range the mapping would move the cursor to its edge: keep the offset instead.
  if (head > from && head < to) {
    const pos = Math.min(head, tr.doc.content.size);
    tr.setSelection(TextSelection.near(tr.doc.resolve(pos)));
  } else if (!tr.selection) {
    tr.setSelection(Selection.atStart(tr.doc));
  }
  // Tiptap would otherwise swap a document replaced while all of it was selected for a fresh paragraph.
  return tr.setMeta(EXTERNAL, true).setMeta('addToHistory', false).setMeta('preventClearDocument', true);
}
