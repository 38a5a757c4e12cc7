// Editing commands that make the surface type as Word does, as plain ProseMirror commands
// (state, dispatch) so they can be tested without a view.
import { Fragment, type Node as PMNode, type ResolvedPos } from '@tiptap/pm/model';
import { NodeSelection, TextSelection, type EditorState, type Transaction } from '@tiptap/pm/state';
import { NODE } from './schema';

export type Command = (state: EditorState, dispatch?: (tr: Transaction) => void) => boolean;
export type BlockKind = 'paragraph' | 'heading-1' | 'heading-2' | 'heading-3' | 'heading-4' | 'list--' | 'list-+';

/** The top-level block the position is in: its node, index and start position. */
export function topBlock($pos: ResolvedPos): { node: PMNode; index: number; pos: number } | null {
  if ($pos.depth < 1) return null;
  return { node: $pos.node(1), index: $pos.index(0), pos: $pos.before(1) };
}

/** The inline content of a textblock, as a fragment with marks a target textblock may take. */
function inlineOf(node: PMNode, keepMarks: boolean): Fragment {
  const nodes: PMNode[] = [];
  node.forEach((child) => nodes.push(keepMarks ? child : child.mark([])));
  return Fragment.from(nodes);
}

function joinInline(schema: EditorState['schema'], ...parts: Fragment[]): Fragment {
  let out = Fragment.empty;
  for (const p of parts) {
    if (!p.size) continue;
    if (out.size) out = out.append(Fragment.from(schema.text(' ')));
    out = out.append(p);
  }
  return out;
}

/** A block's text content as the paragraph a kind change starts from. */
function asInline(state: EditorState, node: PMNode): Fragment {
  const schema = state.schema;
  if (node.type.name === NODE.paragraph) return node.content;
  if (node.type.name === NODE.heading) return joinInline(schema, inlineOf(node.child(0), true), node.child(1).content);
  return Fragment.empty;
}

function makeBlock(state: EditorState, kind: BlockKind, inline: Fragment): PMNode {
  const n = state.schema.nodes;
  if (kind === 'paragraph') return n[NODE.paragraph]!.create(null, inline);
  if (kind.startsWith('heading-')) {
    const level = Number(kind.slice(8));
    // The title takes no marks (it is bold by rule): the marks go, the text stays.
    return n[NODE.heading]!.create({ level }, [n[NODE.headingTitle]!.create(null, stripMarks(inline)), n[NODE.headingText]!.create()]);
  }
  return n[NODE.list]!.create({ marker: kind === 'list-+' ? '+' : '-' }, n[NODE.listItem]!.create(null, inline));
}

function stripMarks(f: Fragment): Fragment {
  const nodes: PMNode[] = [];
  f.forEach((c) => nodes.push(c.mark([])));
  return Fragment.from(nodes);
}

/** The kind of the block the cursor is in, for the toolbar. */
export function kindAt(state: EditorState): BlockKind | 'other' {
  const b = topBlock(state.selection.$head);
  if (!b) return 'other';
  if (b.node.type.name === NODE.paragraph) return 'paragraph';
  if (b.node.type.name === NODE.heading) return `heading-${Math.min(4, Math.max(1, Number(b.node.attrs.level) || 1))}` as BlockKind;
  if (b.node.type.name === NODE.list) return b.node.attrs.marker === '+' ? 'list-+' : 'list--';
  return 'other';
}

/** Turn the block at the cursor into another kind: a heading's level, a list's marker, or a paragraph. */
export function setBlockKind(kind: BlockKind): Command {
  return (state, dispatch) => {
    const $head = state.selection.$head;
    const b = topBlock($head);
    if (!b) return false;
    const type = b.node.type.name;
    if (type === NODE.table || type === NODE.indicators) return false;
    const tr = state.tr;
    if (type === NODE.heading && kind.startsWith('heading-')) {
      tr.setNodeMarkup(b.pos, undefined, { ...b.node.attrs, level: Number(kind.slice(8)) });
    } else if (type === NODE.list && kind.startsWith('list-')) {
      tr.setNodeMarkup(b.pos, undefined, { marker: kind === 'list-+' ? '+' : '-' });
    } else if (type === NODE.list) {
      // The item at the cursor leaves the list; the items around it stay lists.
      const itemIndex = $head.index(1);
      const before: PMNode[] = [];
      const after: PMNode[] = [];
      b.node.forEach((item, _o, i) => (i < itemIndex ? before : i > itemIndex ? after : null)?.push(item));
      const item = b.node.child(itemIndex);
      const out: PMNode[] = [];
      if (before.length) out.push(b.node.copy(Fragment.from(before)));
      out.push(makeBlock(state, kind, item.content));
      if (after.length) out.push(b.node.copy(Fragment.from(after)));
      tr.replaceWith(b.pos, b.pos + b.node.nodeSize, out);
      const start = b.pos + (before.length ? out[0]!.nodeSize : 0);
      const offset = $head.parentOffset;
      tr.setSelection(TextSelection.near(tr.doc.resolve(Math.min(start + 2 + offset, start + out[before.length ? 1 : 0]!.nodeSize - 1))));
    } else {
      const inline = asInline(state, b.node);
      const offset = textOffsetInBlock(b.node, $head);
      const block = makeBlock(state, kind, inline);
      tr.replaceWith(b.pos, b.pos + b.node.nodeSize, block);
      // Headings and lists put their text one level deeper than a paragraph does.
      const depthIn = block.type.name === NODE.paragraph ? 1 : 2;
      tr.setSelection(TextSelection.near(tr.doc.resolve(Math.min(b.pos + depthIn + offset, b.pos + block.nodeSize - depthIn))));
    }
    dispatch?.(tr.scrollIntoView());
    return true;
  };
}

