// A .docx → a Document draft. A file Vanban wrote carries its Document — as a custom XML part
// (customXml/item1.xml, <vanban xmlns="urn:vanban:document:1">, what render/docx writes) or as
// the custom property "vanban-document" (docProps/custom.xml). That Document is a guide, not
// the truth: the file may have been edited in Word since, so its text is read and reconciled
// with the guide (reconcile.ts); an unedited file gives the Document back exactly. Any other
// .docx is read as text by mammoth (mammoth.ts) and goes through importText. fflate unzips
// (small, sync).
import { unzipSync, strFromU8, type Unzipped } from 'fflate';
import { parseDocumentJson, type Document } from '../model';
import { embeddedJson } from '../render/docx/embed';
import { ImportError } from './errors';
import { guideLines } from './guide';
import { decodeEntities } from './html';
import { docxLines } from './mammoth';
import { reconcile } from './reconcile';
import { likeness, sameValue } from './sequence';
import { importText, NOTHING_MISSING, type ImportOptions, type ImportResult, type RecognisedPart } from './text';

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

/** Below this share of common words, the file's text is not the embedded Document's any more. */
const UNRELATED = 0.3;

/**
 * A Vanban file: the embedded Document guides, the text decides. Unchanged text gives the
 * Document back exactly; edited text gives it with the edits, listed in `changes`.
 */
async function reimport(embedded: Document, bytes: Uint8Array, options: ImportOptions): Promise<ImportResult> {
  const actualLines = await docxLines(bytes);
  let lines: string[];
  try {
    lines = await guideLines(embedded);
  } catch {
    // Without the guide's text there is nothing to diff against: the file's text alone is the truth.
    return importText(actualLines.join('\n'), options);
  }
  const exact = { document: embedded, recognised: partsOf(embedded), ...NOTHING_MISSING, unrecognisedLines: 0, changes: [] };
  if (sameValue(lines, actualLines)) return exact;
  // A text that shares hardly a word with the guide is another document carrying a stale
  // Document (a file saved over, a property copied along): the guide has nothing to say of it.
  if (likeness(lines.join(' '), actualLines.join(' ')) < UNRELATED) return importText(actualLines.join('\n'), options);
  // The guide's date stands in for a date the text lost, in both readings alike.
  const alike = { today: embedded.date };
  const read = importText(lines.join('\n'), alike);
  const actual = importText(actualLines.join('\n'), alike);
  const { document, changes } = reconcile(embedded, read.document, actual.document);
  // Only what the edits brought: the guide's own text left the same lines over. A line added in
  // Word that the importer sets aside (an address, a stamp) changes no part of the Document, yet
  // must still be offered, so it is kept even when there is no change.
  const leftovers = actual.leftovers.filter((l) => !read.leftovers.includes(l));
  if (changes.length === 0) return { ...exact, leftovers };
  return {
    document,
    recognised: partsOf(document),
    missing: [],
    unplaced: [],
    leftovers,
    unrecognisedLines: Math.max(0, actual.unrecognisedLines - read.unrecognisedLines),
    changes,
  };
}

export async function importDocx(data: ArrayBuffer | Uint8Array, options: ImportOptions = {}): Promise<ImportResult> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  const files = unzipDocx(bytes);
  const embedded = embeddedDocument(files);
  if (embedded) return reimport(embedded, bytes, options);
  return importText((await docxLines(bytes)).join('\n'), options);
}
