// The shapes a real document's parts take in text, as recognisers. Each one is a pure function
// of one line (or one column of a line) and says nothing about where the line stands; text.ts
// decides that. Regexes are anchored and bounded: pasted text can hold megabyte-long lines.
import type { AuthorityForm, DateBlank, KindId, StandardFamily } from '../model';
import { ALL_TYPE_CODES, KINDS, VIETNAMESE_LETTERS } from '../standards';

/** Longest line worth trying a header or closing pattern on; body paragraphs are longer. */
export const SHORT = 300;

export function isUpper(s: string): boolean {
  return /\p{Lu}/u.test(s) && s === s.toLocaleUpperCase('vi');
}

export function startsLower(s: string): boolean {
  return /^\p{Ll}/u.test(s);
}

/** Whether a line ends a sentence or a lead-in, so that the next line does not continue it. */
export function endsClause(s: string): boolean {
  return /[.!?:;…]["”’)\]»]*$/u.test(s);
}

// ── Quốc hiệu / Party title ──────────────────────────────────────────────────────────────

interface NationalPattern {
  re: RegExp;
  family: StandardFamily;
}

/** Both tone placements occur ("HÒA" and "HOÀ"). The Party title is matched in capitals only:
 * "Đảng Cộng sản Việt Nam" is common in body text. */
export const NATIONAL: NationalPattern[] = [
  { re: /ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM/u, family: 'party' },
  // An OCR drops or swaps tone marks ("CỌNG HÒA", "Hạnh phú"): the letters decide, not the marks.
  { re: /C[ỘỌÔO]NG\s+H(?:ÒA|OÀ|ÓA|OÁ|OA)\s+X[ÃA]\s+H[ỘỌÔO]I\s+CH[ỦU]\s+NGH[ĨI]A\s+VI[ỆÊE]T\s+NAM/iu, family: 'state' },
  { re: /Độc\s+lập\s*[-–—]\s*Tự\s+do\s*[-–—]\s*Hạnh\s+phú[c]?/iu, family: 'state' },
];

/** A short rule typed as text: "-----", "___", "===". The Party "*" is separate. */
export function isRuleLine(s: string): boolean {
  return s.length >= 3 && s.length <= SHORT && /^[-–—_=~.·\s]+$/u.test(s) && /[-–—_=~]/u.test(s);
}

export function isStar(s: string): boolean {
  // Copies print the Party's star as one to five asterisks.
  return /^\*{1,5}$/.test(s);
}

// ── Số và ký hiệu ───────────────────────────────────────────────────────────────────────

export interface NumberMatch {
  value: number | null;
  typeCode?: string;
  issuerCode: string;
  family: StandardFamily;
  /** Text after the symbol in the same column (a place-date typed on the same line). */
  rest: string;
}

const CODE = String.raw`[\p{L}\p{N}.&]+(?:\s*-\s*[\p{L}\p{N}.&]+)*`;
/** State: "Số: 134/TB-VP", "Số: 134 /TB-VP", "Số: 01/2020/NĐ-CP", "Số:    /TB-VP", "Số: …/TB-VP". */
const STATE_NUMBER = new RegExp(String.raw`^Số\s*:\s*(\d{1,6}|[.…_]*)\s*\/\s*(?:(?:19|20)\d{2}\s*\/\s*)?(${CODE})(?:\s+(.*))?$`, 'u');
/** Party: "Số 13-CT/TU", "Số 125-CV/TU", "Số     -TB/VPTU", "Số …-TB/TU". */
const PARTY_NUMBER = new RegExp(String.raw`^Số\s*:?\s*(\d{1,6}|[.…_]*)\s*-\s*(\p{L}+)\s*\/\s*(${CODE})(?:\s+(.*))?$`, 'u');

function numberValue(digits: string | undefined): number | null {
  const n = digits ? Number.parseInt(digits, 10) : NaN;
  return Number.isInteger(n) && n >= 1 && n <= 999999 ? n : null;
}

function tidyCode(s: string): string {
  return s.replace(/\s*-\s*/g, '-');
}

/** A symbol whose pieces end in a known code and nothing else is read as a type code. */
function splitStateSymbol(symbol: string): { typeCode?: string; issuerCode: string } {
  const parts = tidyCode(symbol).split('-');
  const first = parts[0] ?? '';
  if (parts.length >= 2 && ALL_TYPE_CODES.includes(first)) return { typeCode: first, issuerCode: parts.slice(1).join('-') };
  return { issuerCode: parts.join('-') };
}

export function matchNumber(cell: string): NumberMatch | null {
  if (cell.length > SHORT) return null;
  const party = PARTY_NUMBER.exec(cell);
  if (party) {
    return {
      value: numberValue(party[1]),
      typeCode: party[2],
      issuerCode: tidyCode(party[3] ?? ''),
      family: 'party',
      rest: (party[4] ?? '').trim(),
    };
  }
  const state = STATE_NUMBER.exec(cell);
  if (state) {
    return {
      value: numberValue(state[1]),
      ...splitStateSymbol(state[2] ?? ''),
      family: 'state',
      rest: (state[3] ?? '').trim(),
    };
  }
  return null;
}

// ── Địa danh, ngày tháng ────────────────────────────────────────────────────────────────

export interface PlaceDateMatch {
  place?: string;
  /** ISO date; absent when the date was left blank ("ngày … tháng … năm 20…"). */
  date?: string;
  /** What a draft for signing left blank: the day ("ngày      tháng 6 năm 2026"), or day and month. */
  blank?: DateBlank;
  /** What the blank date still gives: the year, and the month when only the day is blank. */
  year?: number;
  month?: number;
}

export function isoDate(y: number, m: number, d: number): string | undefined {
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (y < 1945 || y > 2100 || dt.getUTCFullYear() !== y || dt.getUTCMonth() !== m - 1 || dt.getUTCDate() !== d) return undefined;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

// "ngày30 tháng 4": a scan or a hasty typist may drop the space after "ngày".
const PLACE_DATE = /^(?:(\p{Lu}[^,]{0,79}?)\s*,?\s+)?[Nn]gày(?:\s+|(?=\d))(.{0,60})$/u;
const DATE_WORDS = /^(\d{1,2})\s*tháng\s*(\d{1,2})\s*năm\s*(\d{4})\s*\.?$/u;
const DATE_SLASH = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})\s*\.?$/u;
const DATE_BLANK = /^[\s.…_]*tháng[\s.…_]*năm[\s.…_]*(?:((?:19|20)\d{2})|(?:19|20)[\d.…_]*)?\s*\.?$/u;
const DATE_DAY_BLANK = /^[\s.…_]*tháng\s*(\d{1,2})\s*năm\s*(\d{4})\s*\.?$/u;

