// DOCX and PDF must show the same document: the PDF's page count is within one page of the
// DOCX's as LibreOffice lays it out (issue 3). LibreOffice is the slow part: one conversion run.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compose } from '../../src/compose';
import type { Document } from '../../src/model';
import { rasterizeSvgNode } from '../../src/render/chart/rasterNode';
import { renderDocx } from '../../src/render/docx';

const rasterize = (svg: string, widthPt: number) => rasterizeSvgNode(svg, widthPt);
import { renderPdfNode } from '../../src/render/pdf/node';
import { SAMPLES } from '../../src/templates';
import { makeLongReport } from '../fixtures/longReport';

const pages = (pdf: string): number => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1]);

const cases: [string, Document][] = [...SAMPLES.map((s): [string, Document] => [s.id, s.document]), ['long-report', makeLongReport(30)]];

describe('PDF and DOCX page counts agree', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vanban-pages-'));
  const counts = new Map<string, { docx: number; pdf: number }>();

  beforeAll(async () => {
    const docxFiles: string[] = [];
    for (const [name, doc] of cases) {
      const layout = compose(doc);
      const docx = join(dir, `${name}.docx`);
      writeFileSync(docx, await renderDocx(layout, doc, { rasterize }));
      writeFileSync(join(dir, `${name}.vanban.pdf`), await renderPdfNode(layout));
      docxFiles.push(docx);
    }
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${dir}/lo-profile`, '--convert-to', 'pdf', '--outdir', dir, ...docxFiles], {
      stdio: 'ignore',
      timeout: 600_000,
    });
    for (const [name] of cases) counts.set(name, { docx: pages(join(dir, `${name}.pdf`)), pdf: pages(join(dir, `${name}.vanban.pdf`)) });
  });

  it.each(cases.map(([n]) => n))('%s', (name) => {
    const c = counts.get(name)!;
    expect(c.docx).toBeGreaterThan(0);
    expect(Math.abs(c.pdf - c.docx), `PDF ${c.pdf} pages, DOCX ${c.docx} pages`).toBeLessThanOrEqual(1);
  });
});
