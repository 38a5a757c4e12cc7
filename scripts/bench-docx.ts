// A Vanban .docx without the Document it embeds: what importing another program's Word file
// costs (the mammoth path), on the same content.
import { strFromU8, strToU8, unzipSync, zipSync, type Unzipped } from 'fflate';

export function stripEmbedded(docx: Uint8Array): Uint8Array {
  const files: Unzipped = unzipSync(docx);
  for (const name of Object.keys(files)) if (name.startsWith('customXml/')) delete files[name];
  const rels = files['word/_rels/document.xml.rels'];
  if (rels) files['word/_rels/document.xml.rels'] = strToU8(strFromU8(rels).replace(/<Relationship\b[^>]*Target="\.\.\/customXml\/[^"]*"[^>]*\/>/g, ''));
  const types = files['[Content_Types].xml'];
  if (types) files['[Content_Types].xml'] = strToU8(strFromU8(types).replace(/<Override\b[^>]*PartName="\/customXml\/[^"]*"[^>]*\/>/g, ''));
  return zipSync(files, { level: 6 });
}
