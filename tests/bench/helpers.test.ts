// The bench's helpers (scripts/bench-*.ts) decide what is counted, not how fast anything is: which
// files the start screen loads, that the stripped .docx really takes the mammoth path, and that
// pandoc gets the same content. No timing here.
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { stripEmbedded } from '../../scripts/bench-docx';
import { documentMarkdown } from '../../scripts/bench-markdown';
import { measureSizes, START_BUDGET_GZIP } from '../../scripts/bench-sizes';
import { median, runCounts } from '../../scripts/bench-stats';
import { compose } from '../../src/compose';
import { importDocx } from '../../src/import';
import { renderDocx } from '../../src/render/docx';
import { makeLongReport } from '../fixtures/longReport';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A fake build: files of the given sizes (incompressible bytes) and a manifest. */
function fakeBuild(files: Record<string, number>, manifest: unknown, html: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'vanban-bench-test-'));
  dirs.push(dir);
  for (const [name, size] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), randomBytes(size));
  }
  mkdirSync(join(dir, '.vite'));
  writeFileSync(join(dir, '.vite/manifest.json'), JSON.stringify(manifest));
  writeFileSync(join(dir, 'index.html'), html);
  return dir;
}

const MANIFEST = {
  'index.html': { file: 'assets/index.js', src: 'index.html', isEntry: true, imports: ['_runtime.js'], css: ['assets/index.css'], dynamicImports: ['src/ui/editor/Editor.tsx', 'src/render/docx/index.ts', 'src/render/chart/rasterBrowser.ts', 'src/render/pdf/browser.ts', 'src/import/index.ts'] },
  '_runtime.js': { file: 'assets/runtime.js' },
  '_compose.js': { file: 'assets/compose.js', imports: ['index.html'] },
  'src/ui/editor/Editor.tsx': { file: 'assets/Editor.js', src: 'src/ui/editor/Editor.tsx', isDynamicEntry: true, imports: ['index.html', '_compose.js'] },
  'src/render/docx/index.ts': { file: 'assets/docx.js', src: 'src/render/docx/index.ts', isDynamicEntry: true, imports: ['index.html'] },
  'src/render/chart/rasterBrowser.ts': { file: 'assets/raster.js', src: 'src/render/chart/rasterBrowser.ts', isDynamicEntry: true },
  'src/render/pdf/browser.ts': { file: 'assets/browser.js', src: 'src/render/pdf/browser.ts', isDynamicEntry: true, imports: ['index.html', '_compose.js'], dynamicImports: ['node_modules/pdfmake/build/pdfmake.js', ...['400Regular/Tinos_400Regular', '700Bold/Tinos_700Bold', '400Regular_Italic/Tinos_400Regular_Italic', '700Bold_Italic/Tinos_700Bold_Italic'].map((f) => `node_modules/@expo-google-fonts/tinos/${f}.ttf?url`)] },
  'node_modules/pdfmake/build/pdfmake.js': { file: 'assets/pdfmake.js', src: 'node_modules/pdfmake/build/pdfmake.js', isDynamicEntry: true, imports: ['_runtime.js'] },
  ...Object.fromEntries(
    ['400Regular/Tinos_400Regular', '700Bold/Tinos_700Bold', '400Regular_Italic/Tinos_400Regular_Italic', '700Bold_Italic/Tinos_700Bold_Italic'].map((f, i) => [
      `node_modules/@expo-google-fonts/tinos/${f}.ttf?url`,
      { file: `assets/font${i}.js`, isDynamicEntry: true, assets: [`assets/font${i}.ttf`] },
    ]),
  ),
  'src/import/index.ts': { file: 'assets/import.js', src: 'src/import/index.ts', isDynamicEntry: true, imports: ['index.html'], dynamicImports: ['node_modules/mammoth/lib/index.js'] },
  'node_modules/mammoth/lib/index.js': { file: 'assets/mammoth.js', src: 'node_modules/mammoth/lib/index.js', isDynamicEntry: true },
};

const FILES: Record<string, number> = {
  'assets/index.js': 150_000,
  'assets/runtime.js': 1_000,
  'assets/index.css': 5_000,
  'assets/compose.js': 2_000,
  'assets/Editor.js': 30_000,
  'assets/docx.js': 40_000,
  'assets/raster.js': 500,
  'assets/browser.js': 1_500,
  'assets/pdfmake.js': 60_000,
  'assets/import.js': 3_000,
  'assets/mammoth.js': 20_000,
  ...Object.fromEntries([0, 1, 2, 3].flatMap((i) => [[`assets/font${i}.js`, 100], [`assets/font${i}.ttf`, 10_000]])),
};

const HTML = '<script type="module" crossorigin src="/assets/index.js"></script><link rel="modulepreload" crossorigin href="/assets/runtime.js"><link rel="stylesheet" href="/assets/index.css">';

