// The model's blocks → the editor's document (ProseMirror JSON). toBlocks.ts is its inverse:
// for blocks in the model's normal form, toBlocks(fromBlocks(b)) equals b.
import type { JSONContent } from '@tiptap/core';
import type { BlockInput } from '../form';
import { inlineFromText } from './inline';
import { NODE } from './schema';

/** A draft may hold what the schema refuses (a hand edit, an old file): shown as empty text, flagged by the form. */
const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const marksOf = <T,>(v: T[] | undefined): T[] => (Array.isArray(v) ? v : []);

export function blockToNode(block: BlockInput): JSONContent {
  switch (block.type) {
    case 'paragraph':
      return { type: NODE.paragraph, content: inlineFromText(str(block.text), marksOf(block.marks)) };
    case 'heading':
      return {
        type: NODE.heading,
        attrs: { level: block.level },
        content: [
          { type: NODE.headingTitle, content: inlineFromText(str(block.title), [], false) },
          { type: NODE.headingText, content: inlineFromText(str(block.text), marksOf(block.marks)) },
        ],
      };
    case 'list':
      return {
        type: NODE.list,
        attrs: { marker: block.marker },
        content: (Array.isArray(block.items) && block.items.length ? block.items : ['']).map((item, i) => ({ type: NODE.listItem, content: inlineFromText(str(item), marksOf(block.itemMarks?.[i])) })),
      };
    case 'table':
      return { type: NODE.table, attrs: { block: structuredClone(block) } };
    case 'indicators':
      return { type: NODE.indicators, attrs: { block: structuredClone(block) } };
  }
}

/** The document of a list of blocks; an empty list is one empty paragraph, marked as such. */
export function fromBlocks(blocks: readonly BlockInput[]): JSONContent {
  if (blocks.length === 0) return { type: NODE.doc, content: [{ type: NODE.paragraph, attrs: { empty: true }, content: [] }] };
  return { type: NODE.doc, content: blocks.map(blockToNode) };
}