/** Offset of the cursor in the block's text as a paragraph would hold it. */
function textOffsetInBlock(block: PMNode, $head: ResolvedPos): number {
  if (block.type.name === NODE.paragraph) return $head.parentOffset;
  if (block.type.name === NODE.heading) {
    const inText = $head.parent.type.name === NODE.headingText;
    const title = block.child(0).content.size;
    return inText ? title + (title ? 1 : 0) + $head.parentOffset : $head.parentOffset;
  }
  return $head.parentOffset;
}

/** Tab / Shift+Tab in a heading: one level down or up; in a list: "+" under "-", and back. */
export function shiftLevel(delta: 1 | -1): Command {
  return (state, dispatch) => {
    const b = topBlock(state.selection.$head);
    if (!b) return false;
    if (b.node.type.name === NODE.heading) {
      const level = Math.min(4, Math.max(1, (Number(b.node.attrs.level) || 1) + delta));
      if (level === b.node.attrs.level) return true;
      dispatch?.(state.tr.setNodeMarkup(b.pos, undefined, { ...b.node.attrs, level }));
      return true;
    }
    if (b.node.type.name === NODE.list) {
      const marker = delta > 0 ? '+' : '-';
      if (b.node.attrs.marker === marker) return true;
      return itemMarker(marker)(state, dispatch);
    }
    return false;
  };
}

/**
 * The item at the cursor takes another marker ("+" under "-"): the list splits around it, and
 * joins a neighbouring list that already has that marker.
 */
export function itemMarker(marker: '-' | '+'): Command {
  return (state, dispatch) => {
    const $head = state.selection.$head;
    const b = topBlock($head);
    if (!b || b.node.type.name !== NODE.list) return false;
    const doc = state.doc;
    const itemIndex = $head.index(1);
    const items: PMNode[] = [];
    b.node.forEach((item) => items.push(item));
    const list = (m: string, nodes: PMNode[]) => b.node.type.create({ marker: m }, nodes);
    const before = items.slice(0, itemIndex);
    const after = items.slice(itemIndex + 1);
    const moved: PMNode[] = [items[itemIndex]!];
    let from = b.pos;
    let to = b.pos + b.node.nodeSize;
    const prev = b.index > 0 ? doc.child(b.index - 1) : null;
    const next = b.index + 1 < doc.childCount ? doc.child(b.index + 1) : null;
    // Items the moved one joins: the end of the list before, the start of the list after.
    let joinedBefore = 0;
    if (!before.length && prev?.type.name === NODE.list && prev.attrs.marker === marker) {
      prev.forEach((item) => {
        moved.splice(joinedBefore, 0, item);
        joinedBefore++;
      });
      from -= prev.nodeSize;
    }
    if (!after.length && next?.type.name === NODE.list && next.attrs.marker === marker) {
      next.forEach((item) => moved.push(item));
      to += next.nodeSize;
    }
    const out: PMNode[] = [];
    if (before.length) out.push(list(String(b.node.attrs.marker), before));
    out.push(list(marker, moved));
    if (after.length) out.push(list(String(b.node.attrs.marker), after));
    const tr = state.tr.replaceWith(from, to, out);
    // The cursor stays in the moved item, at the same offset.
    let pos = from + (before.length ? out[0]!.nodeSize : 0) + 1;
    for (let i = 0; i < joinedBefore; i++) pos += moved[i]!.nodeSize;
    tr.setSelection(TextSelection.create(tr.doc, pos + 1 + $head.parentOffset));
    dispatch?.(tr.scrollIntoView());
    return true;
  };
}

