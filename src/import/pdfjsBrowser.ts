// pdf.js in the browser: the modern build, and its worker as a module Vite bundles into a
// chunk of the app (served from the app's own origin, as the CSP requires, and precached by the
// service worker like every other .js chunk). One worker for the page's lifetime.
import * as pdfjs from 'pdfjs-dist';
import PdfWorker from 'pdfjs-dist/build/pdf.worker.min.mjs?worker';

export function pdfjsBrowser(): typeof pdfjs {
  if (!pdfjs.GlobalWorkerOptions.workerPort) pdfjs.GlobalWorkerOptions.workerPort = new PdfWorker();
  return pdfjs;
}
