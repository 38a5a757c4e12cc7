// The Document travels inside every DOCX we make, as a custom XML part (customXml/item1.xml),
// so that importing our own file back is exact. A custom *property* would be cut at 255
// characters by Word; a custom XML part is kept whole and is what Word itself uses for data.
import { strFromU8, strToU8, unzipSync, zipSync, type Unzipped } from 'fflate';

export const VANBAN_XML_NS = 'urn:vanban:document:1';
const ITEM = 'customXml/item1.xml';
const ITEM_PROPS = 'customXml/itemProps1.xml';
const ITEM_RELS = 'customXml/_rels/item1.xml.rels';
const DATASTORE_ID = '{6F1D2C1A-5B0E-4E7A-9C1B-7A4E0B3D2F10}';

function xmlEscape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Every entity an editor may write when it saves the part again (LibreOffice writes &quot;). */
function xmlUnescape(s: string): string {
  const named: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g, (m, e: string) => {
    if (e[0] !== '#') return named[e] ?? m;
    const code = e[1] === 'x' ? Number.parseInt(e.slice(2), 16) : Number.parseInt(e.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : m;
  });
}

/** Adds the Document JSON to a DOCX package. */
export function embedDocument(docx: Uint8Array, document: unknown): Uint8Array {
  const files: Unzipped = unzipSync(docx);
  const json = JSON.stringify(document);
  files[ITEM] = strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<vanban xmlns="${VANBAN_XML_NS}">${xmlEscape(json)}</vanban>`);
  files[ITEM_PROPS] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<ds:datastoreItem ds:itemID="${DATASTORE_ID}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs><ds:schemaRef ds:uri="${VANBAN_XML_NS}"/></ds:schemaRefs></ds:datastoreItem>`,
  );
  files[ITEM_RELS] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps" Target="itemProps1.xml"/></Relationships>`,
  );
  const relsPath = 'word/_rels/document.xml.rels';
  const rels = files[relsPath];
  if (rels) {
    const text = strFromU8(rels).replace(
      '</Relationships>',
      `<Relationship Id="rIdVanbanData" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml" Target="../${ITEM}"/></Relationships>`,
    );
    files[relsPath] = strToU8(text);
  }
  const ctPath = '[Content_Types].xml';
  const ct = files[ctPath];
  if (ct) {
    let text = strFromU8(ct);
    if (!/Extension="xml"/.test(text)) {
      text = text.replace('</Types>', '<Default Extension="xml" ContentType="application/xml"/></Types>');
    }
    text = text.replace(
      '</Types>',
      `<Override PartName="/${ITEM_PROPS}" ContentType="application/vnd.openxmlformats-officedocument.customXmlProperties+xml"/></Types>`,
    );
    files[ctPath] = strToU8(text);
  }
  return zipSync(files, { level: 6 });
}

/** The Document JSON text held in unzipped customXml parts, or null. */
export function embeddedJson(files: Unzipped): string | null {
  const open = `<vanban xmlns="${VANBAN_XML_NS}">`;
  for (const [name, data] of Object.entries(files)) {
    if (!name.startsWith('customXml/item') || name.includes('itemProps')) continue;
    const text = strFromU8(data);
    const at = text.indexOf(open);
    const end = text.lastIndexOf('</vanban>');
    if (at >= 0 && end > at) return xmlUnescape(text.slice(at + open.length, end));
  }
  return null;
}

/** The Document JSON a Vanban DOCX carries, or null (another program's file, or not a zip). */
export function extractEmbeddedDocument(docx: Uint8Array): unknown | null {
  let files: Unzipped;
  try {
    files = unzipSync(docx, { filter: (f) => f.name.startsWith('customXml/item') && f.name.endsWith('.xml') });
  } catch {
    return null;
  }
  const json = embeddedJson(files);
  if (json === null) return null;
  try {
    return JSON.parse(json) as unknown;
  } catch {
    return null;
  }
}
