// What the UI takes from the rest of the app. Light modules (check, the preview) are on the
// editor's path; heavy ones (import with mammoth, docx, pdfmake and its fonts) are separate chunks
// fetched when the user first asks for them.
import type { ComponentType } from 'react';
import type { Layout } from '../compose';
import type { Document } from '../model';
import { Preview } from '../render/html';
import { ImportError } from '../import/errors';

export type { Finding } from '../check/types';
export type { ImportResult } from '../import';

export interface PreviewProps {
  layout: Layout;
  scale?: number;
}

export function previewComponent(): ComponentType<PreviewProps> {
  return Preview;
}

/** Thrown when a feature's module could not be loaded (e.g. a chunk failed to arrive). */
export class ModuleMissingError extends Error {
  constructor(readonly feature: 'import' | 'docx' | 'pdf') {
    super(`${feature} is not available`);
    this.name = 'ModuleMissingError';
  }
}

export const loadImport = () => import('../import');

export async function loadDocx(): Promise<{ renderDocx(layout: Layout, doc: Document): Promise<Uint8Array> }> {
  const [{ renderDocx }, { rasterizeSvgBrowser }] = await Promise.all([
    import('../render/docx'),
    import('../render/chart/rasterBrowser'),
  ]);
  // Charts are drawn by the browser onto a canvas and placed in the DOCX as pictures.
  return { renderDocx: (layout, doc) => renderDocx(layout, doc, { rasterize: rasterizeSvgBrowser }) };
}

export const loadPdf = () => import('../render/pdf/browser');

/** The stable key of an import failure ("notDocx", "unreadable"), for the i18n message. */
export function importErrorKey(error: unknown): string | undefined {
  return error instanceof ImportError ? error.code : undefined;
}
