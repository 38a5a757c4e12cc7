// Where the bench types: the end of the paragraph in the middle of the report's body.
import type { Block, Document } from '../../src/model';

export function withEdit(doc: Document, edit: string): Document {
  if (!edit) return doc;
  const paragraphs = doc.body.flatMap((b, i) => (b.type === 'paragraph' ? [i] : []));
  const at = paragraphs[Math.floor(paragraphs.length / 2)];
  const body: Block[] = doc.body.map((b, i) => (i === at && b.type === 'paragraph' ? { ...b, text: b.text + edit } : b));
  return { ...doc, body };
}
