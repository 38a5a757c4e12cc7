// Fields → the Document's input: every field not found holds PLACEHOLDER (or its default) so that
// the draft is a valid Document the UI can ask the drafter to complete.
import type { Block, DocumentInput } from '../model';
import { capBlocks } from './body';
import { PLACEHOLDER } from './defaults';
import type { Fields } from './fields';
import type { SourceLine } from './lines';

export function assemble(f: Fields): DocumentInput {
  const { number, signature, recipients } = f;
  return {
    schemaVersion: 2,
    standard: { family: f.family },
    kind: f.kind,
    issuer: f.issuer ?? { name: PLACEHOLDER },
    number: number
      ? { value: number.value, ...(number.typeCode ? { typeCode: number.typeCode } : {}), issuerCode: number.issuerCode }
      : { value: null, issuerCode: PLACEHOLDER },
    place: f.place ?? PLACEHOLDER,
    date: f.date,
    ...(f.dateBlank ? { dateBlank: f.dateBlank } : {}),
    title: {
      ...(f.typeName ? { typeName: f.typeName } : {}),
      ...(f.author ? { author: f.author } : {}),
      summary: f.summary ?? PLACEHOLDER,
    },
    ...(f.addressees.length ? { addressees: f.addressees } : {}),
    body: capBlocks(f.blocks),
    recipients: {
      entries: recipients?.entries ?? [],
      archive: recipients?.archive ?? PLACEHOLDER,
    },
    signature: {
      authority: signature?.authority ?? 'none',
      ...(signature?.on ? { on: signature.on } : {}),
      ...(signature?.position ? { position: signature.position } : {}),
      name: signature?.name ?? PLACEHOLDER,
      ...(signature?.signedNote ? { signedNote: signature.signedNote } : {}),
    },
    ...(f.marks ? { marks: f.marks } : {}),
    ...(f.appendices.length ? { appendices: f.appendices } : {}),
  };
}

/** The last resort: every line a paragraph, every other field its default. */
export function assemblePlain(lines: readonly SourceLine[], today: string): DocumentInput {
  return {
    schemaVersion: 2,
    standard: { family: 'state' },
    kind: 'cong-van',
    issuer: { name: PLACEHOLDER },
    number: { value: null, issuerCode: PLACEHOLDER },
    place: PLACEHOLDER,
    date: today,
    dateBlank: 'dayMonth',
    title: { summary: PLACEHOLDER },
    body: capBlocks(lines.map((l): Block => ({ type: 'paragraph', text: l.text }))),
    recipients: { entries: [], archive: PLACEHOLDER },
    signature: { authority: 'none', name: PLACEHOLDER },
  };
}
