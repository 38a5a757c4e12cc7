// npm run bench [-- --json FILE] [--check]: medians of several runs, printed as markdown tables.
// Speed is measured here, never in tests.
//   1. chunk sizes of a production build (temp dir, never dist/): the start screen's JavaScript
//      against its 200 kB gzip budget, and what each feature fetches on first use;
//   2. the 30-page Báo cáo: DOCX, PDF and import in Node, and in Chromium through a bench page
//      (scripts/bench-page/) built with the app's modules and served by `vite preview`, plus one
//      keystroke in the live preview;
//   3. pandoc (Markdown → DOCX) and LibreOffice (DOCX → PDF) on the same content, as ratios.
// BENCH_RUNS sets the number of timed runs (default 7; LibreOffice 3). --json FILE writes the
// results as JSON; --check exits 1 when the start screen is over budget (the bench itself never fails
// on a number otherwise).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { compose } from '../src/compose';
import { importDocx } from '../src/import';
import type { Document } from '../src/model';
import { renderDocx } from '../src/render/docx';
import { renderPdfNode } from '../src/render/pdf/node';
import { makeLongReport } from '../tests/fixtures/longReport';
import { stripEmbedded } from './bench-docx';
import { documentMarkdown } from './bench-markdown';
import { measureSizes, sizeTables, type SizeReport } from './bench-sizes';
import { ms, runCounts, selfTimedRuns, table, timeRuns, timing, timingTable, type Timing } from './bench-stats';
import { hasCommand, libreOfficePdf, pandocDocx, pdfPages, version } from './bench-tools';
import { buildToTemp, launchChromium, serveBuilt } from './harness/browser';

function usage(message: string): never {
  console.error(`${message}\nusage: npm run bench [-- --json FILE] [--check]   (BENCH_RUNS=n for n timed runs)`);
  process.exit(2);
}

const args = process.argv.slice(2);
const jsonAt = args.indexOf('--json');
const jsonFile = jsonAt >= 0 ? args[jsonAt + 1] : undefined;
if (jsonAt >= 0 && (!jsonFile || jsonFile.startsWith('--'))) usage('--json needs a file name');
const unknown = args.filter((a, i) => a.startsWith('--') && a !== '--json' && a !== '--check' && !(i === jsonAt + 1 && jsonAt >= 0));
if (unknown.length) usage(`unknown option ${unknown.join(' ')}`);
const check = args.includes('--check');
const { runs: RUNS, slowRuns: SLOW_RUNS } = (() => {
  try {
    return runCounts();
  } catch (e) {
    return usage(e instanceof Error ? e.message : String(e));
  }
})();
/** Keystrokes typed per fresh preview; the preview is opened RUNS times. */
const KEYS_PER_RUN = 5;
const PAGES = 30;
const BENCH_PAGE = 'scripts/bench-page/index.html';

interface Comparison {
  label: string;
  otherMs: number;
  vanbanMs: number;
  ratio: number;
}

interface Results {
  date: string;
  environment: Record<string, string | number>;
  runs: { runs: number; slowRuns: number; keystrokesPerRun: number };
  sizes: SizeReport;
  node: Timing[];
  chromium: Timing[];
  tools: Timing[];
  comparisons: Comparison[];
  notes: string[];
}

const kb = (bytes: number): string => `${(bytes / 1000).toFixed(1)} kB`;
const log = (s: string): void => void process.stderr.write(`… ${s}\n`);

/** Whether an import gave back the report exactly (the embedded Document) or a reading of its text. */
function exact(doc: Document, report: Document, unrecognised: number): boolean {
  return doc.body.length === report.body.length && unrecognised === 0;
}

async function nodeTimings(report: Document, work: string, results: Results): Promise<{ docx: Uint8Array; word: Uint8Array; pdfFile: string }> {
  log('Node: compose, DOCX, PDF, import');
  const rows = results.node;
  rows.push(timing('compose', await timeRuns(RUNS, () => compose(report))));
  let docx: Uint8Array = new Uint8Array();
  rows.push(timing('DOCX (compose included)', await timeRuns(RUNS, async () => {
    docx = await renderDocx(compose(report), report);
  })));
  let pdf: Uint8Array = new Uint8Array();
  rows.push(timing('PDF (compose included)', await timeRuns(RUNS, async () => {
    pdf = await renderPdfNode(compose(report));
  })));
  const pdfFile = join(work, 'vanban.pdf');
  writeFileSync(pdfFile, pdf);
  const pages = pdfPages(pdfFile);
  (rows[1] as Timing).output = kb(docx.byteLength);
  (rows[2] as Timing).output = `${kb(pdf.byteLength)}${pages ? `, ${pages} pages` : ''}`;

  const word = stripEmbedded(docx);
  for (const [label, bytes] of [
    ['import of that .docx (embedded Document)', docx],
    ['import of that .docx without the embedded part (mammoth)', word],
  ] as const) {
    let blocks = 0;
    let isExact = false;
    const samples = await timeRuns(RUNS, async () => {
      const r = await importDocx(bytes);
      blocks = r.document.body.length;
      isExact = exact(r.document, report, r.unrecognisedLines);
    });
    rows.push(timing(label, samples, { output: `${blocks} body blocks${isExact ? ', exact' : ''}` }));
  }
  return { docx, word, pdfFile };
}

