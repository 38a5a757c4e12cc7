// A .docx → a Document draft. A file Vanban wrote carries its Document — as a custom XML part
// (customXml/item1.xml, <vanban xmlns="urn:vanban:document:1">, what render/docx writes) or as
// the custom property "vanban-document" (docProps/custom.xml) — and comes back exactly; any
// other .docx is read as text by mammoth and goes through importText. fflate unzips (small,
// sync); mammoth is loaded only when needed — its package "browser" field gives Vite the
// browser build, Node takes its main build.
import { unzipSync, strFromU8, type Unzipped } from 'fflate';
import { parseDocumentJson, type Document } from '../model';
import { embeddedJson } from '../render/docx/embed';
import { ImportError } from './errors';
import { decodeEntities, htmlToLines } from './html';
import { importText, type ImportOptions, type ImportResult, type RecognisedPart } from './text';

/** Name of the custom document property that may hold the Document JSON. */
export const DOCUMENT_PROPERTY = 'vanban-document';

function needed(name: string): boolean {
  return (
    name === 'word/document.xml' ||
    name === 'docProps/custom.xml' ||
    (name.startsWith('customXml/item') && name.endsWith('.xml') && !name.includes('itemProps'))
  );
}

function unzipDocx(bytes: Uint8Array): Unzipped {
  let files: Unzipped;
  try {
    // Only the parts read here are inflated: images and fonts stay packed.
    files = unzipSync(bytes, { filter: (f) => needed(f.name) });
  } catch (cause) {
    throw new ImportError('notDocx', { cause });
  }
  if (!files['word/document.xml']) throw new ImportError('notDocx');
  return files;
}

function parsed(json: string): Document | undefined {
  const result = parseDocumentJson(json);
  return result.ok ? result.document : undefined;
}

/** The Document a Vanban DOCX embeds, or undefined when there is none or it does not validate. */
export function embeddedDocument(files: Unzipped): Document | undefined {
  const json = embeddedJson(files);
  const fromPart = json === null ? undefined : parsed(json);
  if (fromPart) return fromPart;
  const custom = files['docProps/custom.xml'];
  if (!custom) return undefined;
  const xml = strFromU8(custom);
  for (const m of xml.matchAll(/<property\b([^>]*)>([\s\S]*?)<\/property>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[1] ?? '')?.[1];
    if (name === undefined || decodeEntities(name) !== DOCUMENT_PROPERTY) continue;
    const value = /<(?:\w+:)?lpwstr>([\s\S]*?)<\/(?:\w+:)?lpwstr>/.exec(m[2] ?? '')?.[1];
    if (value === undefined) return undefined;
    return parsed(decodeEntities(value));
  }
  return undefined;
}

function partsOf(doc: Document): RecognisedPart[] {
  const parts: RecognisedPart[] = ['standard', 'issuer', 'number', 'placeDate', 'kind'];
  if (doc.title.author) parts.push('author');
  parts.push('summary');
  if (doc.addressees?.length) parts.push('addressees');
  parts.push('recipients', 'signature');
  if (doc.body.some((b) => b.type === 'heading')) parts.push('headings');
  if (doc.marks?.urgency || doc.marks?.secrecy) parts.push('marks');
  if (doc.appendices?.length) parts.push('appendices');
  return parts;
}

type Mammoth = typeof import('mammoth');

async function loadMammoth(): Promise<Mammoth> {
  const mod = (await import('mammoth')) as Mammoth & { default?: Mammoth };
  return mod.default ?? mod;
}

export async function importDocx(data: ArrayBuffer | Uint8Array, options: ImportOptions = {}): Promise<ImportResult> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  const files = unzipDocx(bytes);
  const embedded = embeddedDocument(files);
  if (embedded) return { document: embedded, recognised: partsOf(embedded), unrecognisedLines: 0 };

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
  return importText(htmlToLines(html).join('\n'), options);
}
