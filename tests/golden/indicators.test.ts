// Báo cáo tổng kết with figures: indicator tables (computed percentages, Vietnamese figures,
// header repeated, numbers right-aligned, no wider than the text), the chart as a picture in the
// DOCX and as vectors in the PDF, the appendix on its own page with numbers restarting.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compose } from '../../src/compose';
import { rasterizeSvgNode } from '../../src/render/chart/rasterNode';
import { renderDocx } from '../../src/render/docx';
import { renderPdfNode } from '../../src/render/pdf/node';
import { findTemplate } from '../../src/templates';
import { attrOf, childOf, readDocx, W } from './docxReader';

const sample = findTemplate('sample-003-bao-cao-tong-ket-so-tttt-bac-giang')!;
const doc = sample.document;
const layout = compose(doc);

describe('indicator tables of the sample report (seed 003 figures)', () => {
  const docx = renderDocx(layout, doc, { rasterize: (svg, w) => rasterizeSvgNode(svg, w) });

  it('computes the percentages and writes figures the Vietnamese way', async () => {
    const parts = readDocx(await docx);
    const xml = parts.files['word/document.xml']!;
    for (const figure of ['431.500', '950.000', '58,8', '549,9', '806,7', '146,7 %', '30.000']) expect(xml).toContain(`>${figure}<`);
    expect(xml).not.toMatch(/NaN|Infinity/);
    for (const h of ['Kế hoạch 2008', 'Thực hiện 2008', 'Thực hiện 2007', '% so với kế hoạch', '% so với cùng kỳ']) expect(xml).toContain(h);
  });

  it('repeats the header row, right-aligns the numbers and stays within the text width', async () => {
    const parts = readDocx(await docx);
    const tables = parts.tables.filter((t) => t.textContent?.includes('% so với kế hoạch'));
    expect(tables).toHaveLength(2);
    for (const t of tables) {
      const rows = Array.from(t.getElementsByTagNameNS(W, 'tr'));
      expect(childOf(childOf(rows[0], 'trPr'), 'tblHeader')).not.toBeNull();
      expect(childOf(childOf(rows[1], 'trPr'), 'tblHeader')).toBeNull();
      const grid = Array.from(t.getElementsByTagNameNS(W, 'gridCol')).map((g) => Number(attrOf(g, 'w')));
      expect(grid).toHaveLength(7);
      expect(grid.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(9355);
      const cells = Array.from(rows[1]!.getElementsByTagNameNS(W, 'tc'));
      const jc = (tc: Element) => attrOf(childOf(childOf(tc.getElementsByTagNameNS(W, 'p')[0], 'pPr'), 'jc'), 'val');
      expect(jc(cells[0]!)).toBe('left');
      for (const c of cells.slice(2)) expect(jc(c)).toBe('right');
      expect(attrOf(childOf(childOf(t, 'tblPr'), 'tblBorders')?.firstElementChild, 'val')).toBe('single');
    }
  });

  it('places the chart as a PNG picture in the DOCX', async () => {
    const parts = readDocx(await docx);
    const { unzipSync } = await import('fflate');
    const media = Object.keys(unzipSync(await docx)).filter((n) => n.startsWith('word/media/'));
    expect(media.length).toBe(1);
    const png = unzipSync(await docx)[media[0]!]!;
    expect(Array.from(png.subarray(1, 4), (b) => String.fromCharCode(b)).join('')).toBe('PNG');
    expect(parts.files['word/document.xml']).toContain('<pic:pic');
  });

  it('draws the same chart and tables in the PDF, appendix on its own page numbered from 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vanban-ind-'));
    const pdf = join(dir, 'r.pdf');
    writeFileSync(pdf, await renderPdfNode(layout));
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).normalize('NFC');
    expect(text).toContain('146,7 %');
    expect(text).toContain('kế hoạch và thực hiện');
    const pages = text.split('\f').filter((p) => p.trim());
    const appendixPage = pages.findIndex((p) => p.includes('Phụ lục I'));
    expect(appendixPage).toBeGreaterThan(0);
    // The appendix starts a page, after the signature page, and carries no number on its first page.
    expect(pages[appendixPage - 1]).toContain('Nguyễn Văn Diệu');
    expect(pages[appendixPage]!.trimStart().startsWith('Phụ lục I')).toBe(true);
  });

  it('starts the appendix DOCX section on a new page with page numbers restarting', async () => {
    const parts = readDocx(await docx);
    const sects = Array.from(parts.document.getElementsByTagNameNS(W, 'sectPr'));
    expect(sects).toHaveLength(2);
    expect(attrOf(childOf(sects[1], 'pgNumType'), 'start')).toBe('1');
    const type = attrOf(childOf(sects[1], 'type'), 'val');
    expect(type === null || type === 'nextPage').toBe(true);
  });
});
