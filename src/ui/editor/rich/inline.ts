// Inline content ⇄ the model's text and marks. A ProseMirror position counts a character as the
// model's offsets do (UTF-16 units) and a hard break as one, the "\n" it stands for: an offset in
// the text is an offset in the textblock.
import type { JSONContent } from '@tiptap/core';
import { MARK_TYPES, markSegments, normaliseMarks, type Mark, type MarkType } from '../../../model';
import { NODE } from './schema';

const MARKS = new Set<string>(MARK_TYPES);

/** Text and marks → a textblock's content (text nodes and hard breaks, marks on both). */
export function inlineFromText(text: string, marks: readonly Mark[] = [], withMarks = true): JSONContent[] {
  const out: JSONContent[] = [];
  for (const seg of markSegments(text, withMarks ? marks : [])) {
    const on = MARK_TYPES.filter((t) => seg[t]).map((type) => ({ type }));
    seg.text.split('\n').forEach((part, k) => {
      if (k > 0) out.push(on.length ? { type: NODE.hardBreak, marks: on } : { type: NODE.hardBreak });
      if (part) out.push(on.length ? { type: NODE.text, text: part, marks: on } : { type: NODE.text, text: part });
    });
  }
  return out;
}

/** A textblock's content → text ("\n" for a hard break) and marks in normal form. */
export function textFromInline(content: readonly JSONContent[] | undefined): { text: string; marks: Mark[] } {
  let text = '';
  const marks: Mark[] = [];
  for (const node of content ?? []) {
    const piece = node.type === NODE.hardBreak ? '\n' : node.type === NODE.text ? (node.text ?? '') : '';
    for (const m of node.marks ?? []) if (MARKS.has(m.type)) marks.push({ from: text.length, to: text.length + piece.length, type: m.type as MarkType });
    text += piece;
  }
  return { text, marks: normaliseMarks(marks, text.length) };
}
