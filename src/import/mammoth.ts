// A .docx's text as lines, the way mammoth reads it (paragraphs, list items, table cells). One
// reader for a foreign file, a Vanban file's text and the text its embedded Document would
// give, so that all three are read alike. mammoth is loaded only when needed — its package
// "browser" field gives Vite the browser build, Node takes its main build.
import { ImportError } from './errors';
import { htmlToLines } from './html';
import { convertLegacy, detectLegacyEncoding } from './legacyEncoding';

type Mammoth = typeof import('mammoth');

async function loadMammoth(): Promise<Mammoth> {
  const mod = (await import('mammoth')) as Mammoth & { default?: Mammoth };
  return mod.default ?? mod;
}

export async function docxLines(bytes: Uint8Array): Promise<string[]> {
  const mammoth = await loadMammoth();
  // A copy, so that mammoth's zip reader gets a whole ArrayBuffer whatever view it was given.
  const buffer = bytes.slice().buffer;
  let html: string;
  try {
    // Node's build reads `buffer`, the browser build `arrayBuffer`; both take the bytes.
    const input = { arrayBuffer: buffer, buffer } as unknown as Parameters<Mammoth['convertToHtml']>[0];
    html = (await mammoth.convertToHtml(input)).value;
  } catch (cause) {
    throw new ImportError('unreadable', { cause });
  }
  // A file typed in the old TCVN3 or VNI fonts is converted to Unicode before its tables are
  // judged by their text (legacyEncoding.ts), text node by text node (a node is a run of one
  // font, which tells .VnTimeH capitals); a Unicode file is left as it is.
  const encoding = detectLegacyEncoding(html);
  if (encoding) html = html.replace(/>([^<]+)</g, (_m, text: string) => `>${convertLegacy(text, encoding)}<`);
  return htmlToLines(html);
}