/**
 * "Đông Hà, ngày 14 tháng 01 năm 2013" → place and date. A date with impossible numbers is
 * not a match: the line then stays in the text for the drafter to see.
 */
export function matchPlaceDate(cell: string): PlaceDateMatch | null {
  if (cell.length > 160) return null;
  const m = PLACE_DATE.exec(cell);
  if (!m) return null;
  const place = m[1]?.trim();
  const rest = (m[2] ?? '').trim();
  const words = DATE_WORDS.exec(rest) ?? DATE_SLASH.exec(rest);
  if (words) {
    const date = isoDate(Number(words[3]), Number(words[2]), Number(words[1]));
    return date ? { place, date } : null;
  }
  // A blank stands in a header only: without a place name it could be running text.
  if (!place) return null;
  const dayBlank = DATE_DAY_BLANK.exec(rest);
  if (dayBlank) {
    const [month, year] = [Number(dayBlank[1]), Number(dayBlank[2])];
    return isoDate(year, month, 1) ? { place, blank: 'day', year, month } : null;
  }
  const blank = DATE_BLANK.exec(rest);
  if (blank) return blank[1] ? { place, blank: 'dayMonth', year: Number(blank[1]) } : { place, blank: 'dayMonth' };
  return null;
}

// ── Độ khẩn, độ mật ─────────────────────────────────────────────────────────────────────

export type Urgency = 'KHẨN' | 'THƯỢNG KHẨN' | 'HỎA TỐC';
export type Secrecy = 'MẬT' | 'TỐI MẬT' | 'TUYỆT MẬT';

export function matchMark(cell: string): { urgency?: Urgency; secrecy?: Secrecy } | null {
  const s = cell.replace(/\s+/g, ' ').trim();
  if (s === 'KHẨN' || s === 'THƯỢNG KHẨN') return { urgency: s };
  if (s === 'HỎA TỐC' || s === 'HOẢ TỐC') return { urgency: 'HỎA TỐC' };
  if (s === 'MẬT' || s === 'TỐI MẬT' || s === 'TUYỆT MẬT') return { secrecy: s };
  return null;
}

