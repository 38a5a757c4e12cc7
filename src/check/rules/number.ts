// Số và ký hiệu (NĐ30 II.3, Phụ lục III; HD36/HD05 ô 3). The drafter types abbreviations only;
// the rule book joins them ("Số: 134/TB-VP" vs "Số 13-CT/TU"), so a typed separator breaks
// the symbol, and a type code must be the one of the kind under that rule book.
import type { Document } from '../../model';
import type { Profile } from '../../standards';
import { ALL_TYPE_CODES, formatNumberLine, KINDS, typeCodeFor } from '../../standards';
import type { Hit, Message, Rule } from '../types';
import { cite, isBlank, msg } from '../util';

const TYPE_CODE = /^\p{L}+$/u;
/** Letters and digits; joint issuers (or a State công văn's unit) joined by single hyphens. */
const ISSUER_CODE = /^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*$/u;

const up = (s: string): string => s.toLocaleUpperCase('vi');

function numberBasis(profile: Profile): string {
  return cite(profile, { state: 'Phụ lục I, II.3', hd36: 'mục 1.3 (số và ký hiệu, ô 3)', hd05: 'ô 3 (số và ký hiệu)' });
}

/** What in a code breaks the symbol, in both languages. */
function describeBadChars(value: string, hyphenAllowedBetweenGroups: boolean): Message {
  const vi: string[] = [];
  const en: string[] = [];
  if (/\s/u.test(value)) {
    vi.push('khoảng trắng');
    en.push('spaces');
  }
  if (value.includes(':')) {
    vi.push('dấu hai chấm «:»');
    en.push('a colon «:»');
  }
  if (value.includes('/')) {
    vi.push('dấu gạch chéo «/»');
    en.push('a slash «/»');
  }
  const hyphenWrong = hyphenAllowedBetweenGroups
    ? /^-|-$|--/u.test(value.replace(/[\s:/]+/gu, ''))
    : value.includes('-');
  if (hyphenWrong) {
    vi.push('dấu gạch nối «-» không đúng chỗ');
    en.push('a hyphen «-» in the wrong place');
  }
  const others = [...new Set(value.replace(/[\p{L}\p{N}\s:/-]/gu, ''))];
  if (others.length) {
    const quoted = others.map((c) => `«${c}»`).join(', ');
    vi.push(`ký tự ${quoted}`);
    en.push(`the character${others.length > 1 ? 's' : ''} ${quoted}`);
  }
  return { vi: vi.join(', '), en: en.join(', ') };
}

function formExplanation(doc: Document, profile: Profile): Message {
  const printed = formatNumberLine(doc, profile);
  const party = profile.family === 'party';
  return msg(
    `Chỉ nhập chữ viết tắt; Vanban tự ghép dấu theo quy định. ` +
      (party
        ? 'Văn bản của Đảng ghi «Số 13-CT/TU»: không có dấu hai chấm, gạch nối «-» giữa số và tên loại, gạch chéo «/» giữa tên loại và cơ quan ban hành (khác với văn bản hành chính Nhà nước: «Số: 134/TB-VP»).'
        : 'Văn bản hành chính Nhà nước ghi «Số: 134/TB-VP»: có dấu hai chấm, gạch chéo «/» giữa số và tên loại, gạch nối «-» giữa tên loại và cơ quan ban hành (khác với văn bản của Đảng: «Số 13-CT/TU»).') +
      ` Hiện số, ký hiệu sẽ in thành «${printed}».`,
    `Type the abbreviation only; Vanban adds the separators of the rule book. ` +
      (party
        ? 'A Party document reads «Số 13-CT/TU»: no colon, a hyphen between the number and the type, a slash between the type and the issuer (unlike a State document: «Số: 134/TB-VP»).'
        : 'A State document reads «Số: 134/TB-VP»: a colon, a slash between the number and the type, a hyphen between the type and the issuer (unlike a Party document: «Số 13-CT/TU»).') +
      ` As typed it would print «${printed}».`,
  );
}

