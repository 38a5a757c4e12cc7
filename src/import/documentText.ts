// All the text a Document holds, for tests and for a "nothing was lost" check.
import type { Document } from '../model';
import { KINDS } from '../standards';
import { blockText } from './body';

/** Every field's text (with the printed tên loại), one a line, empty fields left out. */
export function documentText(doc: Document): string {
  const parts: string[] = [
    doc.marks?.urgency ?? '',
    doc.marks?.secrecy ?? '',
    doc.issuer.parent ?? '',
    doc.issuer.name,
    doc.number.value === null ? '' : String(doc.number.value),
    doc.number.typeCode ?? '',
    doc.number.issuerCode,
    doc.place,
    doc.title.typeName || KINDS[doc.kind].typeName,
    doc.title.author ?? '',
    doc.title.summary,
    ...(doc.addressees ?? []),
    ...doc.body.map(blockText),
    ...doc.recipients.entries,
    doc.recipients.archive,
    doc.signature.on ?? '',
    doc.signature.position ?? '',
    doc.signature.name,
    doc.signature.signedNote ?? '',
    ...(doc.appendices ?? []).flatMap((a) => [a.title, a.reference ?? '', ...a.body.map(blockText)]),
  ];
  return parts.filter(Boolean).join('\n');
}
