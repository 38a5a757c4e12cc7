// The Document: what a secretary fills in. It carries content only — no sizes, no
// punctuation that a rule book decides (separators, end marks, "Số:" vs "Số"). Those are
// applied by compose/ from standards/. Pure: imports nothing of ours but kinds.
import { z } from './zod';
import { KIND_IDS } from './kinds';
import { indicatorsSchema } from './indicators';
import { cleanText, text } from './text';
import { cleanMarked, markListSchema, marksFromMarkup, normaliseMarks, type Mark } from './marks';

const line = text.pipe(z.string().max(2000, { message: 'too_long' }));

export const STANDARD_FAMILIES = ['state', 'party'] as const;
export const PROFILE_IDS = ['state-nd30', 'party-hd36', 'party-hd05'] as const;
export type StandardFamily = (typeof STANDARD_FAMILIES)[number];
export type ProfileId = (typeof PROFILE_IDS)[number];

export const standardSchema = z.object({
  family: z.enum(STANDARD_FAMILIES),
  /** Rule-book version; when absent it follows the document's date (party-hd05 from 27/05/2026). */
  profile: z.enum(PROFILE_IDS).optional(),
});

export const issuerSchema = z.object({
  /** Cơ quan chủ quản (State) or cơ quan cấp trên (Party); optional. */
  parent: line.optional(),
  /** Cơ quan, tổ chức ban hành. */
  name: line.pipe(z.string().min(1, { message: 'required' })),
});

export const numberSchema = z.object({
  /** The number; null leaves the blank a văn thư fills in when the document is registered. */
  value: z.number().int().min(1).max(999999).nullable(),
  /** Type abbreviation (TB, CT, BC…); empty means the rule book's one for the kind. */
  typeCode: line.optional(),
  /** Issuer abbreviation (VP, TU, UBND…), joint issuers joined by "-". */
  issuerCode: line.pipe(z.string().min(1, { message: 'required' })),
});

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'date_format' }).refine(
  (s) => {
    const [y, m, d] = s.split('-').map(Number) as [number, number, number];
    const dt = new Date(Date.UTC(y, m - 1, d));
    return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d && y >= 1945 && y <= 2100;
  },
  { message: 'date_invalid' },
);

export const DATE_BLANKS = ['day', 'dayMonth'] as const;
export type DateBlank = (typeof DATE_BLANKS)[number];

export const titleSchema = z.object({
  /** Tên loại as printed; empty means the kind's own name (THÔNG BÁO, CHỈ THỊ, BÁO CÁO). */
  typeName: line.optional(),
  /** Optional author line: "CỦA BAN THƯỜNG VỤ TỈNH ỦY", "KẾT LUẬN CỦA THƯỜNG TRỰC TỈNH ỦY". */
  author: line.optional(),
  /** Trích yếu, one string; "\n" marks a line break the drafter wants kept. */
  summary: text.pipe(z.string().max(2000, { message: 'too_long' })),
});

// A marked text is cleaned (NFC, no forbidden characters) together with its marks, so that the
// marks stay on the letters they were laid over: `text` alone would shorten the string under them.
function cleanedWithMarks(raw: string, marks: Mark[] | undefined): { text: string; marks?: Mark[] } {
  if (marks === undefined) return { text: cleanText(raw) };
  return cleanMarked(raw, marks);
}

export const headingSchema = z.object({
  type: z.literal('heading'),
  /** 1 = mục (I.), 2 = khoản (1.), 3 = 1.1. / a), 4 = a) / a.1) — labels come from the rule book. */
  level: z.number().int().min(1).max(4),
  /** Bold lead-in; may be empty when the numbered point is a plain paragraph. */
  title: text,
  /** Text that follows the title in the same paragraph (cleaned with its marks, below). */
  text: z.string().optional(),
  /** Bold, italic, underline over `text` (the title is bold by the rule book). */
  marks: markListSchema.optional(),
}).transform((b) => (b.text === undefined ? b : { ...b, ...cleanedWithMarks(b.text, b.marks) }));

/** "\n" in the text is a line break inside the paragraph (Shift+Enter), not a new paragraph. */
export const paragraphSchema = z
  .object({ type: z.literal('paragraph'), text: z.string(), marks: markListSchema.optional() })
  .transform((b) => ({ ...b, ...cleanedWithMarks(b.text, b.marks) }));

