// The page `npm run bench` times in Chromium: the 30-page Báo cáo made into DOCX and PDF, a .docx
// imported, and keystrokes in the live preview, through the modules and loaders the app itself
// uses (src/ui/modules: chunks fetched on first use). Built by Vite on its own, never part of the
// app's bundle. Every call times its own work with performance.now() and returns milliseconds.
import { createRoot, type Root } from 'react-dom/client';
import { compose } from '../../src/compose';
import type { Document } from '../../src/model';
import { loadDocx, loadImport, loadPdf } from '../../src/ui/modules';
import { makeLongReport } from '../../tests/fixtures/longReport';
import { typeIntoPreview, type KeystrokeResult } from '../harness/preview-keystrokes';
import { withEdit } from './edit';

export interface Timed {
  ms: number;
  /** Output size in bytes (DOCX, PDF) or body blocks (import). */
  size: number;
}

export interface VanbanBench {
  docx(): Promise<Timed>;
  pdf(): Promise<Timed & { pages: number }>;
  /** Imports a .docx given as base64 (decoded before the clock starts). */
  importDocx(base64: string): Promise<Timed & { embedded: boolean }>;
  /** Types `keys` characters into the report's live preview. */
  preview(keys: number, scale?: number): Promise<KeystrokeResult>;
}

declare global {
  interface Window {
    vanbanBench: VanbanBench;
  }
}

const report: Document = makeLongReport(30);
const container = document.getElementById('root');
if (!container) throw new Error('#root is missing');
let root: Root | undefined;

window.vanbanBench = {
  async docx() {
    const { renderDocx } = await loadDocx();
    const t0 = performance.now();
    const bytes = await renderDocx(compose(report), report);
    return { ms: performance.now() - t0, size: bytes.byteLength };
  },
  async pdf() {
    const { renderPdfBrowser } = await loadPdf();
    const t0 = performance.now();
    const blob = await renderPdfBrowser(compose(report));
    const ms = performance.now() - t0;
    // pdfmake (PDFKit) writes no object streams: each page object is visible in the bytes.
    const pages = ((await blob.text()).match(/\/Type\s*\/Page\b/g) ?? []).length;
    return { ms, size: blob.size, pages };
  },
  async importDocx(base64) {
    const { importDocx } = await loadImport();
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const t0 = performance.now();
    const result = await importDocx(bytes);
    const ms = performance.now() - t0;
    // An exact import gives back the report's own body; mammoth's reading recognises its own.
    const embedded = result.document.body.length === report.body.length && result.unrecognisedLines === 0;
    return { ms, size: result.document.body.length, embedded };
  },
  preview(keys, scale) {
    // A fresh Preview each time: the first render measures every block.
    root?.unmount();
    root = createRoot(container);
    return typeIntoPreview(root, (edit) => withEdit(report, edit), keys, scale);
  },
};
