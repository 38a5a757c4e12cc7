// The rule books' text forms: number and symbol, place and date, section labels, authority
// lines, the end mark. Pure functions of (document data, profile).
import type { AuthorityForm, DateBlank, Document, KindId, ProfileId } from '../model';
import { KINDS } from './kinds';
import { PARTY_HD05_FROM, PROFILES } from './profiles';
import type { LabelScheme, Profile } from './types';

/** The profile a document is laid out by: its override, else its family's book for its date. */
export function profileFor(doc: Pick<Document, 'standard' | 'date'>): Profile {
  const override = doc.standard.profile;
  if (override && PROFILES[override].family === doc.standard.family) return PROFILES[override];
  return PROFILES[defaultProfileId(doc.standard.family, doc.date)];
}

export function defaultProfileId(family: 'state' | 'party', isoDate: string): ProfileId {
  if (family === 'state') return 'state-nd30';
  return isoDate >= PARTY_HD05_FROM ? 'party-hd05' : 'party-hd36';
}

/** The space of a blank where no profile is at hand; profiles carry their own (header.fillIn). */
export const FILL_IN = '        ';

/**
 * Days 1–9 and months 1–2 take a leading zero (NĐ30 II.4.b; HD36 §2.4). A blank day (or day
 * and month) leaves `fill` between the words for the văn thư or the signing tool:
 * "ngày        tháng 6 năm 2026", "ngày        tháng        năm 2026".
 */
export function formatDateWords(isoDate: string, blank?: DateBlank, fill: string = FILL_IN): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const day = d < 10 ? `0${d}` : String(d);
  const month = m < 3 ? `0${m}` : String(m);
  if (blank === 'dayMonth') return `ngày${fill}tháng${fill}năm ${y}`;
  if (blank === 'day') return `ngày${fill}tháng ${month} năm ${y}`;
  return `ngày ${day} tháng ${month} năm ${y}`;
}

export function formatPlaceDate(place: string, isoDate: string, blank?: DateBlank, fill: string = FILL_IN): string {
  return `${place.trim()}, ${formatDateWords(isoDate, blank, fill)}`;
}

/** The date part a file name can honestly carry: "2026-06-15", "2026-06" (day blank), "2026". */
export function datePart(doc: Pick<Document, 'date' | 'dateBlank'>): string {
  if (doc.dateBlank === 'dayMonth') return doc.date.slice(0, 4);
  if (doc.dateBlank === 'day') return doc.date.slice(0, 7);
  return doc.date;
}

export function typeCodeFor(kind: KindId, profile: Profile): string | null {
  return KINDS[kind].typeCode[profile.family];
}

/** "TB-VP" (State) or "CT/TU" (Party). */
export function formatSymbol(doc: Pick<Document, 'kind' | 'number'>, profile: Profile): string {
  const type = doc.number.typeCode?.trim() || typeCodeFor(doc.kind, profile);
  const issuer = doc.number.issuerCode.trim();
  return type ? `${type}${profile.header.number.symbolJoin}${issuer}` : issuer;
}