export const listSchema = z.object({
  type: z.literal('list'),
  marker: z.enum(['-', '+']),
  items: z.array(z.string()).min(1),
  /** Marks of each item, parallel to items; absent when no item has any. */
  itemMarks: z.array(markListSchema).optional(),
}).transform((b) => {
  const parts = b.items.map((item, i) => cleanMarked(item, b.itemMarks?.[i] ?? []));
  return { ...b, items: parts.map((p) => p.text), ...(b.itemMarks ? { itemMarks: parts.map((p) => p.marks) } : {}) };
});

export const tableSchema = z.object({
  type: z.literal('table'),
  caption: text.optional(),
  /** Header row cells; the header repeats on every page. */
  header: z.array(text).min(1).max(20),
  rows: z.array(z.array(text)).max(5000),
  /** Relative widths; defaults to equal. */
  widths: z.array(z.number().positive()).optional(),
  /** Column alignment; numbers read best right-aligned. */
  align: z.array(z.enum(['left', 'center', 'right'])).optional(),
});

export const blockSchema = z.discriminatedUnion('type', [headingSchema, paragraphSchema, listSchema, tableSchema, indicatorsSchema]);

export const recipientsSchema = z.object({
  /** Entries without their "- " and end punctuation: the rule book adds them. */
  entries: z.array(line).max(20000),
  /** What follows "Lưu": "VT, TH (2)" (State) or "Văn phòng Tỉnh ủy" (Party). */
  archive: line,
});

export const AUTHORITY_FORMS = ['none', 'thay-mat', 'ky-thay', 'thua-lenh', 'thua-uy-quyen', 'quyen'] as const;
export type AuthorityForm = (typeof AUTHORITY_FORMS)[number];

export const signatureSchema = z.object({
  /** Thẩm quyền ký: TM./T/M, KT./K/T, TL./T/L, TUQ., Q. — printed per the rule book. */
  authority: z.enum(AUTHORITY_FORMS),
  /** The collective or the head after the form: "ỦY BAN NHÂN DÂN", "BAN THƯỜNG VỤ", "CHỦ TỊCH". */
  on: line.optional(),
  /** The signer's position: "CHỦ TỊCH", "BÍ THƯ", "PHÓ CHÁNH VĂN PHÒNG". */
  position: line.optional(),
  name: line,
  /** Shown in the signature space of a copy: "(đã ký)", "Đã ký". */
  signedNote: line.optional(),
});

export const marksSchema = z.object({
  urgency: z.enum(['KHẨN', 'THƯỢNG KHẨN', 'HỎA TỐC']).optional(),
  secrecy: z.enum(['MẬT', 'TỐI MẬT', 'TUYỆT MẬT']).optional(),
});

export const appendixSchema = z.object({
  title: line,
  /** "(Kèm theo …)" line; empty means it is built from the document's kind, number and date. */
  reference: line.optional(),
  body: z.array(blockSchema).max(20000),
});

/** The schema version this code writes; version 1 (emphasis as **…** markup) is read and upgraded. */
export const SCHEMA_VERSION = 2;

const documentObjectSchema = z.object({
  schemaVersion: z.union([z.literal(1), z.literal(2)]),
  standard: standardSchema,
  kind: z.enum(KIND_IDS),
  issuer: issuerSchema,
  number: numberSchema,
  place: line.pipe(z.string().min(1, { message: 'required' })),
  date: isoDate,
  /**
   * A draft for signing leaves the day (or the day and the month) blank for the văn thư or the
   * digital-signing tool to fill in; `date` still holds the year and month, so the rule book
   * that follows the date (HD05 from 27/05/2026) and the template years stay right.
   */
  dateBlank: z.enum(DATE_BLANKS).optional(),
  title: titleSchema,
  /** Kính gửi: addressees, for the kinds sent upward or to named bodies. */
  addressees: z.array(line).max(200).optional(),
  body: z.array(blockSchema).max(50000),
  recipients: recipientsSchema,
  signature: signatureSchema,
  marks: marksSchema.optional(),
  appendices: z.array(appendixSchema).max(50).optional(),
});

type ParsedDocument = z.output<typeof documentObjectSchema>;
type ParsedBlock = ParsedDocument['body'][number];

/** Marks in normal form, or no property at all when there are none. */
function withMarks<T extends object>(block: T, marks: Mark[] | undefined, length: number): T & { marks?: Mark[] } {
  const { marks: _old, ...rest } = block as T & { marks?: Mark[] };
  const norm = normaliseMarks(marks ?? [], length);
  return (norm.length ? { ...rest, marks: norm } : rest) as T & { marks?: Mark[] };
}