describe('chunk sizes from the manifest', () => {
  it('counts the entry and its static imports as the start screen, and nothing lazy', () => {
    const r = measureSizes(fakeBuild(FILES, MANIFEST, HTML));
    expect(r.start.files.map((f) => f.file).sort()).toEqual(['assets/index.js', 'assets/runtime.js']);
    expect(r.start.raw).toBe(151_000);
    expect(r.start.css.map((f) => f.file)).toEqual(['assets/index.css']);
    // Random bytes do not compress: 151 kB gzipped stays under the budget, PASS.
    expect(r.start.gzip).toBeGreaterThan(151_000);
    expect(r.start.pass).toBe(r.start.gzip <= START_BUDGET_GZIP);
    expect(r.start.pass).toBe(true);
  });

  it('fails the budget when the start screen grows', () => {
    const r = measureSizes(fakeBuild({ ...FILES, 'assets/index.js': 210_000 }, MANIFEST, HTML));
    expect(r.start.pass).toBe(false);
  });

  it("gives each feature what its first use fetches, without the start screen's other lazy chunks", () => {
    const r = measureSizes(fakeBuild(FILES, MANIFEST, HTML));
    const files = (id: string) => r.features.find((f) => f.id === id)?.files.sort();
    expect(files('editor')).toEqual(['assets/Editor.js', 'assets/compose.js']);
    expect(files('docx')).toEqual(['assets/docx.js', 'assets/raster.js']);
    expect(files('pdf')).toEqual([
      'assets/browser.js', 'assets/compose.js', 'assets/font0.js', 'assets/font0.ttf', 'assets/font1.js', 'assets/font1.ttf',
      'assets/font2.js', 'assets/font2.ttf', 'assets/font3.js', 'assets/font3.ttf', 'assets/pdfmake.js',
    ]);
    expect(files('import')).toEqual(['assets/import.js']);
    expect(files('import-word')).toEqual(['assets/import.js', 'assets/mammoth.js']);
    // No service worker in this build: the optional feature is left out.
    expect(r.features.some((f) => f.id === 'sw')).toBe(false);
    expect(r.lazy.find((c) => c.file === 'assets/compose.js')?.features.sort()).toEqual(['editor', 'pdf']);
  });

  it('also counts a script the built index.html loads that the manifest does not tie to the entry', () => {
    const r = measureSizes(fakeBuild({ ...FILES, 'assets/extra.js': 1_000 }, MANIFEST, `${HTML}<link rel="modulepreload" href="/assets/extra.js">`));
    expect(r.start.files.map((f) => f.file)).toContain('assets/extra.js');
  });
});

describe('the 30-page report for the comparisons', () => {
  const report = makeLongReport(30);

  it('imports exactly with the embedded Document, and through mammoth once it is stripped', async () => {
    const docx = await renderDocx(compose(report), report);
    const stripped = stripEmbedded(docx);
    const parts = Object.keys(unzipSync(stripped));
    expect(parts.some((p) => p.startsWith('customXml/'))).toBe(false);
    const files = unzipSync(stripped);
    expect(strFromU8(files['word/_rels/document.xml.rels'] as Uint8Array)).not.toContain('customXml');
    expect(strFromU8(files['[Content_Types].xml'] as Uint8Array)).not.toContain('customXml');

    const exact = await importDocx(docx);
    expect(exact.document).toEqual(report);
    const read = await importDocx(stripped);
    expect(read.document).not.toEqual(report);
    // mammoth's reading still finds the report's text.
    expect(JSON.stringify(read.document.body)).toContain('Chỉ tiêu số 24');
  });

  it('writes the same content as Markdown: labelled headings, lists, a pipe table, the closing', () => {
    const md = documentMarkdown(report);
    expect(md).toContain('## I. Nội dung lớn thứ 1');
    expect(md).toContain('**1. Lĩnh vực 1** kết quả cụ thể như sau:');
    expect(md).toMatch(/\n\n\| Chỉ tiêu \| Đơn vị tính \| Kế hoạch 2026 \| Thực hiện 2026 \| Thực hiện 2025 \|\n\| :--- \| :---: \| ---: \| ---: \| ---: \|\n\| Chỉ tiêu số 1 \|/);
    expect(md.match(/^- /gm)?.length).toBeGreaterThan(20);
    const paragraphs = report.body.filter((b) => b.type === 'paragraph').length;
    expect(md.split('\n\n').filter((p) => p.startsWith('Năm 2026')).length).toBe(paragraphs - 2);
    expect(md).toContain('**GIÁM ĐỐC**\\\n**Nguyễn Văn A**');
  });

  it('escapes what Markdown would read as markup', () => {
    const doc = { ...report, body: [{ type: 'paragraph' as const, text: '1. a *b* | c_d #e' }] };
    expect(documentMarkdown(doc)).toContain('\n\n1\\. a \\*b\\* | c\\_d \\#e\n\n');
  });
});

describe('run counts and medians', () => {
  it('takes BENCH_RUNS for every measure, and 7 (LibreOffice 3) without it', () => {
    expect(runCounts({})).toEqual({ runs: 7, slowRuns: 3 });
    expect(runCounts({ BENCH_RUNS: '2' })).toEqual({ runs: 2, slowRuns: 2 });
    expect(() => runCounts({ BENCH_RUNS: 'x' })).toThrow(/BENCH_RUNS/);
    expect(() => runCounts({ BENCH_RUNS: '0' })).toThrow(/BENCH_RUNS/);
  });

  it('is the middle value, or the mean of the two middle ones', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });
});
