// Import of drafts for signing: a blank number, day or day and month comes in blank, and a text
// without any date gets none invented. Round trip: blanks → DOCX → import keeps them blank.
import { describe, expect, it } from 'vitest';
import { compose } from '../../src/compose';
import { importDocx, importTextOrThrow } from '../../src/import';
import { matchNumber } from '../../src/import/patterns';
import { renderDocx } from '../../src/render/docx';
import { importPdf } from '../../src/import/pdf';
import { renderPdfNode } from '../../src/render/pdf/node';
import { makeDoc, makePartyDoc } from '../fixtures/docs';

const TODAY = '2026-12-02';
const read = (text: string, today = TODAY) => importTextOrThrow(text, { today });

const STATE = (numberLine: string, placeDate: string) =>
  [
    'UBND TỈNH LÀO CAI\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'VĂN PHÒNG\tĐộc lập - Tự do - Hạnh phúc',
    `${numberLine}\t${placeDate}`,
    'THÔNG BÁO',
    'Kết luận của Chủ tịch UBND tỉnh tại cuộc họp',
    'Nội dung.',
  ].join('\n');

const PARTY = (numberLine: string, placeDate: string) =>
  ['TỈNH ỦY LÀO CAI\tĐẢNG CỘNG SẢN VIỆT NAM', '*', `${numberLine}\t${placeDate}`, 'CHỈ THỊ', 'về tăng cường công tác', 'Nội dung.'].join('\n');

describe('import: blanks in the header', () => {
  it('"Số:      /TB-VP" and "ngày      tháng 6 năm 2026"', () => {
    const { document: doc, recognised } = read(STATE('Số:      /TB-VP', 'Lào Cai, ngày      tháng 6 năm 2026'));
    expect(doc.number).toEqual({ value: null, typeCode: 'TB', issuerCode: 'VP' });
    expect(doc.place).toBe('Lào Cai');
    expect(doc.dateBlank).toBe('day');
    // Year and month as printed; the day the model needs is the first, not today's.
    expect(doc.date).toBe('2026-06-01');
    expect(recognised).toEqual(expect.arrayContaining(['number', 'placeDate']));
  });

  it('"Số     -CT/TU" and "ngày     tháng     năm 2026"', () => {
    const { document: doc, recognised } = read(PARTY('Số     -CT/TU', 'Lào Cai, ngày     tháng     năm 2026'));
    expect(doc.standard.family).toBe('party');
    expect(doc.number).toEqual({ value: null, typeCode: 'CT', issuerCode: 'TU' });
    expect(doc.dateBlank).toBe('dayMonth');
    expect(doc.date.slice(0, 4)).toBe('2026');
    expect(recognised).toContain('placeDate');
  });

  it('"ngày  tháng  năm 2026" of another year keeps that year', () => {
    const { document: doc } = read(PARTY('Số 05-CT/TU', 'Lào Cai, ngày  tháng  năm 2027'));
    expect(doc.number.value).toBe(5);
    expect(doc.dateBlank).toBe('dayMonth');
    expect(doc.date.slice(0, 4)).toBe('2027');
  });

  it('a copy whose columns are kept apart by spaces only (pdftotext -layout)', () => {
    const text = [
      '   UBND TỈNH LÀO CAI                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      '      VĂN PHÒNG                           Độc lập - Tự do - Hạnh phúc',
      '     Số:        /TB-VP              Lào Cai, ngày        tháng 6 năm 2026',
      'THÔNG BÁO',
      'Kết luận của Chủ tịch UBND tỉnh tại cuộc họp',
      'Nội dung.',
    ].join('\n');
    const { document: doc } = read(text);
    expect(doc.number).toEqual({ value: null, typeCode: 'TB', issuerCode: 'VP' });
    expect([doc.place, doc.dateBlank, doc.date]).toEqual(['Lào Cai', 'day', '2026-06-01']);
    expect(doc.body.map((b) => (b.type === 'paragraph' ? b.text : ''))).toEqual(['Nội dung.']);
  });

  it('blanks written with dots or ellipses', () => {
    expect(matchNumber('Số: …/TB-VP')).toMatchObject({ value: null, typeCode: 'TB', issuerCode: 'VP' });
    expect(matchNumber('Số ....-CT/TU')).toMatchObject({ value: null, typeCode: 'CT', issuerCode: 'TU' });
    const { document: doc } = read(STATE('Số: …/TB-VP', 'Lào Cai, ngày … tháng 6 năm 2026'));
    expect(doc.number.value).toBeNull();
    expect(doc.dateBlank).toBe('day');
    expect(doc.date.slice(0, 7)).toBe('2026-06');
  });

  it('a full date is read as it stands, with no blank', () => {
    const { document: doc } = read(STATE('Số: 134/TB-VP', 'Lào Cai, ngày 15 tháng 6 năm 2026'));
    expect(doc.date).toBe('2026-06-15');
    expect(doc.dateBlank).toBeUndefined();
    expect(doc.number.value).toBe(134);
  });
});

describe('import never invents a date', () => {
  it('a text with no date: day and month blank, year of today, placeDate not recognised', () => {
    const { document: doc, recognised } = read('THÔNG BÁO\nVề việc nghỉ lễ\nNội dung.', '2025-03-09');
    expect(doc.dateBlank).toBe('dayMonth');
    expect(doc.date.slice(0, 4)).toBe('2025');
    expect(recognised).not.toContain('placeDate');
  });
});

describe('round trip: blanks → DOCX → import', () => {
  const cases = [
    makeDoc({ place: 'Lào Cai', number: { value: null, issuerCode: 'VP' }, date: '2026-06-01', dateBlank: 'day' }),
    makePartyDoc({ number: { value: null, issuerCode: 'TU' }, date: '2026-06-15', dateBlank: 'dayMonth' }),
  ];
  for (const doc of cases) {
    it(`${doc.standard.family}: ${doc.dateBlank} blank`, async () => {
      const layout = compose(doc);
      // With the embedded Document.
      const exact = (await importDocx(await renderDocx(layout, doc), { today: TODAY })).document;
      expect(exact.dateBlank).toBe(doc.dateBlank);
      expect(exact.number.value).toBeNull();
      // From the printed text alone (mammoth), as a file edited elsewhere would be read.
      const back = (await importDocx(await renderDocx(layout), { today: TODAY })).document;
      expect(back.number).toEqual(doc.number.typeCode ? doc.number : { ...doc.number, typeCode: doc.kind === 'chi-thi' ? 'CT' : 'TB' });
      expect(back.place).toBe(doc.place);
      expect(back.dateBlank).toBe(doc.dateBlank);
      expect(back.date.slice(0, doc.dateBlank === 'day' ? 7 : 4)).toBe(doc.date.slice(0, doc.dateBlank === 'day' ? 7 : 4));
    });

    it(`${doc.standard.family}: ${doc.dateBlank} blank, through the PDF`, async () => {
      // The PDF reader gives each side of a blank as its own line ("Lào Cai, ngày" / "tháng" / …).
      const back = (await importPdf(await renderPdfNode(compose(doc)), { today: TODAY })).document;
      expect(back.number.value).toBeNull();
      expect(back.number.issuerCode).toBe(doc.number.issuerCode);
      expect(back.place).toBe(doc.place);
      expect(back.dateBlank).toBe(doc.dateBlank);
    });
  }
});
