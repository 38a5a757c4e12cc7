// A line that ends in a line break ("\n", Shift+Enter in the body) inside a justified paragraph:
// the PDF leaves it ragged, and so must the DOCX. Word and LibreOffice stretch such a line to both
// margins unless the file says w:doNotExpandShiftReturn; the word gaps are measured on the DOCX
// as LibreOffice lays it out (soffice → PDF → pdftotext -bbox).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compose } from '../../src/compose';
import { renderDocx } from '../../src/render/docx';
import { makeDoc } from '../fixtures/docs';
import { pageWords } from '../pdf/poppler';
import { parseXml, readDocx, W } from './docxReader';

const FIRST = 'Dòng thứ nhất của đoạn;';
const doc = makeDoc({
  body: [
    { type: 'paragraph', text: `${FIRST}\ndòng thứ hai sau ngắt dòng.` },
    { type: 'paragraph', text: 'Đoạn sau.' },
  ],
});
const dir = mkdtempSync(join(tmpdir(), 'vanban-shift-return-'));

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a line ending in a line break, in the DOCX', () => {
  const bytes = renderDocx(compose(doc), doc);

  it('says so in the settings: w:doNotExpandShiftReturn', async () => {
    const settings = readDocx(await bytes).files['word/settings.xml'] ?? '';
    const compat = parseXml(settings).getElementsByTagNameNS(W, 'doNotExpandShiftReturn');
    expect(compat).toHaveLength(1);
  });

  it('is laid out ragged by LibreOffice: its words a space apart, not spread to the right margin', async () => {
    const file = join(dir, 'shift-return.docx');
    writeFileSync(file, await bytes);
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${join(dir, 'profile')}`, '--convert-to', 'pdf', '--outdir', dir, file], { stdio: 'ignore', timeout: 120_000 });
    const words = pageWords(join(dir, 'shift-return.pdf'), 1);
    // The line: the words on the baseline of its first word, left to right (pdftotext's own order
    // follows the gaps, not the line, once a line is spread).
    const head = words.find((w) => w.text === 'Dòng');
    expect(head).toBeDefined();
    const line = words.filter((w) => Math.abs(w.yMax - head!.yMax) < 1).sort((a, b) => a.xMin - b.xMin);
    expect(line.map((w) => w.text)).toEqual(FIRST.split(' '));
    const gaps = line.slice(1).map((w, i) => w.xMin - line[i]!.xMax);
    // A space of Times New Roman 14 pt is 3.5 pt; stretched to the margin these five words would
    // stand some 60 pt apart.
    for (const g of gaps) expect(g).toBeLessThan(6);
  });
});