/** Numbers 1–9 are written 01–09 in both rule books. */
export function padNumber(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** "Số: 134/TB-VP" or "Số 13-CT/TU"; a missing number leaves the blank to fill in. */
export function formatNumberLine(doc: Pick<Document, 'kind' | 'number'>, profile: Profile): string {
  const n = profile.header.number;
  // The blank replaces the number and the space after "Số:", so it is as wide as a date's.
  const head = doc.number.value === null ? `${n.prefix.trimEnd()}${profile.header.fillIn}` : `${n.prefix}${padNumber(doc.number.value)}`;
  return `${head}${n.numberJoin}${formatSymbol(doc, profile)}`;
}

const ROMAN: [number, string][] = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
  [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];

export function toRoman(n: number): string {
  let out = '';
  let rest = n;
  for (const [value, numeral] of ROMAN) {
    while (rest >= value) {
      out += numeral;
      rest -= value;
    }
  }
  return out;
}

/** Điểm follow the Vietnamese alphabet: a, b, c, d, đ, e, g, h, i, k… (no f, j, w, z). */
export const VIETNAMESE_LETTERS = ['a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'x', 'y'];

export function vietnameseLetter(n: number): string {
  const count = VIETNAMESE_LETTERS.length;
  let i = n - 1;
  let out = '';
  // Past "y": aa, ab… — rare, but never undefined.
  do {
    out = VIETNAMESE_LETTERS[i % count] + out;
    i = Math.floor(i / count) - 1;
  } while (i >= 0);
  return out;
}

/**
 * The label of a heading from the counters of its level and the levels above
 * (counters[0] is level 1). "I.", "I-", "1.", "1.1.", "a)", "a.1)".
 */
export function headingLabel(scheme: LabelScheme, counters: readonly number[], level: number): string {
  const own = counters[level - 1] ?? 1;
  const parent = Math.max(1, counters[level - 2] ?? 1);
  switch (scheme) {
    case 'roman-dot':
      return `${toRoman(own)}.`;
    case 'roman-dash':
      return `${toRoman(own)}-`;
    case 'arabic-dot':
      return `${own}.`;
    case 'compound-dot':
      return `${parent}.${own}.`;
    case 'letter-paren':
      return `${vietnameseLetter(own)})`;
    case 'letter-compound-paren':
      return `${vietnameseLetter(parent)}.${own})`;
  }
}

/** The printed authority form, with the rule book's fallback (Party T/UQ → T/L). */
export function authorityText(form: AuthorityForm, profile: Profile): string {
  const direct = profile.signature.forms[form];
  if (direct !== null) return direct;
  const fallback = profile.signature.fallback[form];
  return fallback ? (profile.signature.forms[fallback] ?? '') : '';
}

/** "TM. ỦY BAN NHÂN DÂN", "T/L BAN THƯỜNG VỤ", or the head alone ("CHÁNH VĂN PHÒNG"). */
export function authorityLine(form: AuthorityForm, on: string | undefined, profile: Profile): string {
  const prefix = authorityText(form, profile);
  const body = (on ?? '').trim();
  return [prefix, body].filter(Boolean).join(' ');
}

export interface PlaceholderSpan {
  start: number;
  end: number;
  text: string;
}

const BRACKETED = /\[([^[\]\n]{0,300})\]/gu;

/**
 * Template text still to be filled in: "[…]", "[...]", "[nội dung]", "[Nhiệm vụ thứ nhất.]" —
 * the brackets the built-in templates use. "[1]" or "[2020]" (a reference) has no letter
 * and is not one.
 */
export function findPlaceholders(text: string): PlaceholderSpan[] {
  const out: PlaceholderSpan[] = [];
  for (const m of text.matchAll(BRACKETED)) {
    const inner = (m[1] ?? '').trim();
    if (inner === '' || /[\p{L}…]|\.{2,}/u.test(inner)) out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}

function endsWithPlaceholder(text: string): boolean {
  if (!text.endsWith(']')) return false;
  const last = findPlaceholders(text).at(-1);
  return last !== undefined && last.end === text.length;
}

/** Punctuation a drafter may type at the end of a line; the rule book decides what stands there. */
const TRAILING_PUNCT = /[\s;,.:]+$/u;

export function stripTrailingPunctuation(s: string): string {
  return s.replace(TRAILING_PUNCT, '');
}

/**
 * Appends the end mark after the content's last sentence: "…thực hiện./." (State, HD36) or
 * "…thực hiện." (HD05). An existing "./." or "." is replaced, not doubled.
 */
export function withEndMark(text: string, profile: Profile): string {
  const trimmed = text.replace(/\s+$/u, '');
  const base = trimmed.replace(/(\s*\.\/\.|\s*\/\.|[.;,:])+$/u, '');
  if (!base) return trimmed;
  // "…[Nhiệm vụ cụ thể.]./." would end a sentence nobody has written yet: the end mark waits.
  if (endsWithPlaceholder(base)) return trimmed;
  // A question or exclamation keeps its own mark; the end mark follows it.
  if (/[?!…]$/u.test(base)) return profile.body.endMark === '.' ? base : `${base}/.`;
  return `${base}${profile.body.endMark}`;
}

/** The trích yếu's first letter as the rule book wants it ("về …" for the Party). */
export function summaryCase(summary: string, profile: Profile): string {
  const rule = profile.title.summary.firstLetter;
  if (rule === 'keep' || !summary) return summary;
  const first = summary.charAt(0);
  const changed = rule === 'upper' ? first.toLocaleUpperCase('vi') : first.toLocaleLowerCase('vi');
  // Lower-casing a proper noun ("Ý kiến kết luận của…" is fine, "Ủy ban…" is not) would be wrong:
  // only the usual opening words are lowered.
  if (rule === 'lower' && !/^(Về|Kết|Ý|Tại|Tình|Công|Việc|Đẩy|Tăng|Thực|Tổng|Báo|Triển)(?=\s|$)/u.test(summary)) return summary;
  return changed + summary.slice(1);
}

export function upper(s: string): string {
  return s.toLocaleUpperCase('vi');
}

/** File name without extension: type code, number, issuer code, date — "TB-134-VP-2019-02-13". */
export function fileBaseName(doc: Pick<Document, 'kind' | 'number' | 'date' | 'dateBlank' | 'standard'>): string {
  const profile = profileFor(doc);
  const type = doc.number.typeCode?.trim() || typeCodeFor(doc.kind, profile) || KINDS[doc.kind].id;
  const number = doc.number.value === null ? 'chua-so' : padNumber(doc.number.value);
  const safe = (s: string) => s.normalize('NFC').replace(/[\\/:*?"<>|\s]+/gu, '-').replace(/-+/g, '-').replace(/^-|-$/g, '');
  return [safe(type), number, safe(doc.number.issuerCode), datePart(doc)].filter(Boolean).join('-');
}

/**
 * The printed label of each heading of a body, in order (null for other blocks): the counters
 * compose/body.ts keeps, for the editor that shows "II.", "1.", "a)" beside each heading.
 */
export function headingLabels(blocks: readonly { type: string; level?: number }[], profile: Profile): (string | null)[] {
  const counters = [0, 0, 0, 0];
  return blocks.map((block) => {
    if (block.type !== 'heading' || typeof block.level !== 'number') return null;
    const level = Math.min(4, Math.max(1, Math.trunc(block.level)));
    counters[level - 1] = (counters[level - 1] ?? 0) + 1;
    for (let i = level; i < counters.length; i++) counters[i] = 0;
    const spec = profile.body.headings[level - 1];
    return spec ? headingLabel(spec.label, counters, level) : null;
  });
}

/**
 * The year a document reports on: a year-end report dated from October covers its own year,
 * one dated earlier covers the year before ("Báo cáo tổng kết năm 2026" is signed in
 * December 2026 or January 2027).
 */
export function reportYear(isoDate: string): number {
  const [y, m] = isoDate.split('-').map(Number) as [number, number];
  return m >= 10 ? y : y - 1;
}

/** "Phụ lục I" (State, Roman) or "Phụ lục 1" (Party) for the appendix at `index` (0-based). */
export function appendixLabel(profile: Profile, index: number): string {
  return profile.appendix.label.replace('{ROMAN}', toRoman(index + 1)).replace('{n}', String(index + 1));
}
