// importText on arbitrary text: it never throws, always yields a valid Document, and loses no
// line — every non-empty source line's text is found in the Document, allowing only for what
// the importer strips on purpose (markers, labels, numbering, end marks, Quốc hiệu, PAGE).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { documentSchema, type Document } from '../../src/model';
import { documentText, importTextOrThrow, sourceLines } from '../../src/import';
import { formatDateWords } from '../../src/standards';

const VOCABULARY = [
  'ĐẢNG CỘNG SẢN VIỆT NAM', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc',
  'TỈNH ỦY QUẢNG TRỊ', 'UBND TỈNH KIÊN GIANG', 'VĂN PHÒNG', '*', '-----', '---',
  'Số 13-CT/TU', 'Số: 134 /TB-VP', 'Số: 05/UBND-VX', 'V/v tăng cường', 'HỎA TỐC',
  'Đông Hà, ngày 14 tháng 01 năm 2013', 'Hà Nội, ngày 31 tháng 02 năm 2019', 'Hà Nội, ngày   tháng   năm 2024',
  'THÔNG BÁO', 'CHỈ THỊ', 'BÁO CÁO', 'HƯỚNG DẪN', 'Thông báo', 'KẾT LUẬN CỦA THƯỜNG TRỰC TỈNH ỦY', 'CỦA BAN THƯỜNG VỤ',
  'về việc đẩy mạnh', 'Kính gửi:', 'Kính gửi: Sở Y tế.',
  'I- Về đánh giá tình hình:', 'II.', 'IV. KẾT QUẢ', '1. Tập trung', '2- Về tổ chức: Sở Nội vụ chủ trì.', '1.1. Chi tiết',
  'a) Điểm', 'b- Nội dung', 'a.1) Nhỏ', '- mục một;', '+ mục hai', '-', '+', '• chấm',
  'Nơi nhận:', 'Nơi nhận: - Như trên;', '- Lưu: VT, TH (2).', '- Lưu Văn phòng Tỉnh ủy.', 'Lưu VT', 'Lưu',
  'T/M BAN THƯỜNG VỤ', 'TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'TL.', 'Q. GIÁM ĐỐC', 'BÍ THƯ', 'CHÁNH VĂN PHÒNG',
  '(đã ký, đóng dấu)', 'Đã ký', 'Lê Tấn Lai', 'Nguyễn Thị Thu Hà',
  'PAGE', 'PAGE \\* MERGEFORMAT', './.', 'thực hiện./.', 'tỉnh nhà', 'của',
  'Chỉ tiêu\tKế hoạch\tThực hiện', 'Doanh thu\t100\t110', 'A\t\tB',
];

const lineArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...VOCABULARY) },
  // Pieces glued on one line, as header columns are: by a space, a tab or wide spacing.
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.array(fc.constantFrom(...VOCABULARY), { minLength: 1, maxLength: 3 }), fc.constantFrom(' ', '\t', '   '))
      .map(([a, sep]) => a.join(sep)),
  },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 60 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme-composite', maxLength: 40 }) },
  // Combining marks on their own and after letters, in any order.
  { weight: 1, arbitrary: fc.array(fc.constantFrom('a', 'e', 'ơ', 'Đ', '\u0301', '\u0300', '\u0323', '\u0309', ' '), { maxLength: 20 }).map((a) => a.join('')) },
  // Emoji, ZWJ sequences, flags, lone surrogates.
  { weight: 1, arbitrary: fc.array(fc.constantFrom('😀', '👨‍👩‍👧', '🇻🇳', '\uD800', '\uDC00', 'x', ' '), { maxLength: 10 }).map((a) => a.join('')) },
  // Control characters.
  { weight: 1, arbitrary: fc.array(fc.constantFrom('\u0000', '\u0007', '\u001B', '\u007F', '\u0085', '\uFEFF', '\u00A0', 'Số', ' '), { maxLength: 10 }).map((a) => a.join('')) },
  // Very long lines.
  { weight: 1, arbitrary: fc.string({ minLength: 2100, maxLength: 6000 }) },
  { weight: 1, arbitrary: fc.constantFrom(...VOCABULARY).map((v) => `${v} ${'rất dài '.repeat(400)}`) },
);

const BREAK = fc.constantFrom('\n', '\r\n', '\n\n', '\r', '\u2028', '\u000B');

const looseArb = fc.array(fc.tuple(lineArb, BREAK), { maxLength: 40 }).map((parts) => parts.map(([l, sep]) => l + sep).join(''));

/** A document's frame with arbitrary lines in it, so that every recogniser is reached. */
const HEADERS = [
  'TỈNH ỦY QUẢNG TRỊ\tĐẢNG CỘNG SẢN VIỆT NAM\n*\nSố 13-CT/TU\nĐông Hà, ngày 14 tháng 01 năm 2013',
  'UBND TỈNH KIÊN GIANG\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nVĂN PHÒNG\tĐộc lập - Tự do - Hạnh phúc\nSố: 134 /TB-VP\tKiên Giang, ngày 13 tháng 02 năm 2019',
  'Phan Thiết, ngày 22 tháng 4 năm 2008',
  '',
];
const TITLES = ['THÔNG BÁO\nKẾT LUẬN CỦA THƯỜNG TRỰC TỈNH ỦY\ntại buổi làm việc\n-----', 'CHỈ THỊ\nCỦA BAN THƯỜNG VỤ TỈNH ỦY\nVề việc A\n---', 'BÁO CÁO\nTổng kết năm 2008', ''];
const CLOSINGS = [
  'Nơi nhận:\n- Như trên;\n- Lưu: VT, TH (2).\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn An',
  'Nơi nhận:\tT/M BAN THƯỜNG VỤ\n- Các huyện ủy,\tBÍ THƯ\n- Lưu Văn phòng Tỉnh ủy.\n\tLê Hữu Phúc',
  'T/L BAN THƯỜNG VỤ\nCHÁNH VĂN PHÒNG\n(đã ký, đóng dấu)\nLê Tấn Lai\nNơi nhận:\n- Sở A;\n- Lưu: VT.',
  '',
];
const framedArb = fc
  .tuple(fc.constantFrom(...HEADERS), fc.constantFrom(...TITLES), fc.array(lineArb, { maxLength: 12 }), fc.constantFrom(...CLOSINGS), fc.array(lineArb, { maxLength: 2 }), BREAK)
  .map(([header, title, body, closing, tail, sep]) => [header, title, ...body, closing, ...tail].join(sep));

