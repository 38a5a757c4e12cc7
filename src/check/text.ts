// Checks on free text — a pasted or imported document, a line typed in the UI — where the
// rule book did not produce the form. A Document's own date and number lines are generated
// by standards/format.ts and need none of this.
import type { StandardFamily } from '../model';
import { FILL_IN } from '../standards';
import type { Message, Severity, TextFinding } from './types';
import { msg } from './util';

const DATE_BASIS = 'NĐ 30/2020/NĐ-CP Phụ lục I, II.4.b; HD 36-HD/VPTW và HD 05-HD/VPTW, ô 4';
const NUMBER_BASIS = 'NĐ 30/2020/NĐ-CP Phụ lục I, II.3; HD 36-HD/VPTW mục 1.3; HD 05-HD/VPTW, ô 3';

function finding(basis: string, code: string, severity: Severity, message: Message, start: number, end: number, suggestion?: string): TextFinding {
  const f: TextFinding = { code, severity, message, basis, start, end };
  if (suggestion !== undefined) f.suggestion = suggestion;
  return f;
}

/**
 * "ngày 8 tháng 1 năm 2019" → day below 10 and months 1–2 take a leading zero; months 3–12
 * take none ("ngày 05 tháng 3 năm 2020"). Basis: NĐ30 II.4.b, HD36/HD05 ô 4.
 */
export function checkDateText(text: string): TextFinding[] {
  const out: TextFinding[] = [];
  const re = /(?<![\p{L}])ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})(?!\d)/giud;
  for (const m of text.matchAll(re)) {
    const indices = m.indices;
    const [dayText, monthText, yearText] = [m[1] ?? '', m[2] ?? '', m[3] ?? ''];
    const whole = indices?.[0];
    const dayAt = indices?.[1];
    const monthAt = indices?.[2];
    if (!whole || !dayAt || !monthAt) continue;
    const day = Number(dayText);
    const month = Number(monthText);
    const year = Number(yearText);
    const probe = new Date(Date.UTC(year, month - 1, day));
    if (month < 1 || month > 12 || day < 1 || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) {
      out.push(finding(DATE_BASIS, 'date-text.invalid', 'error', msg(
        `«${m[0]}» không phải là ngày có thật.`,
        `«${m[0]}» is not a real date.`,
      ), whole[0], whole[1]));
      continue;
    }
    if (day < 10 && dayText.length === 1) {
      out.push(finding(DATE_BASIS, 'date-text.day-zero', 'error', msg(
        `Ngày nhỏ hơn 10 phải ghi thêm số 0 ở trước: «ngày 0${day}», không phải «ngày ${day}».`,
        `A day below 10 takes a leading zero: «ngày 0${day}», not «ngày ${day}».`,
      ), dayAt[0], dayAt[1], `0${day}`));
    }
    if (month <= 2 && monthText.length === 1) {
      out.push(finding(DATE_BASIS, 'date-text.month-zero', 'error', msg(
        `Tháng 1 và tháng 2 phải ghi thêm số 0 ở trước: «tháng 0${month}», không phải «tháng ${month}».`,
        `Months 1 and 2 take a leading zero: «tháng 0${month}», not «tháng ${month}».`,
      ), monthAt[0], monthAt[1], `0${month}`));
    }
    if (month >= 3 && monthText.length === 2 && monthText.startsWith('0')) {
      out.push(finding(DATE_BASIS, 'date-text.month-extra-zero', 'warning', msg(
        `Chỉ tháng 1 và tháng 2 ghi thêm số 0; từ tháng 3 trở đi ghi «tháng ${month}», không phải «tháng ${monthText}».`,
        `Only months 1 and 2 take a leading zero; from March on write «tháng ${month}», not «tháng ${monthText}».`,
      ), monthAt[0], monthAt[1], String(month)));
    }
  }
  return out;
}

/**
 * The "Số …" line of a document header: State "Số: 134/TB-VP", Party "Số 13-CT/TU"
 * (NĐ30 II.3; HD36 mục 1.3, HD05 ô 3). A blank number ("Số:     /TB-VP") is fine.
 */
