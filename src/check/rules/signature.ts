// Thẩm quyền ký, chức vụ (NĐ30 II.7; HD36 mục 1.7.1; HD05 ô 7a). The signing form is chosen,
// not typed: the rule book prints "KT." or "K/T". Typed forms of the other book, Party T/UQ and
// the 2026 narrowing of T/M are what a văn thư most often gets wrong.
import type { AuthorityForm } from '../../model';
import { authorityText } from '../../standards';
import type { Hit, Rule } from '../types';
import { cite, foldUpper, isBlank, msg } from '../util';

const SIGNATURE_BASIS = { state: 'Phụ lục I, II.7.b', hd36: 'mục 1.7.1 (quyền hạn ký)', hd05: 'ô 7a (quyền hạn, chức vụ người ký)' };

export const partyNoTUQ: Rule = {
  id: 'signature-party-tuq',
  basis: 'HD 36-HD/VPTW mục 1.7.1; HD 05-HD/VPTW ô 7a',
  codes: { 'signature.party-tuq': 'warning' },
  check({ doc, profile }) {
    if (profile.family !== 'party' || doc.signature.authority !== 'thua-uy-quyen') return [];
    const printed = authorityText('thua-uy-quyen', profile);
    return [{
      code: 'signature.party-tuq',
      path: 'signature.authority',
      basis: cite(profile, SIGNATURE_BASIS),
      message: msg(
        `Văn bản của Đảng không có hình thức ký thừa ủy quyền (T/UQ); người được ủy quyền ký thừa lệnh, nên Vanban sẽ in «${printed}». Nên chọn «Thừa lệnh».`,
        `Party documents have no "by authorisation" form (T/UQ); a delegated signer signs by order, so Vanban prints «${printed}». Choose «Thừa lệnh» instead.`,
      ),
    }];
  },
};

interface TypedPrefix {
  text: string;
  family: 'state' | 'party';
  form: AuthorityForm;
}

const STATE_PREFIXES: Record<string, AuthorityForm> = { TM: 'thay-mat', KT: 'ky-thay', TL: 'thua-lenh', TUQ: 'thua-uy-quyen' };
const PARTY_PREFIXES: Record<string, AuthorityForm> = { 'T/M': 'thay-mat', 'K/T': 'ky-thay', 'T/L': 'thua-lenh', 'T/UQ': 'thua-uy-quyen' };

/** A signing form typed at the start of a line: "KT. CHÁNH VĂN PHÒNG", "T/M BAN THƯỜNG VỤ". */
export function typedPrefix(line: string): TypedPrefix | null {
  const s = foldUpper(line);
  const party = /^(T\s?\/\s?M|K\s?\/\s?T|T\s?\/\s?L|T\s?\/\s?UQ)\.?(?=\s|$)/u.exec(s);
  if (party?.[1]) {
    const key = party[1].replace(/\s/gu, '');
    const form = PARTY_PREFIXES[key];
    if (form) return { text: party[0], family: 'party', form };
  }
  const state = /^(TM|KT|TL|TUQ)\.?(?=\s|$)/u.exec(s);
  if (state?.[1]) {
    const form = STATE_PREFIXES[state[1]];
    if (form) return { text: state[0], family: 'state', form };
  }
  return null;
}

const FORM_NAME: Record<AuthorityForm, { vi: string; en: string }> = {
  none: { vi: 'Không', en: 'None' },
  'thay-mat': { vi: 'Thay mặt', en: 'On behalf of' },
  'ky-thay': { vi: 'Ký thay', en: 'Signed for' },
  'thua-lenh': { vi: 'Thừa lệnh', en: 'By order' },
  'thua-uy-quyen': { vi: 'Thừa ủy quyền', en: 'By authorisation' },
  quyen: { vi: 'Quyền', en: 'Acting' },
};

