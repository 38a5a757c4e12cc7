// One entry for a file of any kind the importer reads, chosen by its content (a file's name
// can lie: a .doc renamed .docx, a PDF saved as .txt): a zip is a .docx, "%PDF" a PDF, the OLE2
// signature a Word 97–2003 .doc, anything else text. Text is decoded as UTF-8 (with or without
// BOM) or UTF-16 by its BOM; a file that is not valid UTF-8 is windows-1258 (the Vietnamese
// Windows code page) or, holding TCVN3/VNI codes, windows-1252 read through legacyEncoding.
// Each reader and its library (mammoth, pdf.js, cfb) is loaded only when a file of its kind
// comes.
// docx.ts is light (mammoth itself is loaded inside it, when needed), so it is imported as is.
import { importDocx } from './docx';
import { ImportError } from './errors';
import { toUnicode } from './legacyEncoding';
import { importText, type ImportOptions, type ImportResult } from './text';

export type FileKind = 'docx' | 'pdf' | 'doc' | 'text';

const startsWith = (bytes: Uint8Array, sig: readonly number[], at = 0): boolean => sig.every((b, i) => bytes[at + i] === b);

/** What a file is, from its first bytes. */
export function fileKind(bytes: Uint8Array): FileKind {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'docx';
  // "%PDF-" may follow a few bytes of junk (the spec allows it within the first 1024 bytes).
  const head = String.fromCharCode(...bytes.subarray(0, 1024));
  if (head.includes('%PDF-')) return 'pdf';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'doc';
  return 'text';
}

/** Control bytes no text file has (NUL and most C0 codes other than tab, CR, LF, FF). */
function looksBinary(text: string): boolean {
  const sample = text.slice(0, 4096);
  if (!sample) return false;
  const bad = sample.match(/[\u0000-\u0008\u000E-\u001A\u001C-\u001F]/g)?.length ?? 0;
  return bad > sample.length * 0.01;
}

function decode(label: string, bytes: Uint8Array, fatal = false): string {
  return new TextDecoder(label, { fatal }).decode(bytes);
}

/** A text file's bytes → Unicode text (before the legacy-font check). */
export function decodeText(bytes: Uint8Array): string {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return decode('utf-8', bytes.subarray(3));
  if (startsWith(bytes, [0xff, 0xfe])) return decode('utf-16le', bytes.subarray(2));
  if (startsWith(bytes, [0xfe, 0xff])) return decode('utf-16be', bytes.subarray(2));
  try {
    return decode('utf-8', bytes, true);
  } catch {
    // Not UTF-8: an 8-bit Vietnamese text. TCVN3 and VNI bytes read as windows-1252 are what
    // legacyEncoding converts; otherwise windows-1258 (tone marks as combining characters,
    // composed by NFC).
    const latin = decode('windows-1252', bytes);
    if (toUnicode(latin).encoding) return latin;
    try {
      return decode('windows-1258', bytes).normalize('NFC');
    } catch {
      return latin;
    }
  }
}

export interface FileImportResult extends ImportResult {
  /** What the file was read as. */
  kind: FileKind;
  /** The legacy encoding its text was converted from, when it was one. */
  legacyEncoding?: 'tcvn3' | 'vni';
}

/**
 * A file → a Document draft. `name` is used for nothing but the error of a file that is
 * neither of the kinds read nor text. Throws ImportError (notDocx, unreadable, scannedPdf,
 * encrypted, docUnsupported, unsupported).
 */
export async function importFile(name: string, data: ArrayBuffer | Uint8Array, options: ImportOptions = {}): Promise<FileImportResult> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  const kind = fileKind(bytes);
  switch (kind) {
    case 'docx':
      return { ...(await importDocx(bytes, options)), kind };
    case 'pdf': {
      const { importPdf } = await import('./pdf');
      return { ...(await importPdf(bytes, options)), kind };
    }
    case 'doc': {
      const { importDoc } = await import('./doc');
      return { ...(await importDoc(bytes, options)), kind };
    }
    case 'text': {
      const text = decodeText(bytes);
      if (looksBinary(text)) throw new ImportError('unsupported', { cause: new Error(`${name}: not a text file`) });
      const converted = toUnicode(text);
      return {
        ...importText(converted.text, options),
        kind,
        ...(converted.encoding ? { legacyEncoding: converted.encoding } : {}),
      };
    }
  }
}
