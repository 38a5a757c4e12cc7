// Inline marks and line breaks read back from the DOCX (document.xml) and the PDF (pdftotext):
// bold, italic and underline where the marks are, and a "\n" a line break inside the paragraph
// whose second line starts at the margin, not at the first-line indent.
import { afterAll, describe, expect, it } from 'vitest';
import { compose } from '../../src/compose';
import { renderDocx } from '../../src/render/docx';
import { makeDoc } from '../fixtures/docs';
import { PdfDir, pdfText } from '../pdf/poppler';
import { execFileSync } from 'node:child_process';
import { childOf, readDocx, W } from './docxReader';

/** Left edge (pt) of the first word of each line pdftotext finds on page 1, by the line's text. */
function lineStarts(file: string): { text: string; xMin: number }[] {
  const html = execFileSync('pdftotext', ['-bbox-layout', '-f', '1', '-l', '1', file, '-'], { encoding: 'utf8' });
  return Array.from(html.matchAll(/<line xMin="([\d.]+)"[^>]*>([\s\S]*?)<\/line>/gu), (m) => ({
    xMin: Number(m[1]),
    text: Array.from((m[2] ?? '').matchAll(/>([^<]*)<\/word>/gu), (w) => w[1]).join(' ').normalize('NFC'),
  }));
}

const TEXT = 'Đầu đậm giữa nghiêng và gạch chân.\nDòng thứ hai sau ngắt dòng';
const span = (word: string, type: 'bold' | 'italic' | 'underline') => ({ from: TEXT.indexOf(word), to: TEXT.indexOf(word) + word.length, type });
const doc = makeDoc({
  body: [
    { type: 'paragraph', text: TEXT, marks: [span('đậm', 'bold'), span('nghiêng', 'italic'), span('gạch chân', 'underline')] },
    { type: 'paragraph', text: 'Đoạn sau.' },
  ],
});

describe('marks and line breaks in the DOCX', () => {
  const parts = renderDocx(compose(doc), doc).then(readDocx);

  it('prints each mark as its run property, the rest plain', async () => {
    const p = (await parts).paragraphs.find((x) => x.text.startsWith('Đầu'))!;
    expect(p.runs.map((r) => [r.text, r.bold, r.italic, r.underline])).toEqual([
      ['Đầu ', false, false, false],
      ['đậm', true, false, false],
      [' giữa ', false, false, false],
      ['nghiêng', false, true, false],
      [' và ', false, false, false],
      ['gạch chân', false, false, true],
      ['.', false, false, false],
      ['Dòng thứ hai sau ngắt dòng', false, false, false],
    ]);
  });

  it('makes "\\n" a w:br inside one first-line-indented paragraph, not a space or a new paragraph', async () => {
    const { paragraphs } = await parts;
    const p = paragraphs.find((x) => x.text.startsWith('Đầu'))!;
    expect(p.firstLine).toBe(567);
    const breaks = p.el.getElementsByTagNameNS(W, 'br');
    expect(breaks).toHaveLength(1);
    // The break opens the run of the second line.
    const run = breaks[0]!.parentElement!;
    expect(run.localName).toBe('r');
    expect(childOf(run, 't')?.textContent).toBe('Dòng thứ hai sau ngắt dòng');
    expect(paragraphs.some((x) => x.text.startsWith('Dòng thứ hai'))).toBe(false);
    expect(p.text).not.toContain('\n');
  });
});

describe('marks and line breaks in the PDF', () => {
  const dir = new PdfDir();
  afterAll(() => dir.remove());

  it('breaks the line where "\\n" is, the second line starting at the left margin', async () => {
    const file = await dir.render(compose(doc));
    expect(pdfText(file, { first: 1 })).toContain('Dòng thứ hai sau ngắt dòng');
    const lines = lineStarts(file);
    const first = lines.find((l) => l.text.startsWith('Đầu đậm giữa'))!;
    const second = lines.find((l) => l.text.startsWith('Dòng thứ hai'))!;
    const next = lines.find((l) => l.text.startsWith('Đoạn sau'))!;
    // One line each: the break is a break, and the first line ends where the sentence ends.
    expect(first.text).toBe('Đầu đậm giữa nghiêng và gạch chân.');
    expect(second.text).toBe('Dòng thứ hai sau ngắt dòng');
    // The first line is indented like the next paragraph's (1 cm); the second starts 1 cm left of it.
    expect(Math.abs(first.xMin - next.xMin)).toBeLessThan(0.5);
    expect(first.xMin - second.xMin).toBeGreaterThan(27);
    expect(first.xMin - second.xMin).toBeLessThan(30);
  });
});
