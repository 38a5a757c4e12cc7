// Inline marks: normal form, splicing (find/replace relies on it) and the version-1 upgrade.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { documentSchema, MARK_TYPES, marksAreNormal, marksFromMarkup, normaliseMarks, parseDocument, sliceMarks, spliceMarks, upgradeDocumentInput, type DocumentInput, type Mark, type MarkType } from '../../src/model';
import { makeDoc } from '../fixtures/docs';

/** Per character, the set of mark types over it: the plain meaning of a list of marks. */
function perChar(marks: readonly Mark[], length: number): string[] {
  return Array.from({ length }, (_, i) => MARK_TYPES.filter((t) => marks.some((m) => m.type === t && m.from <= i && i < m.to)).join(','));
}

function fromPerChar(sets: string[]): Mark[] {
  const marks: Mark[] = [];
  sets.forEach((s, i) => {
    for (const t of s ? (s.split(',') as MarkType[]) : []) marks.push({ from: i, to: i + 1, type: t });
  });
  return normaliseMarks(marks);
}

const markArb = (length: number) =>
  fc.record({ from: fc.nat(length), to: fc.nat(length), type: fc.constantFrom(...MARK_TYPES) });

describe('normaliseMarks', () => {
  it('merges overlapping and touching marks of a type, keeps other types apart, drops empty ones', () => {
    expect(
      normaliseMarks([
        { from: 5, to: 8, type: 'bold' },
        { from: 0, to: 3, type: 'bold' },
        { from: 3, to: 4, type: 'bold' },
        { from: 2, to: 6, type: 'italic' },
        { from: 4, to: 4, type: 'underline' },
        { from: 9, to: 30, type: 'underline' },
      ], 12),
    ).toEqual([
      { from: 0, to: 4, type: 'bold' },
      { from: 2, to: 6, type: 'italic' },
      { from: 5, to: 8, type: 'bold' },
      { from: 9, to: 12, type: 'underline' },
    ]);
  });

  it('keeps the meaning per character and is idempotent', () => {
    fc.assert(
      fc.property(fc.nat(30), fc.array(markArb(30), { maxLength: 8 }), (length, marks) => {
        const n = normaliseMarks(marks, length);
        const clamped = marks.map((m) => ({ ...m, to: Math.min(m.to, length) }));
        expect(perChar(n, length)).toEqual(perChar(clamped, length));
        expect(normaliseMarks(n, length)).toEqual(n);
        expect(marksAreNormal(n, length)).toBe(true);
      }),
    );
  });
});

describe('spliceMarks', () => {
  it('gives a replacement the marks of the first character it replaces', () => {
    // "một **hai** ba": replacing "hai" by "bốn" keeps it bold.
    expect(spliceMarks([{ from: 4, to: 7, type: 'bold' }], 4, 7, 3)).toEqual([{ from: 4, to: 7, type: 'bold' }]);
    expect(spliceMarks([{ from: 4, to: 7, type: 'bold' }], 4, 7, 5)).toEqual([{ from: 4, to: 9, type: 'bold' }]);
    // Deleting the marked word removes the mark; text after it moves back.
    expect(spliceMarks([{ from: 4, to: 7, type: 'bold' }, { from: 8, to: 10, type: 'italic' }], 4, 7, 0)).toEqual([{ from: 5, to: 7, type: 'italic' }]);
  });

  it('leaves typing at either end of a mark plain, and typing inside it marked', () => {
    const m: Mark[] = [{ from: 2, to: 5, type: 'italic' }];
    expect(spliceMarks(m, 5, 5, 2)).toEqual([{ from: 2, to: 5, type: 'italic' }]);
    expect(spliceMarks(m, 2, 2, 2)).toEqual([{ from: 4, to: 7, type: 'italic' }]);
    expect(spliceMarks(m, 3, 3, 2)).toEqual([{ from: 2, to: 7, type: 'italic' }]);
  });

  it('agrees with a character-by-character reference', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 20 }).chain((length) =>
          fc.tuple(fc.constant(length), fc.array(markArb(length), { maxLength: 6 }), fc.nat(length), fc.nat(length), fc.nat(6)),
        ),
        ([length, raw, x, y, inserted]) => {
          const marks = normaliseMarks(raw, length);
          const from = Math.min(x, y);
          const to = Math.max(x, y);
          const chars = perChar(marks, length);
          const common = (a: string | undefined, b: string | undefined): string =>
            (a ?? '').split(',').filter((t) => t && (b ?? '').split(',').includes(t)).join(',');
          const fill = from < to ? (chars[from] ?? '') : common(chars[from - 1], chars[from]);
          const expected = [...chars.slice(0, from), ...Array.from({ length: inserted }, () => fill), ...chars.slice(to)];
          const got = spliceMarks(marks, from, to, inserted);
          expect(perChar(got, expected.length)).toEqual(expected);
          expect(got).toEqual(fromPerChar(expected));
        },
      ),
    );
  });
});

