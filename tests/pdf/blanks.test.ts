// PDF of a draft for signing: the blank number and the blank day (or day and month) are printed
// as space to write in — at least six spaces' width (HD36 §2.3: "Số      -TB/TU") — and the
// place-date stays on one line, read back with poppler.
import { afterAll, describe, expect, it } from 'vitest';
import { compose } from '../../src/compose';
import type { Document } from '../../src/model';
import { makeDoc, makePartyDoc } from '../fixtures/docs';
import { flat, gapAfter, lineOf, pageWords, pdfText, PdfDir } from './poppler';

const dir = new PdfDir();
afterAll(() => dir.remove());

const MIN_SPACES = 6;

const cases: { name: string; doc: Document; numberFirst: string; numberPt: number; placeDate: string[]; blanks: string[] }[] = [
  {
    name: 'state',
    doc: makeDoc({ place: 'Lào Cai', number: { value: null, issuerCode: 'VP' }, date: '2026-06-15', dateBlank: 'day' }),
    numberFirst: 'Số:',
    numberPt: 13,
    placeDate: ['Lào', 'Cai,', 'ngày', 'tháng', '6', 'năm', '2026'],
    blanks: ['ngày'],
  },
  {
    name: 'party',
    doc: makePartyDoc({ place: 'Quảng Trị', number: { value: null, issuerCode: 'TU' }, date: '2026-06-15', dateBlank: 'dayMonth' }),
    numberFirst: 'Số',
    numberPt: 14,
    placeDate: ['Quảng', 'Trị,', 'ngày', 'tháng', 'năm', '2026'],
    blanks: ['ngày', 'tháng'],
  },
];

describe('PDF: blanks to fill in', () => {
  for (const c of cases) {
    it(`${c.name}: number and date blanks, the place-date on one line`, async () => {
      const file = await dir.render(compose(c.doc), c.name);
      const words = pageWords(file, 1);
      const placeDate = lineOf(words, c.placeDate[0]!);
      expect(placeDate.map((w) => w.text).slice(0, c.placeDate.length)).toEqual(c.placeDate);
      for (const w of c.blanks) expect(gapAfter(placeDate, w)).toBeGreaterThan(MIN_SPACES * 14 * 0.25 - 1);
      const number = lineOf(words, c.numberFirst);
      expect(gapAfter(number, c.numberFirst)).toBeGreaterThan(MIN_SPACES * c.numberPt * 0.25 - 1);
      // No day or month the model happens to hold is printed.
      const text = flat(pdfText(file, { first: 1 }));
      expect(text).not.toContain('ngày 15');
      if (c.doc.dateBlank === 'dayMonth') expect(text).not.toMatch(/tháng 6 năm/u);
    });
  }
});