export function checkNumberText(text: string, family: StandardFamily): TextFinding[] {
  const out: TextFinding[] = [];
  const code = '[\\p{L}\\p{N}]+';
  const re = new RegExp(
    `(?<![\\p{L}\\p{N}])Số([ \\t]*:)?([ \\t]*)(\\d*)([ \\t]*)([/-])([ \\t]*)(${code}(?:[ \\t]*[-/][ \\t]*${code})*)`,
    'gu',
  );
  const party = family === 'party';
  for (const m of text.matchAll(re)) {
    const start = m.index;
    const end = start + m[0].length;
    const colon = !!m[1];
    const digits = m[3] ?? '';
    const join = m[5] ?? '';
    const symbol = m[7] ?? '';
    const groups = symbol.split(/[ \t]*[-/][ \t]*/u);
    const slashes = (symbol.match(/\//gu) ?? []).length;
    const numberText = digits.length === 1 && Number(digits) > 0 ? `0${digits}` : digits;
    // A blank number keeps the space the rule book leaves (FILL_IN, as formatNumberLine prints it).
    const label = party ? 'Số' : 'Số:';
    const head = numberText ? `${label} ${numberText}` : `${label}${FILL_IN}`;
    const suggestion = party
      ? `${head}-${groups[0] ?? ''}${groups.length > 1 ? `/${groups.slice(1).join('-')}` : ''}`
      : `${head}/${groups.join('-')}`;

    if (party && colon) {
      out.push(finding(NUMBER_BASIS, 'number-text.party-colon', 'error', msg(
        'Văn bản của Đảng ghi «Số» không có dấu hai chấm: «Số 13-CT/TU» (khác với văn bản hành chính Nhà nước: «Số: 134/TB-VP»).',
        'A Party document writes «Số» without a colon: «Số 13-CT/TU» (unlike a State document: «Số: 134/TB-VP»).',
      ), start, end, suggestion));
    }
    if (!party && !colon) {
      out.push(finding(NUMBER_BASIS, 'number-text.state-colon', 'error', msg(
        'Văn bản hành chính Nhà nước ghi «Số:» có dấu hai chấm: «Số: 134/TB-VP» (khác với văn bản của Đảng: «Số 13-CT/TU»).',
        'A State document writes «Số:» with a colon: «Số: 134/TB-VP» (unlike a Party document: «Số 13-CT/TU»).',
      ), start, end, suggestion));
    }
    const formWrong = party ? join !== '-' || slashes !== 1 : join !== '/' || slashes > 0;
    if (formWrong) {
      out.push(finding(NUMBER_BASIS, 'number-text.form', 'error', party
        ? msg(
          'Số và ký hiệu văn bản của Đảng ghi gạch nối «-» giữa số và tên loại, gạch chéo «/» giữa tên loại và cơ quan ban hành: «Số 13-CT/TU». Cách ghi «Số: 134/TB-VP» là của văn bản hành chính Nhà nước.',
          'A Party number puts a hyphen between the number and the type and a slash between the type and the issuer: «Số 13-CT/TU». «Số: 134/TB-VP» is the State form.',
        )
        : msg(
          'Số và ký hiệu văn bản hành chính ghi gạch chéo «/» giữa số và ký hiệu, gạch nối «-» giữa các nhóm chữ viết tắt: «Số: 134/TB-VP». Cách ghi «Số 13-CT/TU» là của văn bản của Đảng.',
          'A State number puts a slash between the number and the symbol and hyphens between the abbreviations: «Số: 134/TB-VP». «Số 13-CT/TU» is the Party form.',
        ), start, end, suggestion));
    }
    if (digits.length === 1 && Number(digits) > 0) {
      out.push(finding(NUMBER_BASIS, 'number-text.zero', 'error', msg(
        `Số nhỏ hơn 10 ghi thêm số 0 ở trước: «0${digits}», không phải «${digits}».`,
        `Numbers below 10 take a leading zero: «0${digits}», not «${digits}».`,
      ), start, end, suggestion));
    }
    // Spaces before the join stand for a blank number; anywhere else they split the symbol.
    const spaced = /[ \t]/u.test(symbol) || (m[6] ?? '') !== '' || (digits !== '' && (m[4] ?? '') !== '');
    if (spaced) {
      out.push(finding(NUMBER_BASIS, 'number-text.spaces', 'warning', msg(
        'Số và ký hiệu viết liền, không có khoảng trắng quanh dấu «/» và «-».',
        'The number and symbol are written without spaces around «/» and «-».',
      ), start, end, suggestion));
    }
  }
  return out;
}
