// Layout → PDF bytes in Node (CLI, tests). pdfmake's server build reads the Tinos files from
// node_modules; the access policies allow exactly those four files and no URL at all, so nothing is
// fetched and pdfmake does not warn.
import { createRequire } from 'node:module';
import type { TFontDictionary } from 'pdfmake/interfaces';
import type { Layout } from '../../compose';
import { PDF_FONT_FAMILY, pdfDefinition } from './definition';
import { TINOS_FILES, type FontStyleKey } from './fonts';

type PdfMake = typeof import('pdfmake');

let loaded: Promise<PdfMake> | undefined;

function fontPaths(): Record<FontStyleKey, string> {
  const require = createRequire(import.meta.url);
  const resolve = (file: string): string => require.resolve(`@expo-google-fonts/tinos/${file}`);
  return {
    normal: resolve(TINOS_FILES.normal),
    bold: resolve(TINOS_FILES.bold),
    italics: resolve(TINOS_FILES.italics),
    bolditalics: resolve(TINOS_FILES.bolditalics),
  };
}

function loadPdfMake(): Promise<PdfMake> {
  loaded ??= import('pdfmake').then((mod) => {
    // pdfmake's server entry is CommonJS (`module.exports = new pdfmake()`): its API is the default export.
    const pdfMake = ((mod as { default?: PdfMake }).default ?? mod) as PdfMake;
    const paths = fontPaths();
    const allowed = new Set<string>(Object.values(paths));
    pdfMake.setUrlAccessPolicy(() => false);
    pdfMake.setLocalAccessPolicy((path) => allowed.has(path));
    const fonts: TFontDictionary = { [PDF_FONT_FAMILY]: { ...paths } };
    pdfMake.setFonts(fonts);
    return pdfMake;
  });
  return loaded;
}

export async function renderPdfNode(layout: Layout): Promise<Uint8Array> {
  const pdfMake = await loadPdfMake();
  const buffer = await pdfMake.createPdf(pdfDefinition(layout)).getBuffer();
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
