// reconcile on its own: a guide, the guide's text as the recognisers read it (with their slips),
// and the file's text as they read it. What both readings share keeps the guide's exact value;
// what differs takes the file's, and is listed.
import { describe, expect, it } from 'vitest';
import type { Block, Document } from '../../src/model';
import { PLACEHOLDER } from '../../src/import';
import { reconcile } from '../../src/import/reconcile';
import { diffSequences, spliceText } from '../../src/import/sequence';
import { makeDoc } from '../fixtures/docs';

const guide = makeDoc({ title: { summary: 'Ý kiến kết luận\ntại Hội nghị tổng kết năm 2018' } });
/** How the recognisers read the guide's text: the line break a space, a level mistaken, a type code added. */
function misread(doc: Document): Document {
  return {
    ...doc,
    number: { ...doc.number, typeCode: 'TB' },
    title: { ...doc.title, summary: doc.title.summary.replace(/\n/g, ' ') },
    body: doc.body.map((b): Block => (b.type === 'heading' && b.level === 2 ? { ...b, level: 3 } : b)),
  };
}

describe('reconcile', () => {
  it('gives the guide itself when both readings agree, slips and all', () => {
    const read = misread(guide);
    const result = reconcile(guide, read, structuredClone(read));
    expect(result.document).toBe(guide);
    expect(result.changes).toEqual([]);
  });

  it("keeps the guide's level and line breaks where only the words changed", () => {
    const read = misread(guide);
    const actual = structuredClone(read);
    const heading = actual.body[2] as Extract<Block, { type: 'heading' }>;
    heading.text = 'Tiếp tục xây dựng hạ tầng số.';
    actual.title.summary = actual.title.summary.replace('năm 2018', 'năm 2019');
    actual.number.value = 135;
    const { document, changes } = reconcile(guide, read, actual);
    expect(document.body[2]).toEqual({ type: 'heading', level: 2, title: 'Về công nghệ thông tin:', text: 'Tiếp tục xây dựng hạ tầng số.' });
    expect(document.title.summary).toBe('Ý kiến kết luận\ntại Hội nghị tổng kết năm 2019');
    // The recogniser's type code is not taken: both readings had it.
    expect(document.number).toEqual({ value: 135, issuerCode: 'VP' });
    expect(changes.map((c) => [c.path, c.kind])).toEqual([
      ['number.value', 'changed'],
      ['title.summary', 'changed'],
      ['body.2', 'changed'],
    ]);
  });

  it('adds and removes blocks and entries, numbering removed ones as in the guide', () => {
    const read = misread(guide);
    const actual = structuredClone(read);
    actual.body.splice(3, 1);
    actual.body.push({ type: 'paragraph', text: 'Đoạn mới thêm ở cuối văn bản.' });
    actual.recipients.entries = ['Như thành phần dự họp', 'Sở Nội vụ', 'CT, các PCT UBND tỉnh'];
    const { document, changes } = reconcile(guide, read, actual);
    expect(document.body).toEqual([...guide.body.slice(0, 3), guide.body[4], { type: 'paragraph', text: 'Đoạn mới thêm ở cuối văn bản.' }]);
    expect(document.recipients.entries).toEqual(['Như thành phần dự họp', 'Sở Nội vụ', 'CT, các PCT UBND tỉnh']);
    expect(changes).toEqual([
      { path: 'body.3', kind: 'removed', before: guide.body[3] },
      { path: 'body.4', kind: 'added', after: { type: 'paragraph', text: 'Đoạn mới thêm ở cuối văn bản.' } },
      { path: 'recipients.entries.1', kind: 'added', after: 'Sở Nội vụ' },
    ]);
  });
});

describe('reconcile: a required field the text lost', () => {
  it('is listed as removed, the placeholder taking its place', () => {
    const read = misread(guide);
    const actual = structuredClone(read);
    actual.signature.name = PLACEHOLDER;
    const { document, changes } = reconcile(guide, read, actual);
    expect(document.signature.name).toBe(PLACEHOLDER);
    expect(changes).toEqual([{ path: 'signature.name', kind: 'removed', before: 'Huỳnh Vĩnh Lạc' }]);
  });
});

describe('sequence helpers', () => {
  it('diffs with the common head and tail taken off', () => {
    const steps = diffSequences(['a', 'b', 'c', 'd'], ['a', 'x', 'c', 'd', 'e'], (x, y) => x === y);
    expect(steps.map((s) => s.op)).toEqual(['keep', 'remove', 'add', 'keep', 'keep', 'add']);
  });

  it('splices an edit into a guide that differs by white space only, else takes the edit', () => {
    expect(spliceText('một\nhai ba', 'một hai ba', 'một hai bốn')).toBe('một\nhai bốn');
    expect(spliceText('MỘT hai', 'một hai', 'một ba')).toBe('một ba');
  });
});
