// Shapes of the header's parts: Quốc hiệu or the Party's title, số và ký hiệu, địa danh and
// ngày tháng, độ khẩn and độ mật.
import type { DateBlank, StandardFamily } from '../../model';
import { ALL_TYPE_CODES } from '../../standards';
import { SHORT } from './line';

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