async function chromiumTimings(docx: Uint8Array, word: Uint8Array, results: Results): Promise<void> {
  log('Chromium: building the bench page');
  const served = await serveBuilt(await buildToTemp('vanban-bench-page-', { input: { bench: BENCH_PAGE } }));
  const browser = await launchChromium();
  try {
    results.environment.chromium = browser.version();
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${served.url}${BENCH_PAGE}`);
    await page.waitForFunction(() => typeof window.vanbanBench === 'object', undefined, { timeout: 60_000 });
    const bench = {
      docx: () => page.evaluate(() => window.vanbanBench.docx()),
      pdf: () => page.evaluate(() => window.vanbanBench.pdf()),
      importDocx: (b64: string) => page.evaluate((b) => window.vanbanBench.importDocx(b), b64),
      preview: (keys: number) => page.evaluate((k) => window.vanbanBench.preview(k, 0.65), keys),
    };
    const rows = results.chromium;

    log('Chromium: DOCX, PDF, import');
    const d = await selfTimedRuns(RUNS, bench.docx);
    rows.push(timing('DOCX (compose included)', d.samples, { output: kb(d.last.size) }));
    const p = await selfTimedRuns(RUNS, bench.pdf);
    rows.push(timing('PDF (compose included)', p.samples, { output: `${kb(p.last.size)}, ${p.last.pages} pages` }));
    for (const [label, bytes] of [
      ['import of the .docx (embedded Document)', docx],
      ['import of the .docx without the embedded part (mammoth)', word],
    ] as const) {
      const b64 = Buffer.from(bytes).toString('base64');
      const r = await selfTimedRuns(RUNS, () => bench.importDocx(b64));
      rows.push(timing(label, r.samples, { output: `${r.last.size} body blocks${r.last.embedded ? ', exact' : ''}` }));
    }

    log('Chromium: keystrokes in the live preview');
    await bench.preview(KEYS_PER_RUN); // warm-up
    const first: number[] = [];
    const updates: number[] = [];
    const composeMs: number[] = [];
    const render: number[] = [];
    let pages = 0;
    for (let i = 0; i < RUNS; i++) {
      const r = await bench.preview(KEYS_PER_RUN);
      if (r.first !== undefined) first.push(r.first);
      updates.push(...r.updates);
      composeMs.push(...r.compose);
      render.push(...r.preview);
      pages = r.pages;
    }
    const shown = `${pages} preview pages, scale 0.65`;
    rows.push(timing('preview: first render of a fresh preview (every block measured)', first, { output: shown }));
    rows.push(timing("preview: one keystroke, performance 'preview:update' (new Layout → pages committed)", updates, {
      output: shown,
      note: `${KEYS_PER_RUN} keystrokes in each of ${RUNS} fresh previews`,
    }));
    rows.push(timing('preview: one keystroke, compose()', composeMs));
    rows.push(timing('preview: one keystroke, Preview render + style/layout', render));
    if (errors.length) throw new Error(`errors in the bench page: ${errors.join('; ')}`);
  } finally {
    await browser.close();
    await served.close();
  }
}

async function toolTimings(report: Document, docx: Uint8Array, work: string, results: Results): Promise<void> {
  const rows = results.tools;
  const vanban = (group: Timing[], label: string): number => group.find((t) => t.label === label)?.medianMs ?? NaN;
  const compare = (label: string, other: Timing | undefined, vanbanMs: number): void => {
    if (!other) return;
    results.comparisons.push({ label, otherMs: other.medianMs, vanbanMs, ratio: other.medianMs / vanbanMs });
  };

  if (hasCommand('pandoc')) {
    log('pandoc: Markdown → DOCX');
    results.environment.pandoc = version('pandoc');
    const md = join(work, 'report.md');
    writeFileSync(md, documentMarkdown(report));
    const r = await pandocDocx(md, join(work, 'pandoc.docx'), RUNS);
    const t = timing('pandoc, Markdown → DOCX (a process per run)', r.samples, { output: kb(r.bytes) });
    rows.push(t);
    compare('pandoc md→docx / Vanban docx (Node)', t, vanban(results.node, 'DOCX (compose included)'));
    compare('pandoc md→docx / Vanban docx (Chromium)', t, vanban(results.chromium, 'DOCX (compose included)'));
  } else {
    results.notes.push('pandoc is not installed (apt-get install -y pandoc): no pandoc comparison.');
  }

  if (hasCommand('soffice')) {
    log('LibreOffice: DOCX → PDF (first run creates its profile)');
    results.environment.libreoffice = version('soffice');
    const docxFile = join(work, 'report.docx');
    writeFileSync(docxFile, docx);
    const r = await libreOfficePdf(docxFile, work, SLOW_RUNS);
    const pages = pdfPages(r.outFile);
    const t = timing('LibreOffice, DOCX → PDF (soffice --headless --convert-to pdf)', r.samples, {
      output: `${kb(r.bytes)}${pages ? `, ${pages} pages` : ''}`,
    });
    rows.push(t);
    compare('LibreOffice docx→pdf / Vanban pdf (Node)', t, vanban(results.node, 'PDF (compose included)'));
    compare('LibreOffice docx→pdf / Vanban pdf (Chromium)', t, vanban(results.chromium, 'PDF (compose included)'));
  } else {
    results.notes.push('LibreOffice (soffice) is not installed: no LibreOffice comparison.');
  }
}

function print(results: Results): void {
  const out: string[] = [];
  const env = results.environment;
  out.push(`\n## Vanban bench — ${results.date}`);
  out.push(
    `Node ${env.node}, ${env.cpus} × ${env.cpuModel}; Chromium ${env.chromium ?? '–'}; ${env.pandoc ?? 'no pandoc'}; ${env.libreoffice ?? 'no LibreOffice'}; load average ${env.loadAverageAtStart} at the start (other work on the machine makes timings noisier).`,
  );
  out.push(`Timings: median of the runs shown, after one warm-up run. 1 kB = 1000 bytes; gzip at zlib's default level.`);
  out.push('\n### 1. Chunk sizes (production build)\n');
  out.push(sizeTables(results.sizes));
  out.push(`\n### 2a. The ${PAGES}-page Báo cáo in Node\n`);
  out.push(timingTable(results.node));
  out.push(`\n### 2b. The ${PAGES}-page Báo cáo in Chromium (production build, vite preview)\n`);
  out.push(timingTable(results.chromium));
  if (results.tools.length) {
    out.push(`\n### 3. What a user would otherwise run, on the same content\n`);
    out.push(timingTable(results.tools));
    out.push('');
    out.push(
      table(
        ['comparison', 'other ms', 'Vanban ms', 'ratio'],
        results.comparisons.map((c) => [c.label, ms(c.otherMs), ms(c.vanbanMs), `${c.ratio.toFixed(1)}×`]),
        ['l', 'r', 'r', 'r'],
      ),
    );
  }
  for (const n of results.notes) out.push(`\nNote: ${n}`);
  console.log(out.join('\n'));
}

async function main(): Promise<void> {
  const cpu = cpus();
  const results: Results = {
    date: new Date().toISOString(),
    environment: { node: process.version, cpus: cpu.length, cpuModel: cpu[0]?.model.trim() ?? '?', loadAverageAtStart: Number((loadavg()[0] ?? 0).toFixed(2)) },
    runs: { runs: RUNS, slowRuns: SLOW_RUNS, keystrokesPerRun: KEYS_PER_RUN },
    sizes: { start: { files: [], raw: 0, gzip: 0, budgetGzip: 0, pass: false, css: [] }, lazy: [], features: [] },
    node: [],
    chromium: [],
    tools: [],
    comparisons: [],
    notes: [],
  };
  const work = mkdtempSync(join(tmpdir(), 'vanban-bench-'));
  try {
    log('building the app (production, temp dir) for chunk sizes');
    const appDir = await buildToTemp('vanban-bench-app-', { manifest: true });
    try {
      results.sizes = measureSizes(appDir);
    } finally {
      rmSync(appDir, { recursive: true, force: true });
    }

    const report = makeLongReport(PAGES);
    const { docx, word } = await nodeTimings(report, work, results);
    await chromiumTimings(docx, word, results);
    await toolTimings(report, docx, work, results);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }

  print(results);
  if (jsonFile) {
    writeFileSync(resolve(jsonFile), `${JSON.stringify(results, null, 2)}\n`);
    log(`results written to ${resolve(jsonFile)}`);
  }
  if (check && !results.sizes.start.pass) {
    console.error(`start screen JavaScript is ${results.sizes.start.gzip} bytes gzipped, over the ${results.sizes.start.budgetGzip} budget`);
    process.exitCode = 1;
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