/**
 * Enter. In a heading: what follows the cursor becomes a new paragraph after it (a title-only
 * heading ends where Enter is pressed). In an empty list item: the item becomes a paragraph.
 * Elsewhere the default (split the paragraph, or the item) applies.
 */
export const enter: Command = (state, dispatch) => {
  const selection = state.selection;
  // On a selected table: a new paragraph after it (an atom has no text to split).
  if (selection instanceof NodeSelection && selection.$from.depth === 0) {
    const after = selection.to;
    const tr = state.tr.insert(after, state.schema.nodes[NODE.paragraph]!.create());
    tr.setSelection(TextSelection.create(tr.doc, after + 1));
    dispatch?.(tr.scrollIntoView());
    return true;
  }
  const { $head, empty } = selection;
  if (!empty) return false;
  const b = topBlock($head);
  if (!b) return false;
  const schema = state.schema;
  if (b.node.type.name === NODE.heading) {
    const inTitle = $head.parent.type.name === NODE.headingTitle;
    const part = $head.parent;
    const afterCursor = part.content.cut($head.parentOffset);
    const beforeCursor = part.content.cut(0, $head.parentOffset);
    const title = b.node.child(0);
    const text = b.node.child(1);
    const heading = inTitle
      ? b.node.copy(Fragment.from([title.copy(beforeCursor), text.copy(Fragment.empty)]))
      : b.node.copy(Fragment.from([title, text.copy(beforeCursor)]));
    const rest = inTitle ? joinInline(schema, afterCursor, text.content) : afterCursor;
    const para = schema.nodes[NODE.paragraph]!.create(null, rest);
    const tr = state.tr.replaceWith(b.pos, b.pos + b.node.nodeSize, [heading, para]);
    tr.setSelection(TextSelection.create(tr.doc, b.pos + heading.nodeSize + 1));
    dispatch?.(tr.scrollIntoView());
    return true;
  }
  if (b.node.type.name === NODE.list && $head.parent.type.name === NODE.listItem && $head.parent.content.size === 0) {
    return setBlockKind('paragraph')(state, dispatch);
  }
  return false;
};

/**
 * Backspace at the start of a text. A heading's text: to the end of its title. A heading's
 * title: the heading becomes a paragraph (its number goes, as in Word). The first item of a list:
 * it becomes a paragraph. Otherwise the default joins the block to the one before.
 */
export const backspace: Command = (state, dispatch) => {
  const { $head, empty } = state.selection;
  if (!empty || $head.parentOffset > 0) return false;
  const b = topBlock($head);
  if (!b) return false;
  if (b.node.type.name === NODE.heading) {
    if ($head.parent.type.name === NODE.headingText) {
      dispatch?.(state.tr.setSelection(TextSelection.create(state.doc, b.pos + 1 + b.node.child(0).nodeSize - 1)));
      return true;
    }
    return setBlockKind('paragraph')(state, dispatch);
  }
  if (b.node.type.name === NODE.list && $head.index(1) === 0) return setBlockKind('paragraph')(state, dispatch);
  return false;
};

/** The index of the top-level block the cursor is in, or -1. */
export function blockIndexAt(state: EditorState): number {
  return topBlock(state.selection.$head)?.index ?? -1;
}

/**
 * The position for a path under the body: "3" (block 3), "3.text" / "3.title" (a heading's part,
 * a paragraph's text), "3.items.2" (an item), with an offset in that text.
 */
export function positionForPath(doc: PMNode, rest: string[], offset = 0): { pos: number; node: boolean } | null {
  const index = Number(rest[0]);
  if (!Number.isInteger(index) || index < 0 || index >= doc.childCount) return null;
  let pos = 0;
  for (let i = 0; i < index; i++) pos += doc.child(i).nodeSize;
  const block = doc.child(index);
  const clamp = (start: number, size: number) => start + Math.max(0, Math.min(offset, size));
  switch (block.type.name) {
    case NODE.paragraph:
      return { pos: clamp(pos + 1, block.content.size), node: false };
    case NODE.heading: {
      const title = block.child(0);
      if (rest[1] === 'text' || rest[1] === 'marks') return { pos: clamp(pos + 1 + title.nodeSize + 1, block.child(1).content.size), node: false };
      return { pos: clamp(pos + 2, title.content.size), node: false };
    }
    case NODE.list: {
      const item = Math.max(0, Math.min(Number(rest[1] === 'items' || rest[1] === 'itemMarks' ? rest[2] : 0) || 0, block.childCount - 1));
      let p = pos + 1;
      for (let i = 0; i < item; i++) p += block.child(i).nodeSize;
      return { pos: clamp(p + 1, block.child(item).content.size), node: false };
    }
    default:
      return { pos, node: true };
  }
}
