// What an import says about itself: the parts it recognised, the required parts it did not find
// (with the field to fill in), the frame's lines it put back into the body, and the leftovers.
import { documentSchema, type Block, type Document } from '../model';
import { capBlocks } from './body';
import type { ImportChange } from './changes';
import type { SignatureDraft } from './closing';
import type { Fields } from './fields';

/** Parts of a document the importer can find, in a stable order. */
export const RECOGNISED_PARTS = [
  'standard',
  'issuer',
  'number',
  'placeDate',
  'kind',
  'author',
  'summary',
  'addressees',
  'recipients',
  'signature',
  'headings',
  'marks',
  'appendices',
] as const;
export type RecognisedPart = (typeof RECOGNISED_PARTS)[number];

/** The parts a document needs, each with the field that holds it, for "not found" in the UI. */
export const REQUIRED_PARTS = {
  issuer: 'issuer.name',
  number: 'number.issuerCode',
  place: 'place',
  date: 'date',
  summary: 'title.summary',
  recipients: 'recipients.entries',
  archive: 'recipients.archive',
  position: 'signature.position',
  signer: 'signature.name',
} as const;
export type RequiredPart = keyof typeof REQUIRED_PARTS;

export interface MissingPart {
  part: RequiredPart;
  /** The Document path of the field to fill in ("signature.position"). */
  path: string;
}

/** An ImportResult's lists when a file gives its Document whole (a Vanban .docx). */
export const NOTHING_MISSING = { missing: [], unplaced: [], leftovers: [] } as const satisfies Pick<ImportResult, 'missing' | 'unplaced' | 'leftovers'>;

export interface ImportResult {
  document: Document;
  /** Which parts were found in the source; a part not listed holds a default or PLACEHOLDER. */
  recognised: RecognisedPart[];
  /** Required parts the source did not give, in a stable order: the draft holds PLACEHOLDER there. */
  missing: MissingPart[];
  /** Lines outside the body (header, title, closing) that matched nothing; they were put in the body. */
  unplaced: string[];
  /** unplaced.length, kept for older callers. */
  unrecognisedLines: number;
  /**
   * What the copy carried that is no part of the document — a digital signature's stamp, page
   * numbers, a portal's footer — in source order. Not in the body: the drafter may add them.
   */
  leftovers: string[];
  /** A Vanban DOCX only: what the file's text says differently from the Document it embeds. */
  changes?: ImportChange[];
}

export interface ImportOptions {
  /**
   * ISO date whose year stands in a date the text leaves blank (or does not give); defaults to
   * today (local time). The day and month are never taken from it as if the text said them.
   */
  today?: string;
}

/** The result of a text's import: its draft, and what the fields say was found and not. */
export function summarise(document: Document, f: Fields, leftovers: string[]): ImportResult {
  return {
    document,
    recognised: recognisedParts(f),
    missing: missingParts(absentParts(f)),
    unplaced: f.unplaced,
    unrecognisedLines: f.unplaced.length,
    leftovers,
  };
}

/** The signature's position is found ("Q. CHÁNH VĂN PHÒNG" is one in itself). */
function positionFound(signature: SignatureDraft | undefined): boolean {
  return !!signature?.position || signature?.authority === 'quyen';
}

function recognisedParts(f: Fields): RecognisedPart[] {
  const { recipients, signature, placeDate } = f;
  const found: Record<RecognisedPart, boolean> = {
    standard: f.familyFound,
    issuer: !!f.issuer,
    number: !!f.number,
    // Both or neither: a place without its date (or the reverse) still needs the drafter. A date
    // the text leaves blank on purpose ("ngày      tháng 6 năm 2026") is what the text says.
    placeDate: !!f.place && !!(placeDate?.date || placeDate?.blank),
    kind: f.kindFound,
    author: !!f.author,
    summary: !!f.summary,
    addressees: f.addressees.length > 0,
    // Listed only when complete: a missing "Lưu" or signer's name is a placeholder to fill in.
    recipients: recipients?.archive !== undefined,
    signature: !!signature?.name && positionFound(signature),
    headings: f.headings > 0,
    marks: !!f.marks,
    appendices: f.appendices.length > 0,
  };
  return RECOGNISED_PARTS.filter((p) => found[p]);
}

function absentParts(f: Fields): Record<RequiredPart, boolean> {
  const { recipients, signature } = f;
  return {
    issuer: !f.issuer,
    number: !f.number,
    place: !f.place,
    // A date left blank for signing ("ngày … tháng … năm 20…") is a date, not a gap.
    date: !f.placeDate,
    summary: !f.summary,
    recipients: !recipients || recipients.entries.length === 0,
    archive: recipients?.archive === undefined,
    position: !positionFound(signature),
    signer: !signature?.name,
  };
}

/** The required parts that are absent, each with its field path, in REQUIRED_PARTS' order. */
function missingParts(absent: Record<RequiredPart, boolean>): MissingPart[] {
  return (Object.keys(REQUIRED_PARTS) as RequiredPart[]).filter((p) => absent[p]).map((part) => ({ part, path: REQUIRED_PARTS[part] }));
}

/** Every required part absent: the last-resort draft found none. */
export function allMissing(): MissingPart[] {
  const all = Object.fromEntries(Object.keys(REQUIRED_PARTS).map((p) => [p, true])) as Record<RequiredPart, boolean>;
  return missingParts(all);
}

/** The draft with the chosen leftovers added at the end of its body, as paragraphs. */
export function includeLeftovers(doc: Document, texts: readonly string[]): Document {
  const extra = texts.map((t) => t.trim()).filter(Boolean).map((t): Block => ({ type: 'paragraph', text: t }));
  if (extra.length === 0) return doc;
  return documentSchema.parse({ ...doc, body: capBlocks([...doc.body, ...extra]) });
}
