// The Document: what a secretary fills in. It carries content only — no sizes, no
// punctuation that a rule book decides (separators, end marks, "Số:" vs "Số"). Those are
// applied by compose/ from standards/. Pure: imports nothing of ours but kinds.
import { z } from './zod';
import { KIND_IDS } from './kinds';
import { indicatorsSchema } from './indicators';
import { text } from './text';

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

export const titleSchema = z.object({
  /** Tên loại as printed; empty means the kind's own name (THÔNG BÁO, CHỈ THỊ, BÁO CÁO). */
  typeName: line.optional(),
  /** Optional author line: "CỦA BAN THƯỜNG VỤ TỈNH ỦY", "KẾT LUẬN CỦA THƯỜNG TRỰC TỈNH ỦY". */
  author: line.optional(),
  /** Trích yếu, one string; "\n" marks a line break the drafter wants kept. */
  summary: text.pipe(z.string().max(2000, { message: 'too_long' })),
});

export const headingSchema = z.object({
  type: z.literal('heading'),
  /** 1 = mục (I.), 2 = khoản (1.), 3 = 1.1. / a), 4 = a) / a.1) — labels come from the rule book. */
  level: z.number().int().min(1).max(4),
  /** Bold lead-in; may be empty when the numbered point is a plain paragraph. */
  title: text,
  /** Text that follows the title in the same paragraph. */
  text: text.optional(),
});

export const paragraphSchema = z.object({ type: z.literal('paragraph'), text });

export const listSchema = z.object({
  type: z.literal('list'),
  marker: z.enum(['-', '+']),
  items: z.array(text).min(1),
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

export const documentSchema = z.object({
  schemaVersion: z.literal(1),
  standard: standardSchema,
  kind: z.enum(KIND_IDS),
  issuer: issuerSchema,
  number: numberSchema,
  place: line.pipe(z.string().min(1, { message: 'required' })),
  date: isoDate,
  title: titleSchema,
  /** Kính gửi: addressees, for the kinds sent upward or to named bodies. */
  addressees: z.array(line).max(200).optional(),
  body: z.array(blockSchema).max(50000),
  recipients: recipientsSchema,
  signature: signatureSchema,
  marks: marksSchema.optional(),
  appendices: z.array(appendixSchema).max(50).optional(),
});

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