const textArb = fc.oneof(looseArb, framedArb);

// ── What the importer strips on purpose ────────────────────────────────────────────────

const NATIONAL = [
  /ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM/gu,
  /CỘNG\s+H(?:ÒA|OÀ)\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM/giu,
  /Độc\s+lập\s*[-–—]\s*Tự\s+do\s*[-–—]\s*Hạnh\s+phúc/giu,
];
const FIELD = /^(?:[-–{]\s*)?(?:PAGE|NUMPAGES|SECTIONPAGES)(?:\s*\\\*\s*[A-Za-z]+)*(?:\s*[-–}])?$/;
/** Labels and marker tokens; they are printed by the rule book, not stored. */
const STOP = new Set(['số', 'nơi', 'nhận', 'kính', 'gửi', 'lưu', 'tm', 'kt', 'tl', 'tuq', 'q', 't', 'm', 'k', 'l', 'uq', 'v', 'ngày', 'tháng', 'năm']);

function collapse(s: string): string {
  return s.replace(/\s+/gu, ' ').trim();
}

function core(line: string): string {
  // Emphasis marks ("**", "*") are markup the importer reads, not text it stores.
  let s = line.replace(/\*+/g, ' ').trim();
  for (const re of NATIONAL) s = s.replace(re, ' ');
  s = collapse(s)
    .replace(/^(?:Nơi\s+nhận|Kính\s+gửi)\s*:?/iu, '')
    .replace(/^(?:[-–—•+]\s*)+/u, '')
    .replace(/^(?:[IVXLC]+|\d{1,2}(?:\.\d{1,2}){0,2}|[a-zđ](?:\.\d{1,2})?)\s*[-.–)]\s*/u, '')
    .replace(/[\s;,.:/]+$/u, '');
  return collapse(s);
}

function tokens(s: string): string[] {
  return s
    .split(/[\s,;:.()\-–—+/*•|_]+/u)
    .filter(Boolean)
    // A tên loại typed "Thông báo" is stored as the kind and printed "THÔNG BÁO".
    .map((t) => (/^\d+$/.test(t) ? String(Number(t)) : t.toLocaleLowerCase('vi')));
}

/** The source lines whose text cannot be found in the Document or in the leftovers offered beside it. */
function lostLines(text: string, doc: Document, leftovers: readonly string[] = []): string[] {
  const blob = `${documentText(doc)}\n${formatDateWords(doc.date, doc.dateBlank)}\n${leftovers.join('\n')}`;
  const flat = collapse(blob);
  const known = new Set(tokens(blob));
  const lost: string[] = [];
  for (const line of sourceLines(text)) {
    // Markup ("**", "*", "|") is read, not stored: a line of it alone carries no text.
    if (!line || FIELD.test(line.replace(/\*+/g, ' ').trim())) continue;
    const c = core(line);
    if (!c || flat.includes(c)) continue;
    const missing = tokens(c).filter((t) => !STOP.has(t) && !known.has(t));
    if (missing.length) lost.push(line);
  }
  return lost;
}

describe('importText on arbitrary text', () => {
  it('never throws, yields a valid Document, and loses no line', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(textArb, (text) => {
        const result = importTextOrThrow(text, { today: '2024-05-06' });
        for (const part of result.recognised) seen.add(part);
        expect(documentSchema.safeParse(result.document).success).toBe(true);
        expect(lostLines(text, result.document, result.leftovers)).toEqual([]);
        expect(result.unrecognisedLines).toBe(result.unplaced.length);
      }),
      { numRuns: Number(process.env.IMPORT_RUNS ?? 400) },
    );
    // The generated texts reach the recognisers, not only the paragraph fallback.
    expect([...seen].sort()).toEqual(expect.arrayContaining(['headings', 'issuer', 'kind', 'number', 'placeDate', 'recipients', 'signature', 'standard', 'summary']));
  });

  it('never throws on raw strings of any kind', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 3000 }), (text) => {
        // importTextOrThrow: importText catches everything by design (its plain fallback), so
        // only the throwing form can tell that the reader broke the schema.
        const { document } = importTextOrThrow(text);
        expect(documentSchema.safeParse(document).success).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('the loss check itself finds a dropped line', () => {
    const text = 'THÔNG BÁO\nVề việc A\nMột câu riêng biệt.\nCâu thứ hai.';
    const { document } = importTextOrThrow(text);
    const dropped = { ...document, body: document.body.slice(1) };
    expect(lostLines(text, dropped)).toEqual(['Một câu riêng biệt.']);
  });
});