// ── Tên loại ────────────────────────────────────────────────────────────────────────────

/** Tên loại of the kinds the model knows. */
const KIND_BY_TYPE_NAME = new Map<string, KindId>();
for (const spec of Object.values(KINDS)) {
  // The first kind listed for a name is its plain form (THÔNG BÁO → thong-bao, not -ket-luan):
  // refineKind picks the specific one from the words around the title.
  if (spec.typeName && !KIND_BY_TYPE_NAME.has(spec.typeName)) KIND_BY_TYPE_NAME.set(spec.typeName, spec.id);
}
KIND_BY_TYPE_NAME.set('THÔNG BÁO', 'thong-bao');
// The Party's own tên loại for a thông báo kết luận, printed whole (kept as title.typeName).
KIND_BY_TYPE_NAME.set('THÔNG BÁO KẾT LUẬN', 'thong-bao-ket-luan');
KIND_BY_TYPE_NAME.set('BÁO CÁO', 'bao-cao');

/**
 * Other tên loại of either rule book, with the model's nearest kind: the one whose use and
 * layout come closest. The printed name is kept as title.typeName, so nothing is lost.
 */
const NEAREST_KIND: Record<string, KindId> = {
  'CHƯƠNG TRÌNH': 'ke-hoach',
  'ĐỀ ÁN': 'ke-hoach',
  'PHƯƠNG ÁN': 'ke-hoach',
  'DỰ ÁN': 'ke-hoach',
  'HƯỚNG DẪN': 'chi-thi',
  'THÔNG TRI': 'chi-thi',
  'CÔNG ĐIỆN': 'chi-thi',
  'LỜI KÊU GỌI': 'chi-thi',
  'QUY ĐỊNH': 'quyet-dinh',
  'QUY CHẾ': 'quyet-dinh',
  'THÔNG TƯ': 'quyet-dinh',
  'NGHỊ ĐỊNH': 'quyet-dinh',
  'BIÊN BẢN': 'bao-cao',
  'GIẤY MỜI': 'thong-bao',
  'GIẤY GIỚI THIỆU': 'thong-bao',
};

export interface TitleMatch {
  typeName: string;
  kind: KindId;
  /** Capitals after the name on the same line: an author ("CỦA …") or an upper-case summary. */
  rest: string;
}

/**
 * A tên loại line. Matched whole and case-insensitively: Word's "All caps" formatting is lost
 * in a plain-text copy, so "Thông báo" may stand for THÔNG BÁO.
 */
export function matchTitle(line: string): TitleMatch | null {
  if (line.length > 200) return null;
  const upper = line.toLocaleUpperCase('vi').replace(/\s+/g, ' ').trim();
  const exact = KIND_BY_TYPE_NAME.get(upper) ?? NEAREST_KIND[upper];
  if (exact) return { typeName: upper, kind: exact, rest: '' };
  // "CHỈ THỊ CỦA BAN THƯỜNG VỤ TỈNH ỦY" on one line: only in capitals, to stay clear of body text.
  if (!isUpper(line)) return null;
  for (const name of [...KIND_BY_TYPE_NAME.keys(), ...Object.keys(NEAREST_KIND)]) {
    if (upper.startsWith(`${name} `)) {
      const rest = upper.slice(name.length).trim();
      if (/^(CỦA|KẾT LUẬN|Ý KIẾN|TỔNG KẾT|SƠ KẾT|VỀ|V\/V)(?![\p{L}\p{N}])/u.test(rest)) {
        return { typeName: name, kind: KIND_BY_TYPE_NAME.get(name) ?? NEAREST_KIND[name] ?? 'thong-bao', rest };
      }
    }
  }
  return null;
}

/** The specific kind a generic tên loại stands for, read from the author and trích yếu. */
export function refineKind(kind: KindId, words: string): KindId {
  if (kind === 'thong-bao' && /kết\s+luận/iu.test(words)) return 'thong-bao-ket-luan';
  if (kind === 'bao-cao' && /tổng\s+kết/iu.test(words)) return 'bao-cao-tong-ket';
  return kind;
}