export const symbolCharacters: Rule = {
  id: 'number-symbol-characters',
  basis: 'NĐ 30/2020/NĐ-CP Phụ lục I, II.3.c; HD 36-HD/VPTW và HD 05-HD/VPTW, ô 3',
  codes: { 'number.issuer-code-missing': 'error', 'number.symbol-chars': 'error', 'number.type-in-issuer': 'error' },
  check({ doc, profile }) {
    const hits: Hit[] = [];
    const basis = numberBasis(profile);
    const form = formExplanation(doc, profile);
    const typeCode = doc.number.typeCode ?? '';
    if (!isBlank(typeCode) && !TYPE_CODE.test(typeCode.trim())) {
      const bad = describeBadChars(typeCode.trim(), false);
      hits.push({
        code: 'number.symbol-chars',
        path: 'number.typeCode',
        basis,
        message: msg(
          `Chữ viết tắt tên loại «${typeCode.trim()}» có ${bad.vi}, làm sai số và ký hiệu văn bản. ${form.vi}`,
          `The type abbreviation «${typeCode.trim()}» contains ${bad.en}, which breaks the number and symbol. ${form.en}`,
        ),
      });
    }
    const issuer = doc.number.issuerCode.trim();
    if (isBlank(issuer)) {
      hits.push({
        code: 'number.issuer-code-missing',
        path: 'number.issuerCode',
        basis,
        message: msg(
          'Chưa có chữ viết tắt tên cơ quan ban hành trong ký hiệu văn bản (ví dụ «VP», «TU»).',
          "The issuer's abbreviation in the document symbol is missing (e.g. «VP», «TU»).",
        ),
      });
      return hits;
    }
    if (!ISSUER_CODE.test(issuer)) {
      const bad = describeBadChars(issuer, true);
      hits.push({
        code: 'number.symbol-chars',
        path: 'number.issuerCode',
        basis,
        message: msg(
          `Chữ viết tắt cơ quan ban hành «${issuer}» có ${bad.vi}, làm sai số và ký hiệu văn bản. ${form.vi}`,
          `The issuer abbreviation «${issuer}» contains ${bad.en}, which breaks the number and symbol. ${form.en}`,
        ),
      });
      return hits;
    }
    // "TB-VP" typed as the issuer of a Thông báo prints "TB-TB-VP".
    const type = typeCode.trim() || typeCodeFor(doc.kind, profile);
    const groups = issuer.split('-');
    if (type && groups.length > 1 && up(groups[0] ?? '') === up(type)) {
      const rest = groups.slice(1).join('-');
      const printed = formatNumberLine(doc, profile);
      hits.push({
        code: 'number.type-in-issuer',
        path: 'number.issuerCode',
        basis,
        message: msg(
          `Ô chữ viết tắt cơ quan ban hành đang ghi cả chữ viết tắt tên loại «${groups[0]}», nên số, ký hiệu sẽ in lặp: «${printed}». Chỉ cần nhập «${rest}»; Vanban tự thêm tên loại và các dấu theo quy định.`,
          `The issuer abbreviation also holds the type abbreviation «${groups[0]}», so the symbol prints it twice: «${printed}». Type «${rest}» only; Vanban adds the type and the separators.`,
        ),
      });
    }
    return hits;
  },
};

export const typeCodeMatchesKind: Rule = {
  id: 'number-type-code',
  basis: 'NĐ 30/2020/NĐ-CP Phụ lục III; HD 36-HD/VPTW mục 1.3; HD 05-HD/VPTW II.I.3.1.2',
  codes: { 'number.type-mismatch': 'error', 'number.type-case': 'warning' },
  check({ doc, profile }) {
    const typed = doc.number.typeCode?.trim() ?? '';
    // An empty code takes the rule book's own; a malformed one is reported by the symbol rule.
    if (!typed || !TYPE_CODE.test(typed)) return [];
    const basis = cite(profile, { state: 'Phụ lục III, Mục I', hd36: 'mục 1.3 (ký hiệu văn bản)', hd05: 'II.I.3.1.2 (chữ viết tắt tên loại)' });
    const kind = KINDS[doc.kind];
    const expected = typeCodeFor(doc.kind, profile);
    if (expected === null) {
      if (!ALL_TYPE_CODES.some((c) => up(c) === up(typed))) return [];
      return [{
        code: 'number.type-mismatch',
        path: 'number.typeCode',
        basis,
        message: msg(
          `${kind.label} theo ${profile.basis} không có chữ viết tắt tên loại, nhưng ô này đang ghi «${typed}». Ký hiệu công văn gồm chữ viết tắt tên cơ quan và đơn vị soạn thảo, ví dụ «Số: 05/BNV-VP»: hãy để trống ô tên loại.`,
          `Under ${profile.basis} a ${kind.label} carries no type abbreviation, yet «${typed}» is given. Its symbol is the issuer's and the drafting unit's abbreviations, e.g. «Số: 05/BNV-VP»: leave the type empty.`,
        ),
      }];
    }
    if (typed === expected) return [];
    if (up(typed) === up(expected)) {
      return [{
        code: 'number.type-case',
        path: 'number.typeCode',
        basis,
        message: msg(
          `Chữ viết tắt tên loại phải viết đúng chữ hoa, chữ thường như quy định: «${expected}», không phải «${typed}».`,
          `The type abbreviation keeps the rule book's upper and lower case: «${expected}», not «${typed}».`,
        ),
      }];
    }
    const klNote = doc.kind === 'thong-bao-ket-luan' && up(typed) === 'KL';
    return [{
      code: 'number.type-mismatch',
      path: 'number.typeCode',
      basis,
      message: msg(
        `Chữ viết tắt tên loại «${typed}» không đúng với loại văn bản ${kind.label}: theo ${profile.basis}, ${kind.label} viết tắt là «${expected}».` +
          (klNote ? ' Thông báo kết luận là một Thông báo nên dùng «TB»; «KL» chỉ dùng cho loại văn bản Kết luận.' : ''),
        `The type abbreviation «${typed}» does not match the kind ${kind.label}: under ${profile.basis} it is «${expected}».` +
          (klNote ? ' A Thông báo kết luận is a Thông báo and takes «TB»; «KL» is only for the kind Kết luận.' : ''),
      ),
    }];
  },
};

export const numberAssigned: Rule = {
  id: 'number-assigned',
  basis: 'NĐ 30/2020/NĐ-CP Điều 15, Phụ lục I, II.3.a; HD 36-HD/VPTW và HD 05-HD/VPTW, ô 3',
  codes: { 'number.not-numbered': 'warning' },
  check({ doc, profile }) {
    if (doc.number.value !== null) return [];
    return [{
      code: 'number.not-numbered',
      path: 'number.value',
      basis: numberBasis(profile),
      message: msg(
        'Còn phải điền: số văn bản đang để trống, để văn thư điền khi đăng ký, phát hành (hoặc công cụ ký số cấp số).',
        'Still to fill in: the number is left blank for the registry to fill in when the document is registered and issued (or for the digital-signing tool to stamp).',
      ),
    }];
  },
};

export const numberRules: Rule[] = [symbolCharacters, typeCodeMatchesKind, numberAssigned];