export const typedAuthorityPrefix: Rule = {
  id: 'signature-typed-prefix',
  basis: 'NĐ 30/2020/NĐ-CP Phụ lục I, II.7.b; HD 36-HD/VPTW mục 1.7.1; HD 05-HD/VPTW ô 7a',
  codes: { 'signature.foreign-prefix': 'error', 'signature.prefix-doubled': 'error', 'signature.prefix-typed': 'warning' },
  check({ doc, profile }) {
    const sig = doc.signature;
    const hits: Hit[] = [];
    const basis = cite(profile, SIGNATURE_BASIS);
    for (const field of ['on', 'position'] as const) {
      const value = sig[field];
      if (isBlank(value)) continue;
      const line = (value ?? '').trim().split('\n')[0] ?? '';
      const typed = typedPrefix(line);
      if (!typed) continue;
      const path = `signature.${field}`;
      const own = authorityText(typed.form, profile);
      const name = FORM_NAME[typed.form];
      if (typed.family !== profile.family) {
        const other = typed.family === 'state' ? { vi: 'văn bản hành chính Nhà nước', en: 'State documents' } : { vi: 'văn bản của Đảng', en: 'Party documents' };
        const mine = profile.family === 'state' ? { vi: 'văn bản hành chính Nhà nước', en: 'a State document' } : { vi: 'văn bản của Đảng', en: 'a Party document' };
        hits.push({
          code: 'signature.foreign-prefix',
          path,
          basis,
          message: msg(
            `Dòng «${line}» có «${typed.text}» là cách ghi của ${other.vi}; ${mine.vi} ghi «${own}». Hãy chọn thẩm quyền ký «${name.vi}» ở ô riêng và xóa «${typed.text}» khỏi dòng này: Vanban sẽ tự in đúng dạng.`,
            `The line «${line}» starts with «${typed.text}», the form of ${other.en}; ${mine.en} uses «${own}». Choose the signing form «${name.en}» and remove «${typed.text}» from this line: Vanban prints the right form.`,
          ),
        });
      } else if (sig.authority !== 'none') {
        const chosen = authorityText(sig.authority, profile);
        hits.push({
          code: 'signature.prefix-doubled',
          path,
          basis,
          message: msg(
            `Thẩm quyền ký «${chosen}» đã được chọn và Vanban tự in; dòng «${line}» lại gõ thêm «${typed.text}» nên sẽ in lặp. Hãy xóa «${typed.text}» khỏi dòng này.`,
            `The signing form «${chosen}» is already chosen and printed by Vanban; the line «${line}» repeats «${typed.text}». Remove «${typed.text}» from this line.`,
          ),
        });
      } else {
        hits.push({
          code: 'signature.prefix-typed',
          path,
          basis,
          message: msg(
            `Dòng «${line}» có gõ sẵn «${typed.text}». Nên chọn thẩm quyền ký «${name.vi}» ở ô riêng và xóa «${typed.text}» khỏi dòng này, để Vanban tự in đúng dạng của từng quy định (Nhà nước: TM., KT., TL.; Đảng: T/M, K/T, T/L).`,
            `The line «${line}» has «${typed.text}» typed in. Choose the signing form «${name.en}» and remove «${typed.text}», so that Vanban prints it the way each rule book wants.`,
          ),
        });
      }
    }
    return hits;
  },
};

/** Bodies that may sign T/M under HD05: congress bodies, cấp ủy (incl. BTV), UBKT, hội đồng. */
const TM_ALLOWED = new RegExp(
  [
    '(?:^|\\s)(?:TỈNH|THÀNH|ĐẢNG|HUYỆN|QUẬN|THỊ|QUÂN|XÃ|PHƯỜNG) ỦY(?:\\s|$)',
    'BAN THƯỜNG VỤ',
    'THƯỜNG TRỰC',
    'BAN CHẤP HÀNH',
    'BỘ CHÍNH TRỊ',
    'BAN BÍ THƯ',
    'CHI BỘ',
    'ỦY BAN KIỂM TRA',
    'HỘI ĐỒNG',
    'ĐẠI HỘI',
    'ĐOÀN CHỦ TỊCH',
    'ĐOÀN THƯ KÝ',
    'BAN THẨM TRA',
    'BAN KIỂM PHIẾU',
  ].join('|'),
  'u',
);
/** Named outright: dropped from T/M by HD05 (đảng đoàn, ban cán sự đảng) or not Party bodies. */
const TM_EXCLUDED = /ĐẢNG ĐOÀN|BAN CÁN SỰ|ỦY BAN NHÂN DÂN|HỘI ĐỒNG NHÂN DÂN|\bUBND\b|HĐND/u;