describe('sliceMarks', () => {
  it('re-bases the marks of a part of the text', () => {
    expect(sliceMarks([{ from: 1, to: 6, type: 'bold' }, { from: 7, to: 9, type: 'underline' }], 3, 8)).toEqual([
      { from: 0, to: 3, type: 'bold' },
      { from: 4, to: 5, type: 'underline' },
    ]);
  });
});

describe('schema version 1', () => {
  it('reads **bold** and *italic* markup as marks, the markup removed', () => {
    expect(marksFromMarkup('gồm: *Đẩy mạnh* và **làm tốt**; 3 * 4')).toEqual({
      text: 'gồm: Đẩy mạnh và làm tốt; 3 * 4',
      marks: [{ from: 5, to: 13, type: 'italic' }, { from: 17, to: 24, type: 'bold' }],
    });
  });

  it('upgrades a whole v1 document to v2: paragraphs, heading text, list items, appendices, table cells', () => {
    const doc = makeDoc({
      schemaVersion: 1,
      body: [
        { type: 'paragraph', text: 'a **b** c' },
        { type: 'heading', level: 2, title: 'Tiêu đề', text: '*nghiêng* sau' },
        { type: 'list', marker: '-', items: ['không', '**có**'] },
        { type: 'table', header: ['**A**'], rows: [['*x*']] },
      ],
      appendices: [{ title: 'PL', body: [{ type: 'paragraph', text: '**Đậm**' }] }],
    });
    expect(doc.schemaVersion).toBe(2);
    expect(doc.body).toEqual([
      { type: 'paragraph', text: 'a b c', marks: [{ from: 2, to: 3, type: 'bold' }] },
      { type: 'heading', level: 2, title: 'Tiêu đề', text: 'nghiêng sau', marks: [{ from: 0, to: 7, type: 'italic' }] },
      { type: 'list', marker: '-', items: ['không', 'có'], itemMarks: [[], [{ from: 0, to: 2, type: 'bold' }]] },
      { type: 'table', header: ['A'], rows: [['x']] },
    ]);
    expect(doc.appendices?.[0]?.body).toEqual([{ type: 'paragraph', text: 'Đậm', marks: [{ from: 0, to: 3, type: 'bold' }] }]);
  });

  it('keeps asterisks literal in a v2 document, and puts v2 marks in normal form', () => {
    const doc = makeDoc({
      body: [
        { type: 'paragraph', text: '3 * 4 = **12**', marks: [{ from: 9, to: 30, type: 'bold' }, { from: 0, to: 1, type: 'bold' }] },
        { type: 'paragraph', text: 'trống', marks: [] },
      ],
    });
    expect(doc.body).toEqual([
      { type: 'paragraph', text: '3 * 4 = **12**', marks: [{ from: 0, to: 1, type: 'bold' }, { from: 9, to: 14, type: 'bold' }] },
      { type: 'paragraph', text: 'trống' },
    ]);
  });

  it('refuses other versions and malformed marks', () => {
    const base = makeDoc();
    expect(parseDocument({ ...base, schemaVersion: 3 }).ok).toBe(false);
    expect(parseDocument({ ...base, body: [{ type: 'paragraph', text: 'x', marks: [{ from: -1, to: 1, type: 'bold' }] }] }).ok).toBe(false);
    expect(parseDocument({ ...base, body: [{ type: 'paragraph', text: 'x', marks: [{ from: 0, to: 1, type: 'strike' }] }] }).ok).toBe(false);
  });

  it('upgrades a stored v1 draft for the form as the schema would, and leaves a broken one to the form', () => {
    const v1 = {
      ...makeDoc(),
      schemaVersion: 1,
      body: [
        { type: 'paragraph', text: 'a **b** c' },
        { type: 'heading', level: 1, title: 'T', text: '*x* y' },
        { type: 'list', marker: '+', items: ['**m**', 'n'] },
        { type: 'table', header: ['**H**'], rows: [['*c*']] },
      ],
    } as unknown as DocumentInput;
    const up = upgradeDocumentInput(v1);
    expect(up.schemaVersion).toBe(2);
    expect(up.body).toEqual(documentSchema.parse(v1).body);
    expect(documentSchema.parse(up)).toEqual(documentSchema.parse(v1));
    const broken = { ...v1, body: [{ type: 'paragraph', text: 42 }] } as unknown as DocumentInput;
    expect(upgradeDocumentInput(broken).body).toEqual([{ type: 'paragraph', text: 42 }]);
    const v2 = makeDoc() as DocumentInput;
    expect(upgradeDocumentInput(v2)).toBe(v2);
  });
});
