// Layout → PDF Blob in the browser. pdfmake's browser build and the four Tinos files load only when
// the first PDF is made: the fonts are Vite assets of this origin, fetched by pdfmake once and kept in
// its virtual file system. pdfmake's Roboto vfs_fonts is never imported, and the URL policy refuses
// any address outside this origin.
import type { TFontDictionary } from 'pdfmake/interfaces';
import type { Layout } from '../../compose';
import { PDF_FONT_FAMILY, pdfDefinition } from './definition';

type PdfMake = typeof import('pdfmake/build/pdfmake');

let loaded: Promise<PdfMake> | undefined;

const absolute = (url: string): string => new URL(url, globalThis.location.href).href;

function sameOrigin(url: string): boolean {
  try {
    return new URL(url).origin === globalThis.location.origin;
  } catch {
    return false;
  }
}

function loadPdfMake(): Promise<PdfMake> {
  loaded ??= (async () => {
    const [mod, normal, bold, italics, bolditalics] = await Promise.all([
      import('pdfmake/build/pdfmake'),
      import('@expo-google-fonts/tinos/400Regular/Tinos_400Regular.ttf?url'),
      import('@expo-google-fonts/tinos/700Bold/Tinos_700Bold.ttf?url'),
      import('@expo-google-fonts/tinos/400Regular_Italic/Tinos_400Regular_Italic.ttf?url'),
      import('@expo-google-fonts/tinos/700Bold_Italic/Tinos_700Bold_Italic.ttf?url'),
    ]);
    // The browser build is a UMD bundle: bundlers hand its module.exports over as the default export.
    const pdfMake = ((mod as { default?: PdfMake }).default ?? mod) as PdfMake;
    pdfMake.setUrlAccessPolicy(sameOrigin);
    const fonts: TFontDictionary = {
      [PDF_FONT_FAMILY]: {
        normal: absolute(normal.default),
        bold: absolute(bold.default),
        italics: absolute(italics.default),
        bolditalics: absolute(bolditalics.default),
      },
    };
    // Replace pdfmake's default Roboto entry: its files are not shipped.
    pdfMake.setFonts(fonts);
    return pdfMake;
  })();
  // A failed load (offline before the fonts were cached) may be retried on the next call.
  loaded.catch(() => {
    loaded = undefined;
  });
  return loaded;
}

export async function renderPdfBrowser(layout: Layout): Promise<Blob> {
  const pdfMake = await loadPdfMake();
  return pdfMake.createPdf(pdfDefinition(layout)).getBlob();
}