/** The kind a type code in the number stands for, when there is no tên loại. */
export function kindForTypeCode(code: string | undefined, family: StandardFamily): KindId | undefined {
  if (!code) return undefined;
  for (const spec of Object.values(KINDS)) {
    if (spec.typeCode[family] === code) return spec.id;
  }
  return undefined;
}

/** An author line under the tên loại: "CỦA BAN THƯỜNG VỤ TỈNH ỦY", "KẾT LUẬN CỦA THƯỜNG TRỰC…". */
export function isAuthorLine(line: string): boolean {
  if (line.length > 200) return false;
  if (/^của\s/iu.test(line)) return true;
  return isUpper(line) && !/^(VỀ|V\/V)(?![\p{L}\p{N}])/u.test(line);
}

// ── Kính gửi, Nơi nhận, Lưu ─────────────────────────────────────────────────────────────

/** "Kính gửi:", also as a scan reads it ("Kinh gửi:"). */
export const ADDRESSEES_LABEL = /^K[íi]nh\s+g[ửưu]i\s*:?\s*(.*)$/iu;
export const RECIPIENTS_LABEL = /^Nơi\s+nhận\s*:?\s*(.*)$/iu;
/** "- Lưu: VT, TH (2)." / "- Lưu Văn phòng Tỉnh ủy." / "Lưu VT". */
const ARCHIVE = /^(?:[-–—•+]\s*)?Lưu\s*(:)?\s*(.*)$/u;

export function matchArchive(line: string, bulleted: boolean): string | null {
  if (line.length > SHORT) return null;
  const m = ARCHIVE.exec(line);
  if (!m) return null;
  const rest = (m[2] ?? '').trim();
  // "Lưu Văn Hải" could be a name: without a bullet or a colon, only the usual archive words.
  const marked = /^[-–—•+]/u.test(line) || m[1] === ':' || bulleted;
  if (!marked && !/^(VT|VP|Văn\s+phòng|hồ\s+sơ|HS|HSCV)(?![\p{L}\p{N}])/iu.test(rest)) return null;
  return rest;
}

/** A list marker at the start of a line: "-", "–", "•" and "+". "*" is emphasis, not a marker. */
export function listMarker(line: string): { marker: '-' | '+'; rest: string } | null {
  const m = /^([-–—•+])(\s*)(.*)$/u.exec(line);
  if (!m) return null;
  const rest = m[3] ?? '';
  // "-5%" and "+2" are numbers, not items.
  if (!m[2] && /^\d/u.test(rest)) return null;
  if (!rest.trim() || isRuleLine(line)) return null;
  return { marker: m[1] === '+' ? '+' : '-', rest: rest.trim() };
}

// ── Thẩm quyền ký, chức vụ, họ tên ──────────────────────────────────────────────────────

export interface AuthorityMatch {
  form: AuthorityForm;
  family?: StandardFamily;
  on: string;
}

const AUTHORITY: { re: RegExp; form: AuthorityForm; family?: StandardFamily }[] = [
  { re: /^T\s*\/\s*M\b\.?\s*(.*)$/u, form: 'thay-mat', family: 'party' },
  { re: /^K\s*\/\s*T\b\.?\s*(.*)$/u, form: 'ky-thay', family: 'party' },
  { re: /^T\s*\/\s*UQ\b\.?\s*(.*)$/u, form: 'thua-uy-quyen', family: 'party' },
  { re: /^T\s*\/\s*L\b\.?\s*(.*)$/u, form: 'thua-lenh', family: 'party' },
  { re: /^TM\s*\.\s*(.*)$/u, form: 'thay-mat', family: 'state' },
  { re: /^KT\s*\.\s*(.*)$/u, form: 'ky-thay', family: 'state' },
  { re: /^TUQ\s*\.\s*(.*)$/u, form: 'thua-uy-quyen', family: 'state' },
  { re: /^TL\s*\.\s*(.*)$/u, form: 'thua-lenh', family: 'state' },
  { re: /^Q\s*\.\s*(.*)$/u, form: 'quyen' },
];

export function matchAuthority(line: string): AuthorityMatch | null {
  if (line.length > 200) return null;
  for (const a of AUTHORITY) {
    const m = a.re.exec(line);
    // The rest is the collective or the head, in capitals ("BAN THƯỜNG VỤ", "CHỦ TỊCH").
    if (m && (!(m[1] ?? '').trim() || isUpper(m[1] ?? ''))) return { form: a.form, family: a.family, on: (m[1] ?? '').trim() };
  }
  return null;
}

