// The editor's document (ProseMirror JSON) → the model's blocks, in normal form: marks only when
// there are some, a heading's text only when it has any.
import type { JSONContent } from '@tiptap/core';
import type { BlockInput } from '../form';
import { textFromInline } from './inline';
import { NODE } from './schema';

type ListInput = Extract<BlockInput, { type: 'list' }>;

export function nodeToBlock(node: JSONContent): BlockInput | null {
  switch (node.type) {
    case NODE.paragraph: {
      const { text, marks } = textFromInline(node.content);
      return marks.length ? { type: 'paragraph', text, marks } : { type: 'paragraph', text };
    }
    case NODE.heading: {
      const parts = node.content ?? [];
      const title = textFromInline(parts.find((p) => p.type === NODE.headingTitle)?.content).text;
      const body = textFromInline(parts.find((p) => p.type === NODE.headingText)?.content);
      const level = Math.min(4, Math.max(1, Number(node.attrs?.level) || 1));
      const heading: BlockInput = { type: 'heading', level, title };
      if (body.text) heading.text = body.text;
      if (body.text && body.marks.length) heading.marks = body.marks;
      return heading;
    }
    case NODE.list: {
      const items = (node.content ?? []).filter((c) => c.type === NODE.listItem).map((c) => textFromInline(c.content));
      const list: ListInput = { type: 'list', marker: node.attrs?.marker === '+' ? '+' : '-', items: items.map((i) => i.text) };
      if (items.some((i) => i.marks.length)) list.itemMarks = items.map((i) => i.marks);
      return list;
    }
    case NODE.table:
    case NODE.indicators: {
      const block = node.attrs?.block as BlockInput | null | undefined;
      return block ? structuredClone(block) : null;
    }
    default:
      return null;
  }
}

export function toBlocks(doc: JSONContent): BlockInput[] {
  const nodes = doc.content ?? [];
  const only = nodes[0];
  // The placeholder paragraph of an empty list, still empty.
  if (nodes.length === 1 && only?.type === NODE.paragraph && only.attrs?.empty === true && !(only.content ?? []).length) return [];
  return nodes.map(nodeToBlock).filter((b): b is BlockInput => b !== null);
}