/**
 * The one version-1 → version-2 conversion of a block: its markup (**bold**, *italic*) becomes
 * marks; table cells carry no marks, so their markup is dropped and the text kept. It takes raw
 * input (the editor's stored draft) as well as a parsed block, and changes only what has the
 * expected shape: a block that does not validate stays as it is, for the form to report.
 */
function upgradeV1Block(b: unknown): unknown {
  if (!b || typeof b !== 'object') return b;
  const o = b as Record<string, unknown>;
  const up = (s: unknown): { text: string; marks: Mark[] } | null => (typeof s === 'string' ? marksFromMarkup(s) : null);
  if (o.type === 'paragraph' || (o.type === 'heading' && o.text !== undefined)) {
    const m = up(o.text);
    if (!m) return b;
    const { marks: _old, ...rest } = o;
    return m.marks.length ? { ...rest, text: m.text, marks: m.marks } : { ...rest, text: m.text };
  }
  if (o.type === 'list' && Array.isArray(o.items)) {
    const parts = o.items.map((i) => up(i) ?? { text: i as string, marks: [] });
    const { itemMarks: _old, ...rest } = o;
    return parts.some((p) => p.marks.length) ? { ...rest, items: parts.map((p) => p.text), itemMarks: parts.map((p) => p.marks) } : { ...rest, items: parts.map((p) => p.text) };
  }
  if (o.type === 'table') {
    const plain = (c: unknown) => up(c)?.text ?? c;
    return { ...o, ...(Array.isArray(o.header) ? { header: o.header.map(plain) } : {}), ...(Array.isArray(o.rows) ? { rows: o.rows.map((r) => (Array.isArray(r) ? r.map(plain) : r)) } : {}) };
  }
  return b;
}

/** One (version-2) block in normal form: marks normalised, empty mark lists dropped. */
function normaliseBlock(block: ParsedBlock): ParsedBlock {
  switch (block.type) {
    case 'paragraph':
      return withMarks(block, block.marks, block.text.length);
    case 'heading':
      return withMarks(block, block.text === undefined ? [] : block.marks, block.text?.length ?? 0);
    case 'list': {
      const itemMarks = block.items.map((item, i) => normaliseMarks(block.itemMarks?.[i] ?? [], item.length));
      const { itemMarks: _old, ...rest } = block;
      return itemMarks.some((m) => m.length) ? { ...rest, itemMarks } : rest;
    }
    case 'table':
    case 'indicators':
      return block;
  }
}

function upgradeDocument(doc: ParsedDocument): Omit<ParsedDocument, 'schemaVersion'> & { schemaVersion: 2 } {
  const v1 = doc.schemaVersion === 1;
  // upgradeV1Block keeps a parsed block's shape (it only rewrites its strings), hence the cast.
  const body = (blocks: ParsedBlock[]): ParsedBlock[] => blocks.map((b) => normaliseBlock(v1 ? (upgradeV1Block(b) as ParsedBlock) : b));
  return {
    ...doc,
    schemaVersion: 2,
    body: body(doc.body),
    ...(doc.appendices ? { appendices: doc.appendices.map((a) => ({ ...a, body: body(a.body) })) } : {}),
  };
}

/**
 * A stored draft as an editor opens it: version-1 markup becomes marks and the version 2, so that
 * what the form shows is what compose prints (the same conversion the schema applies).
 */
export function upgradeDocumentInput(input: DocumentInput): DocumentInput {
  if ((input as { schemaVersion?: unknown }).schemaVersion !== 1) return input;
  const body = (v: unknown): unknown => (Array.isArray(v) ? v.map(upgradeV1Block) : v);
  const appendices = Array.isArray(input.appendices) ? input.appendices.map((a) => (a && typeof a === 'object' ? { ...a, body: body(a.body) } : a)) : input.appendices;
  return { ...input, schemaVersion: 2, body: body(input.body), ...(appendices !== undefined ? { appendices } : {}) } as DocumentInput;
}

/** Accepts versions 1 and 2; the parsed Document is always version 2 with marks in normal form. */
export const documentSchema = documentObjectSchema.transform(upgradeDocument);

export type Document = z.output<typeof documentSchema>;
export type DocumentInput = z.input<typeof documentSchema>;
export type Block = z.output<typeof blockSchema>;
export type Heading = z.output<typeof headingSchema>;
export type Paragraph = z.output<typeof paragraphSchema>;
export type ListBlock = z.output<typeof listSchema>;
export type TableBlock = z.output<typeof tableSchema>;
export type Signature = z.output<typeof signatureSchema>;
export type Recipients = z.output<typeof recipientsSchema>;
export type Appendix = z.output<typeof appendixSchema>;
export type Issuer = z.output<typeof issuerSchema>;
