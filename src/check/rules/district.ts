// The district level (huyện, quận, thị xã; huyện ủy, quận ủy, thị ủy) ceased on 01/07/2025
// with two-level local government (province and commune) and the matching Party structure.
// A document dated from then that comes from such a body is almost certainly a reused
// template; one that is sent to such a body, or placed in one, deserves a second look.
import type { Hit, Rule } from '../types';
import { foldLower, isBlank, msg, shortDate } from '../util';

export const DISTRICT_LEVEL_ENDED = '2025-07-01';

const L = '\\p{L}';
/** District-level bodies, on foldLower() text ("uỷ" already folded to "ủy"). */
const DISTRICT_BODY = new RegExp(
  [
    `(?:^|[^${L}])(?:ubnd|ủy ban nhân dân|hđnd|hội đồng nhân dân) (?:các )?(?:huyện|quận|thị xã)(?![${L}])`,
    `(?:^|[^${L}])(?:huyện|quận|thị) ủy(?![${L}])`,
    `(?:^|[^${L}])đảng bộ (?:huyện|quận|thị xã)(?![${L}])`,
  ].join('|'),
  'u',
);
/** A place written as a district: "huyện Đồng Văn", "Quận 1", "thị xã Hương Thủy". */
const DISTRICT_PLACE = /^(?:huyện|quận|thị xã) \S/u;
/** Party issuer abbreviations of district-level bodies: HU, QU, ThU and their offices (VPHU…). */
const DISTRICT_CODE = /^(?:VP|BTC|BTG|BDV|BTGDV|UBKT|BNC)?(?:HU|QU)$|^ThU$/u;

const BASIS = 'Luật Tổ chức chính quyền địa phương 2025: chính quyền địa phương hai cấp (tỉnh, xã) từ 01/07/2025';

function endedNote(date: string): { vi: string; en: string } {
  return {
    vi: `Văn bản đề ngày ${shortDate(date)}, nhưng từ ngày 01/07/2025 đã không còn cấp huyện (chính quyền địa phương và tổ chức đảng ở địa phương chỉ còn hai cấp: tỉnh và xã).`,
    en: `The document is dated ${shortDate(date)}, but the district level ceased on 01/07/2025 (local government and local Party bodies now have two levels: province and commune).`,
  };
}

export const districtLevel: Rule = {
  id: 'district-level',
  basis: BASIS,
  codes: { 'district.issuer': 'error', 'district.place': 'warning', 'district.recipient': 'warning' },
  check({ doc, profile }) {
    if (doc.date < DISTRICT_LEVEL_ENDED) return [];
    const note = endedNote(doc.date);
    const hits: Hit[] = [];
    const mentions = (s: string | undefined): boolean => !isBlank(s) && DISTRICT_BODY.test(foldLower(s ?? ''));

    for (const field of ['name', 'parent'] as const) {
      const value = doc.issuer[field];
      if (!mentions(value)) continue;
      const shown = (value ?? '').replace(/\s+/gu, ' ').trim();
      hits.push({
        code: 'district.issuer',
        path: `issuer.${field}`,
        message: msg(
          `${note.vi} Cơ quan ban hành «${shown}» thuộc cấp huyện: hãy kiểm tra lại tên cơ quan hoặc ngày ban hành.`,
          `${note.en} The issuer «${shown}» is a district-level body: check the issuer or the date.`,
        ),
      });
    }
    const groups = doc.number.issuerCode.trim().split('-');
    const code = groups.find((g) => DISTRICT_CODE.test(g));
    if (profile.family === 'party' && code) {
      hits.push({
        code: 'district.issuer',
        path: 'number.issuerCode',
        message: msg(
          `${note.vi} Ký hiệu «${code}» là của cấp ủy cấp huyện (huyện ủy, quận ủy, thị ủy): hãy kiểm tra lại chữ viết tắt cơ quan ban hành.`,
          `${note.en} «${code}» is the abbreviation of a district Party committee: check the issuer's abbreviation.`,
        ),
      });
    }
    const place = foldLower(doc.place);
    if (DISTRICT_PLACE.test(place) || DISTRICT_BODY.test(place)) {
      hits.push({
        code: 'district.place',
        path: 'place',
        message: msg(
          `${note.vi} Địa danh «${doc.place.trim()}» là đơn vị hành chính cấp huyện; địa danh ghi tên tỉnh, thành phố hoặc xã, phường, đặc khu nơi cơ quan đóng trụ sở.`,
          `${note.en} The place «${doc.place.trim()}» is a district; write the province or city, or the commune, ward or special zone where the body has its seat.`,
        ),
      });
    }
    const recipientLines: { path: string; text: string }[] = [
      ...doc.recipients.entries.map((text, i) => ({ path: `recipients.entries.${i}`, text })),
      { path: 'recipients.archive', text: doc.recipients.archive },
      ...(doc.addressees ?? []).map((text, i) => ({ path: `addressees.${i}`, text })),
    ];
    for (const { path, text } of recipientLines) {
      if (!mentions(text)) continue;
      hits.push({
        code: 'district.recipient',
        path,
        message: msg(
          `${note.vi} «${text.trim()}» là cơ quan cấp huyện: hãy kiểm tra lại nơi nhận.`,
          `${note.en} «${text.trim()}» is a district-level body: check the recipients.`,
        ),
      });
    }
    return hits;
  },
};

export const districtRules: Rule[] = [districtLevel];
