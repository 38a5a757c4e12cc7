// @vitest-environment jsdom
// blocks → editor → blocks is the identity: over generated blocks in the model's normal form,
// through the real ProseMirror schema and through a live Tiptap editor.
import { Editor, getSchema } from '@tiptap/core';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { MARK_TYPES, normaliseMarks, type Mark } from '../../src/model';
import type { BlockInput } from '../../src/ui/editor/form';
import { fromBlocks } from '../../src/ui/editor/rich/fromBlocks';
import { schemaExtensions } from '../../src/ui/editor/rich/schema';
import { replaceBlocksTr } from '../../src/ui/editor/rich/sync';
import { toBlocks } from '../../src/ui/editor/rich/toBlocks';

// Vietnamese letters, a combining-free NFC mix, an astral character (two UTF-16 units) and "\n".
const CHARS = ['a', 'ă', 'Đ', 'ế', 'ự', ' ', ',', '.', '*', '1', '\n', '😀', 'Ư', '\t'];
const textArb = fc.array(fc.constantFrom(...CHARS), { maxLength: 14 }).map((cs) => cs.join(''));
const nonEmptyText = fc.array(fc.constantFrom(...CHARS), { minLength: 1, maxLength: 14 }).map((cs) => cs.join(''));

/** Marks in normal form over a text, cut only between whole characters (not inside a surrogate pair). */
function marksArb(text: string): fc.Arbitrary<Mark[]> {
  const cuts: number[] = [0];
  for (let i = 1; i <= text.length; i++) if (!(text.charCodeAt(i - 1) >= 0xd800 && text.charCodeAt(i - 1) <= 0xdbff)) cuts.push(i);
  return fc
    .array(fc.record({ a: fc.constantFrom(...cuts), b: fc.constantFrom(...cuts), type: fc.constantFrom(...MARK_TYPES) }), { maxLength: 4 })
    .map((ms) => normaliseMarks(ms.map((m) => ({ from: Math.min(m.a, m.b), to: Math.max(m.a, m.b), type: m.type })), text.length));
}

const marked = (t: fc.Arbitrary<string>) => t.chain((text) => marksArb(text).map((marks) => ({ text, marks })));

const paragraph: fc.Arbitrary<BlockInput> = marked(textArb).map(({ text, marks }) => (marks.length ? { type: 'paragraph', text, marks } : { type: 'paragraph', text }));
const heading: fc.Arbitrary<BlockInput> = fc
  .tuple(fc.integer({ min: 1, max: 4 }), textArb, fc.option(marked(nonEmptyText), { nil: undefined }))
  .map(([level, title, body]) => {
    const h: BlockInput = { type: 'heading', level, title };
    if (body) {
      h.text = body.text;
      if (body.marks.length) h.marks = body.marks;
    }
    return h;
  });
const list: fc.Arbitrary<BlockInput> = fc
  .tuple(fc.constantFrom('-' as const, '+' as const), fc.array(marked(textArb), { minLength: 1, maxLength: 4 }))
  .map(([marker, items]) => {
    const l: BlockInput = { type: 'list', marker, items: items.map((i) => i.text) };
    if (items.some((i) => i.marks.length)) l.itemMarks = items.map((i) => i.marks);
    return l;
  });
const table: fc.Arbitrary<BlockInput> = fc.integer({ min: 1, max: 3 }).chain((n) =>
  fc.record({
    type: fc.constant('table' as const),
    caption: fc.option(textArb, { nil: undefined }),
    header: fc.array(textArb, { minLength: n, maxLength: n }),
    rows: fc.array(fc.array(textArb, { minLength: n, maxLength: n }), { maxLength: 3 }),
  }, { requiredKeys: ['type', 'header', 'rows'] }),
);
const indicators: fc.Arbitrary<BlockInput> = fc.record({
  type: fc.constant('indicators' as const),
  rows: fc.array(fc.record({ name: textArb, unit: textArb, plan: fc.option(fc.double({ noNaN: true, noDefaultInfinity: true }), { nil: null }), actual: fc.constant(null), previous: fc.option(fc.integer(), { nil: null }) }), { maxLength: 2 }),
  chart: fc.option(fc.boolean(), { nil: undefined }),
}, { requiredKeys: ['type', 'rows'] });

const blocksArb = fc.array(fc.oneof(paragraph, heading, list, table, indicators), { maxLength: 8 });

const schema = getSchema(schemaExtensions());

describe('rich body editor: blocks ⇄ ProseMirror', () => {
  it('round-trips through the schema (the document is valid and converts back to the same blocks)', () => {
    fc.assert(
      fc.property(blocksArb, (blocks) => {
        const node = schema.nodeFromJSON(fromBlocks(blocks));
        node.check();
        expect(toBlocks(node.toJSON())).toEqual(blocks);
      }),
      { numRuns: 400 },
    );
  });

  const editor = new Editor({ extensions: schemaExtensions(), content: fromBlocks([]) });
  afterAll(() => editor.destroy());

  it('round-trips through a live editor taking each list from outside (the sync the form uses)', () => {
    fc.assert(
      fc.property(blocksArb, (blocks) => {
        const tr = replaceBlocksTr(editor.state, blocks);
        if (tr) editor.view.dispatch(tr);
        expect(toBlocks(editor.getJSON())).toEqual(blocks);
      }),
      { numRuns: 150 },
    );
  });

  it('keeps an empty list of blocks and a list holding one empty paragraph apart', () => {
    expect(toBlocks(schema.nodeFromJSON(fromBlocks([])).toJSON())).toEqual([]);
    expect(toBlocks(schema.nodeFromJSON(fromBlocks([{ type: 'paragraph', text: '' }])).toJSON())).toEqual([{ type: 'paragraph', text: '' }]);
  });

  it('puts a line break, marks on it, and marks across text nodes back in normal form', () => {
    const blocks: BlockInput[] = [{ type: 'paragraph', text: 'đậm\nvà', marks: [{ from: 0, to: 5, type: 'bold' }, { from: 4, to: 6, type: 'underline' }] }];
    const json = fromBlocks(blocks);
    expect(json.content?.[0]?.content?.map((n) => n.type)).toEqual(['text', 'hardBreak', 'text', 'text']);
    expect(toBlocks(schema.nodeFromJSON(json).toJSON())).toEqual(blocks);
  });
});
