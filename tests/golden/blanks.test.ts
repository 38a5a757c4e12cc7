// Golden: a draft for signing prints its blank number and blank day (or day and month) with room
// to write in, in word/document.xml as it is stored and on the page as LibreOffice lays it out.
// The rule book's values are written out here: HD36 §2.3 leaves "Số      -TB/TU" (six spaces);
// the number 13 pt (State) and 14 pt (Party), the place-date 14 pt italic.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compose } from '../../src/compose';
import type { Document } from '../../src/model';
import { renderDocx } from '../../src/render/docx';
import { makeDoc, makePartyDoc } from '../fixtures/docs';
import { gapAfter, lineOf, pageWords } from '../pdf/poppler';
import { W, readDocx, type ParaInfo } from './docxReader';

const MIN_SPACES = 6;

const cases: { name: string; doc: Document; number: RegExp; placeDate: RegExp; numberPt: number }[] = [
  {
    name: 'state',
    doc: makeDoc({ place: 'Lào Cai', number: { value: null, issuerCode: 'VP' }, date: '2026-06-15', dateBlank: 'day' }),
    number: /^Số:( {6,})\/TB-VP$/u,
    placeDate: /^Lào Cai, ngày( {6,})tháng 6 năm 2026$/u,
    numberPt: 13,
  },
  {
    name: 'party',
    doc: makePartyDoc({ place: 'Lào Cai', number: { value: null, issuerCode: 'TU' }, date: '2026-06-15', dateBlank: 'dayMonth' }),
    number: /^Số( {6,})-CT\/TU$/u,
    placeDate: /^Lào Cai, ngày( {6,})tháng( {6,})năm 2026$/u,
    numberPt: 14,
  },
];

function paragraph(paras: ParaInfo[], re: RegExp): ParaInfo {
  const found = paras.filter((p) => re.test(p.text));
  expect(found.map((p) => JSON.stringify(p.text)), `${re} in ${JSON.stringify(paras.slice(0, 12).map((p) => p.text))}`).toHaveLength(1);
  return found[0]!;
}

describe('DOCX: blanks in word/document.xml', () => {
  for (const c of cases) {
    it(`${c.name}: the number and the day leave the same space, kept by Word`, async () => {
      const parts = readDocx(await renderDocx(compose(c.doc), c.doc));
      const number = paragraph(parts.paragraphs, c.number);
      const placeDate = paragraph(parts.paragraphs, c.placeDate);
      expect(number.inTable && placeDate.inTable).toBe(true);
      const numberGap = c.number.exec(number.text)?.[1] ?? '';
      const dateGaps = (c.placeDate.exec(placeDate.text) ?? []).slice(1);
      expect(numberGap.length).toBeGreaterThanOrEqual(MIN_SPACES);
      for (const g of dateGaps) expect(g).toBe(numberGap);
      // Word drops runs of spaces unless the text says to keep them.
      for (const p of [number, placeDate]) {
        for (const t of Array.from(p.el.getElementsByTagNameNS(W, 't'))) {
          if (/ {2}/u.test(t.textContent ?? '')) expect(t.getAttribute('xml:space')).toBe('preserve');
        }
      }
      expect(number.runs.every((r) => r.sizeHalfPt === c.numberPt * 2 && !r.bold && !r.italic)).toBe(true);
      expect(placeDate.runs.every((r) => r.sizeHalfPt === 28 && r.italic)).toBe(true);
    });
  }
});

describe('DOCX as LibreOffice lays it out', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vanban-blanks-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  beforeAll(async () => {
    const files: string[] = [];
    for (const c of cases) {
      const file = join(dir, `${c.name}.docx`);
      writeFileSync(file, await renderDocx(compose(c.doc), c.doc));
      files.push(file);
    }
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${dir}/lo-profile`, '--convert-to', 'pdf', '--outdir', dir, ...files], {
      stdio: 'ignore',
      timeout: 300_000,
    });
  }, 320_000);

  for (const c of cases) {
    it(`${c.name}: the place-date stays on one line, its blanks wide enough to write in`, () => {
      const words = pageWords(join(dir, `${c.name}.pdf`), 1);
      const placeDate = lineOf(words, 'Lào');
      const expected = c.name === 'state' ? ['Lào', 'Cai,', 'ngày', 'tháng', '6', 'năm', '2026'] : ['Lào', 'Cai,', 'ngày', 'tháng', 'năm', '2026'];
      expect(placeDate.map((w) => w.text).slice(0, expected.length)).toEqual(expected);
      // Six spaces at 14 pt (a space is a quarter of an em in Times New Roman / Liberation Serif).
      const minPt = MIN_SPACES * 14 * 0.25 - 1;
      expect(gapAfter(placeDate, 'ngày')).toBeGreaterThan(minPt);
      if (c.name === 'party') expect(gapAfter(placeDate, 'tháng')).toBeGreaterThan(minPt);
      const number = lineOf(words, c.name === 'state' ? 'Số:' : 'Số');
      expect(gapAfter(number, number[0]!.text)).toBeGreaterThan(MIN_SPACES * c.numberPt * 0.25 - 1);
    });
  }
});