export const hd05ThayMatScope: Rule = {
  id: 'signature-hd05-tm-scope',
  basis: 'HD 05-HD/VPTW ô 7a (quyền hạn ký: T/M)',
  codes: { 'signature.tm-scope': 'warning' },
  check({ doc, profile }) {
    const sig = doc.signature;
    if (profile.id !== 'party-hd05' || sig.authority !== 'thay-mat' || isBlank(sig.on)) return [];
    const on = foldUpper(sig.on ?? '');
    if (!TM_EXCLUDED.test(on) && TM_ALLOWED.test(on)) return [];
    const shown = (sig.on ?? '').trim();
    return [{
      code: 'signature.tm-scope',
      path: 'signature.on',
      message: msg(
        `Theo HD 05-HD/VPTW, «T/M» chỉ dùng khi ký thay mặt đại hội (và các cơ quan của đại hội), cấp ủy (kể cả ban thường vụ), ủy ban kiểm tra hoặc hội đồng; «${shown}» không thuộc các trường hợp này (đảng đoàn, ban cán sự đảng không còn ký T/M).`,
        `Under HD 05-HD/VPTW «T/M» is only for signing on behalf of a congress (and its bodies), a cấp ủy (including its standing committee), an inspection committee or a council; «${shown}» is none of these (đảng đoàn and ban cán sự đảng no longer sign T/M).`,
      ),
    }];
  },
};

export const partyPositionWithoutBody: Rule = {
  id: 'signature-party-position',
  basis: 'HD 36-HD/VPTW mục 1.7; HD 05-HD/VPTW ô 7a (chức vụ người ký)',
  codes: { 'signature.position-body-name': 'warning' },
  check({ doc, profile }) {
    if (profile.family !== 'party' || isBlank(doc.signature.position)) return [];
    const lines = (doc.signature.position ?? '').split('\n').map(foldUpper).filter(Boolean);
    // "PHÓ CHỦ TỊCH … / kiêm / TRƯỞNG BAN CHỈ ĐẠO": HD05 names the body in a "kiêm" form.
    if (lines.some((l) => /(^|\s)KIÊM(\s|$)/u.test(l))) return [];
    const m = /^((?:PHÓ )?(?:BÍ THƯ|CHỦ NHIỆM))(?: (.+))?$/u.exec(lines[0] ?? '');
    const title = m?.[1];
    const rest = m?.[2];
    // "PHÓ BÍ THƯ THƯỜNG TRỰC" names a role, not the body.
    if (!title || !rest || rest === 'THƯỜNG TRỰC') return [];
    const shown = (doc.signature.position ?? '').trim().split('\n')[0] ?? '';
    return [{
      code: 'signature.position-body-name',
      path: 'signature.position',
      basis: cite(profile, { state: '', hd36: 'mục 1.7 (chức vụ người ký)', hd05: 'ô 7a (chức vụ người ký)' }),
      message: msg(
        `Chức vụ người ký chỉ ghi «${title}», không ghi kèm tên cơ quan: «${shown}» nên sửa thành «${title}».`,
        `The signer's position is written alone, without the body's name: «${shown}» should read «${title}».`,
      ),
    }];
  },
};

export const signatureRules: Rule[] = [partyNoTUQ, typedAuthorityPrefix, hd05ThayMatScope, partyPositionWithoutBody];
