// A text PDF → a Document draft: pdf.js gives each page's text runs with their positions,
// pdfLines.ts rebuilds lines and columns from them, importText recognises the parts. pdf.js is
// loaded only when a PDF is read: in the browser its modern build with its worker bundled by
// Vite from the app's own origin (pdfjsBrowser.ts; the CSP allows only 'self'), in Node its
// legacy build, which runs the worker's code in the same thread.
import { ImportError } from './errors';
import { convertLegacy, detectLegacyEncoding } from './legacyEncoding';
import { pdfTextLines, pdfTextSize, type PdfPageText, type PdfTextItem } from './pdfLines';
import { importText, type ImportOptions, type ImportResult } from './text';

type Pdfjs = typeof import('pdfjs-dist');

/** Fewer letters and digits than this over the whole file: a scan, not a text PDF. */
const MIN_TEXT = 20;

/** Node 20 lacks Promise.withResolvers (Node 22), which pdf.js 5+ uses. */
function polyfillWithResolvers(): void {
  const P = Promise as unknown as { withResolvers?: () => unknown };
  if (typeof P.withResolvers === 'function') return;
  P.withResolvers = () => {
    let resolve: (v: unknown) => void = () => undefined;
    let reject: (e: unknown) => void = () => undefined;
    const promise = new Promise((a, b) => {
      resolve = a;
      reject = b;
    });
    return { promise, resolve, reject };
  };
}

/** Node (the CLI, the tests), as opposed to a browser page or a Web Worker. */
function inNode(): boolean {
  return typeof process !== 'undefined' && typeof process.versions?.node === 'string';
}

async function loadPdfjs(): Promise<Pdfjs> {
  if (!inNode()) return (await import('./pdfjsBrowser')).pdfjsBrowser();
  polyfillWithResolvers();
  // A specifier Vite does not follow: the legacy build is for Node only and must not be bundled.
  const legacy = 'pdfjs-dist/legacy/build/pdf.mjs';
  return (await import(/* @vite-ignore */ legacy)) as Pdfjs;
}

function isTextItem(item: unknown): item is { str: string; transform: number[]; width: number } {
  return typeof item === 'object' && item !== null && 'str' in item && 'transform' in item;
}

/** Each page's text runs, in PDF points with y upwards. */
async function readPdfPages(bytes: Uint8Array): Promise<PdfPageText[]> {
  let pdfjs: Pdfjs;
  try {
    pdfjs = await loadPdfjs();
  } catch (cause) {
    throw new ImportError('unreadable', { cause });
  }
  // pdf.js takes ownership of the buffer it is given (it may transfer it to the worker).
  const data = bytes.slice();
  const task = pdfjs.getDocument({ data, useSystemFonts: false, disableFontFace: true, stopAtErrors: false, verbosity: 0 });
  try {
    const pdf = await task.promise;
    const pages: PdfPageText[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      // Without pdf.js's NFKC: it would turn TCVN3's "µ" (à) into "μ" and "¹" (ạ) into "1".
      // The ligatures that normalisation would undo are undone in pdfText/rows.ts.
      const content = await page.getTextContent({ disableNormalization: true });
      const [, , width = 0] = page.view;
      const items: PdfTextItem[] = [];
      for (const it of content.items) {
        if (!isTextItem(it)) continue;
        const [a = 0, b = 0, c = 0, d = 0, x = 0, y = 0] = it.transform;
        const size = Math.hypot(c, d) || Math.hypot(a, b);
        items.push({ str: it.str, x, y, width: it.width, size });
      }
      pages.push({ items, width });
      page.cleanup();
    }
    return pages;
  } catch (cause) {
    if (cause instanceof ImportError) throw cause;
    const name = (cause as { name?: string } | null)?.name;
    throw new ImportError(name === 'PasswordException' ? 'encrypted' : 'unreadable', { cause });
  } finally {
    // Closing the loading task frees the worker; a failure to close must not surface as an unhandled rejection.
    task.destroy().catch(() => undefined);
  }
}

/** The lines of a PDF's text, as importText reads them; a PDF without text is refused. */
export async function pdfLines(bytes: Uint8Array): Promise<string[]> {
  const pages = await readPdfPages(bytes);
  if (pdfTextSize(pages) < MIN_TEXT) throw new ImportError('scannedPdf');
  // A PDF printed from a document in the old TCVN3/VNI fonts carries their codes: converted run by
  // run before the columns are judged by their text.
  const encoding = detectLegacyEncoding(pages.map((p) => p.items.map((it) => it.str).join('\n')).join('\n'));
  if (!encoding) return pdfTextLines(pages);
  return pdfTextLines(pages.map((p) => ({ ...p, items: p.items.map((it) => ({ ...it, str: convertLegacy(it.str, encoding) })) })));
}

export async function importPdf(data: ArrayBuffer | Uint8Array, options: ImportOptions = {}): Promise<ImportResult> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  return importText((await pdfLines(bytes)).join('\n'), options);
}
