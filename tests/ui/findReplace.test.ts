// Find and replace over a whole Document: every text field in document order, case and diacritics
// options, replacing one or all with the paragraph's marks kept on the right characters.
import { describe, expect, it } from 'vitest';
import { findAll, findInText, replaceAll, replaceMatches, textFields } from '../../src/ui/find/findReplace';
import type { DocumentInput } from '../../src/model';
import { makeDoc } from '../fixtures/docs';

function richDoc(): DocumentInput {
  const doc = makeDoc({
    addressees: ['Sở Tài chính'],
    appendices: [{ title: 'Danh mục Sở', body: [{ type: 'paragraph', text: 'Phụ lục của Sở.' }] }],
  }) as DocumentInput;
  doc.body.push({ type: 'table', caption: 'Bảng Sở', header: ['Tên', 'Sở'], rows: [['a', 'Sở Y tế']] });
  doc.signature.signedNote = '(đã ký)';
  return doc;
}

describe('textFields', () => {
  it('lists every text in document order and no codes', () => {
    const paths = textFields(richDoc()).map((f) => f.path);
    const order = ['issuer.parent', 'issuer.name', 'number.issuerCode', 'place', 'title.summary', 'addressees.0', 'body.0.text', 'body.1.title', 'body.3.items.1', 'body.5.caption', 'body.5.header.1', 'body.5.rows.0.1', 'recipients.entries.0', 'recipients.archive', 'signature.on', 'signature.position', 'signature.name', 'signature.signedNote', 'appendices.0.title', 'appendices.0.body.0.text'];
    for (const p of order) expect(paths).toContain(p);
    const at = order.map((p) => paths.indexOf(p));
    expect(at).toEqual([...at].sort((a, b) => a - b));
    for (const code of ['kind', 'date', 'standard.family', 'body.0.type', 'body.3.marker', 'signature.authority', 'schemaVersion']) expect(paths).not.toContain(code);
  });
});

describe('find', () => {
  it('ignores case by default, and matches it when asked', () => {
    expect(findInText('Sở sở SỞ', 'sở')).toEqual([
      { from: 0, to: 2 },
      { from: 3, to: 5 },
      { from: 6, to: 8 },
    ]);
    expect(findInText('Sở sở SỞ', 'sở', { matchCase: true, matchDiacritics: true })).toEqual([{ from: 3, to: 5 }]);
  });

  it('matches diacritics by default; without, a bare query finds every tone and đ', () => {
    const text = 'Quyết định số; quyết dinh; Quyet Dinh; Đà Nẵng';
    expect(findInText(text, 'quyết định')).toHaveLength(1);
    expect(findInText(text, 'quyet dinh', { matchCase: false, matchDiacritics: false })).toHaveLength(3);
    const [m] = findInText(text, 'da nang', { matchCase: false, matchDiacritics: false });
    expect(m && text.slice(m.from, m.to)).toBe('Đà Nẵng');
    // A query typed with combining marks (NFD) finds the precomposed text.
    expect(findInText(text, 'Quyết'.normalize('NFD'))).toHaveLength(2);
  });

  it('finds in header, body, tables, closing and appendices', () => {
    const doc = richDoc();
    const paths = findAll(doc, 'sở').map((m) => m.path);
    // In the order they are printed: Kính gửi before the content, the appendix last.
    expect(paths).toEqual(['addressees.0', 'body.0.text', 'body.5.caption', 'body.5.header.1', 'body.5.rows.0.1', 'appendices.0.title', 'appendices.0.body.0.text']);
    expect(findAll(doc, '')).toEqual([]);
    expect(findAll(doc, 'Huỳnh Vĩnh')).toEqual([{ path: 'signature.name', from: 0, to: 10 }]);
  });
});

describe('replace', () => {
  it('replaces all matches, leaving the input untouched', () => {
    const doc = richDoc();
    const before = JSON.stringify(doc);
    const { doc: out, replaced } = replaceAll(doc, 'sở', 'Phòng');
    expect(replaced).toBe(findAll(doc, 'sở').length);
    expect(findAll(out, 'sở')).toEqual([]);
    expect(out.body[5]).toMatchObject({ header: ['Tên', 'Phòng'], rows: [['a', 'Phòng Y tế']] });
    expect(out.addressees).toEqual(['Phòng Tài chính']);
    expect(JSON.stringify(doc)).toBe(before);
  });

  it('replaces one match, and skips a match its text no longer has', () => {
    const doc = richDoc();
    const matches = findAll(doc, 'việc');
    expect(matches.map((m) => m.path)).toEqual(['body.3.items.0', 'body.3.items.1']);
    const { doc: out } = replaceMatches(doc, [matches[1]!], 'nhiệm vụ');
    expect((out.body[3] as { items: string[] }).items).toEqual(['Một việc', 'Hai nhiệm vụ']);
    expect(replaceMatches(doc, [{ path: 'place', from: 40, to: 45 }], 'x').replaced).toBe(0);
  });

  it('keeps the marks on the characters they covered', () => {
    const doc = richDoc();
    // "Ngày 08 tháng 01 năm 2019, Sở Thông tin …": "Sở Thông tin" bold.
    const text = (doc.body[0] as { text: string }).text;
    const from = text.indexOf('Sở Thông tin');
    doc.body[0] = { type: 'paragraph', text, marks: [{ from, to: from + 'Sở Thông tin'.length, type: 'bold' }] };
    const { doc: out } = replaceAll(doc, 'Ngày 08', 'Hôm 08');
    const p = out.body[0] as { text: string; marks: { from: number; to: number }[] };
    const [bold] = p.marks;
    expect(bold && p.text.slice(bold.from, bold.to)).toBe('Sở Thông tin');
    // Replacing inside the bold span: the new text is bold.
    const { doc: out2 } = replaceAll(doc, 'Thông tin', 'TT');
    const p2 = out2.body[0] as { text: string; marks: { from: number; to: number }[] };
    expect(p2.text.slice(p2.marks[0]!.from, p2.marks[0]!.to)).toBe('Sở TT');
  });

  it('moves a list item’s marks with it', () => {
    const doc = richDoc();
    doc.body[3] = { type: 'list', marker: '-', items: ['Một việc', 'Hai việc'], itemMarks: [[], [{ from: 4, to: 8, type: 'italic' }]] };
    const { doc: out } = replaceAll(doc, 'Hai', 'Thứ hai');
    const list = out.body[3] as { items: string[]; itemMarks: { from: number; to: number }[][] };
    const m = list.itemMarks[1]![0]!;
    expect(list.items[1]!.slice(m.from, m.to)).toBe('việc');
  });
});