/** A position line in the signature block: capitals, short, no figures. */
export function isPositionLine(line: string): boolean {
  return line.length <= 120 && isUpper(line) && !/\d/u.test(line) && !/[:;]$/u.test(line);
}

/** "(đã ký, đóng dấu)", "Đã ký", "(Ký, ghi rõ họ tên)". */
export function isSignedNote(line: string): boolean {
  return line.length <= 100 && /^\(?\s*(?:đã\s+k[ýí]|k[ýí]\s*(?:,|tên|và|\)|$)|chữ\s+k[ýí])/iu.test(line);
}

/** A personal name: two to seven capitalised words, nothing else. */
export function isPersonName(line: string): boolean {
  // All capitals is a position ("BÍ THƯ"), not a name.
  return line.length <= 60 && /^\p{Lu}[\p{L}.'’]*(?:[ -]\p{Lu}[\p{L}.'’]*){1,6}$/u.test(line) && !isUpper(line);
}

// ── Body numbering ──────────────────────────────────────────────────────────────────────

/** Numbering schemes as found in text; each maps to a level through the rule book. */
export type FoundScheme = 'roman' | 'arabic' | 'compound' | 'letter' | 'letter-compound';

export interface NumberedMatch {
  scheme: FoundScheme;
  rest: string;
}

const ROMAN_VALID = /^(?=[IVXLC])(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/;
const ROMAN = /^([IVXLC]{1,7})\s*[-.–)](\s*)(.*)$/u;
const COMPOUND = /^(\d{1,2})(?:\.\d{1,2}){1,2}\.?(?:\s+(.*))?$/u;
const ARABIC = /^(\d{1,2})\s*[-.–)](\s*)(.*)$/u;
const LETTER_COMPOUND = /^([a-zđ])\.(\d{1,2})\)\s*(.*)$/u;
const LETTER = /^([a-zđ])\s*([-–)]|\.(?=\s*\p{Lu}))\s*(.*)$/u;

/**
 * What may open the text after a label: a capital, a quotation, a bracket or a figure — a
 * figure only after a space, so that "1.200 người" and "2-3 ngày" stay numbers.
 */
function opensText(rest: string, spaced = true): boolean {
  if (/^\p{N}/u.test(rest)) return spaced;
  return rest === '' || /^["“'‘(\[\p{Lu}*]/u.test(rest);
}

/** "II NỘI DUNG": a roman numeral without its dot, before a title in capitals. */
const ROMAN_BARE = /^([IVXLC]{1,7})\s+(\p{Lu}.{2,199})$/u;

export function matchNumbered(line: string): NumberedMatch | null {
  const bare = line.length <= 200 ? ROMAN_BARE.exec(line) : null;
  if (bare && ROMAN_VALID.test(bare[1] ?? '') && isUpper(bare[2] ?? '') && !/^[IVXLC]+\s/u.test(bare[2] ?? '')) return { scheme: 'roman', rest: (bare[2] ?? '').trim() };
  let m = ROMAN.exec(line);
  // "V.I. Lê-nin": initials, not a section.
  const initials = m && m[2] === '' && /^\p{Lu}\./u.test(m[3] ?? '');
  if (m && !initials && ROMAN_VALID.test(m[1] ?? '') && opensText(m[3] ?? '', m[2] !== '')) return { scheme: 'roman', rest: (m[3] ?? '').trim() };
  m = COMPOUND.exec(line);
  if (m && opensText(m[2] ?? '')) return { scheme: 'compound', rest: (m[2] ?? '').trim() };
  m = ARABIC.exec(line);
  if (m && opensText(m[3] ?? '', m[2] !== '')) return { scheme: 'arabic', rest: (m[3] ?? '').trim() };
  m = LETTER_COMPOUND.exec(line);
  if (m && VIETNAMESE_LETTERS.includes(m[1] ?? '')) return { scheme: 'letter-compound', rest: (m[3] ?? '').trim() };
  m = LETTER.exec(line);
  if (m && VIETNAMESE_LETTERS.includes(m[1] ?? '') && (m[3] ?? '') !== '') return { scheme: 'letter', rest: (m[3] ?? '').trim() };
  return null;
}
