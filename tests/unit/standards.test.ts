import { describe, expect, it } from 'vitest';
import {
  authorityLine,
  authorityText,
  defaultProfileId,
  fileBaseName,
  formatDateWords,
  formatNumberLine,
  formatPlaceDate,
  headingLabel,
  PROFILES,
  profileFor,
  summaryCase,
  toRoman,
  vietnameseLetter,
  withEndMark,
} from '../../src/standards';
import { makeDoc, makePartyDoc } from '../fixtures/docs';

const state = PROFILES['state-nd30'];
const hd36 = PROFILES['party-hd36'];
const hd05 = PROFILES['party-hd05'];

describe('dates', () => {
  it('pads days below 10 and months 1 and 2 only', () => {
    expect(formatDateWords('2019-02-13')).toBe('ngày 13 tháng 02 năm 2019');
    expect(formatDateWords('2020-01-05')).toBe('ngày 05 tháng 01 năm 2020');
    expect(formatDateWords('2020-03-05')).toBe('ngày 05 tháng 3 năm 2020');
    expect(formatDateWords('2008-04-22')).toBe('ngày 22 tháng 4 năm 2008');
    expect(formatDateWords('2026-12-31')).toBe('ngày 31 tháng 12 năm 2026');
    expect(formatPlaceDate('Kiên Giang', '2019-02-13')).toBe('Kiên Giang, ngày 13 tháng 02 năm 2019');
  });
});

describe('number and symbol', () => {
  it('writes the State form with a colon, NN/TYPE-ISSUER', () => {
    expect(formatNumberLine(makeDoc(), state)).toBe('Số: 134/TB-VP');
    expect(formatNumberLine(makeDoc({ number: { value: 5, issuerCode: 'UBND' }, kind: 'chi-thi' }), state)).toBe('Số: 05/CT-UBND');
  });
  it('writes the Party form without a colon, NN-TYPE/ISSUER', () => {
    expect(formatNumberLine(makePartyDoc(), hd36)).toBe('Số 13-CT/TU');
    expect(formatNumberLine(makePartyDoc({ kind: 'thong-bao-ket-luan', number: { value: 7, issuerCode: 'TU' } }), hd05)).toBe('Số 07-TB/TU');
  });
  it('leaves a blank for a number not yet given, and keeps a typed type code', () => {
    expect(formatNumberLine(makeDoc({ number: { value: null, issuerCode: 'VP' } }), state)).toMatch(/^Số: \s+\/TB-VP$/u);
    expect(formatNumberLine(makeDoc({ number: { value: 12, typeCode: 'QyĐ', issuerCode: 'UBND' } }), state)).toBe('Số: 12/QyĐ-UBND');
  });
  it('makes file names from type, number, issuer and date', () => {
    expect(fileBaseName(makeDoc())).toBe('TB-134-VP-2019-02-13');
    expect(fileBaseName(makePartyDoc())).toBe('CT-13-TU-2013-01-14');
  });
});

describe('rule book by date', () => {
  it('picks HD05 for Party documents from 27/05/2026 and HD36 before', () => {
    expect(defaultProfileId('party', '2026-05-26')).toBe('party-hd36');
    expect(defaultProfileId('party', '2026-05-27')).toBe('party-hd05');
    expect(defaultProfileId('state', '2026-05-27')).toBe('state-nd30');
    expect(profileFor(makePartyDoc({ date: '2026-06-01' })).id).toBe('party-hd05');
  });
  it('lets the user override within the family, never across it', () => {
    expect(profileFor(makePartyDoc({ date: '2026-06-01', standard: { family: 'party', profile: 'party-hd36' } })).id).toBe('party-hd36');
    expect(profileFor(makeDoc({ standard: { family: 'state', profile: 'party-hd05' } })).id).toBe('state-nd30');
  });
});

describe('section numbering', () => {
  it('uses I. for the State and I- for the Party', () => {
    expect(headingLabel(state.body.headings[0].label, [2], 1)).toBe('II.');
    expect(headingLabel(hd36.body.headings[0].label, [3], 1)).toBe('III-');
    expect(headingLabel(hd36.body.headings[2].label, [1, 2, 3], 3)).toBe('2.3.');
    expect(headingLabel(state.body.headings[2].label, [1, 1, 5], 3)).toBe('đ)');
  });
  it('counts điểm in the Vietnamese alphabet (đ after d, no f, j, w, z)', () => {
    expect([1, 2, 3, 4, 5, 6, 7].map(vietnameseLetter).join('')).toBe('abcdđeg');
    expect(vietnameseLetter(23)).toBe('y');
    expect(vietnameseLetter(24)).toBe('aa');
    expect(toRoman(4)).toBe('IV');
    expect(toRoman(14)).toBe('XIV');
  });
});

describe('authority forms', () => {
  it('prints TM./KT./TL./TUQ./Q. for the State and T/M, K/T, T/L, Q. for the Party', () => {
    expect(authorityLine('thay-mat', 'ỦY BAN NHÂN DÂN', state)).toBe('TM. ỦY BAN NHÂN DÂN');
    expect(authorityLine('thua-lenh', 'CHỦ TỊCH', state)).toBe('TL. CHỦ TỊCH');
    expect(authorityLine('thay-mat', 'BAN THƯỜNG VỤ', hd36)).toBe('T/M BAN THƯỜNG VỤ');
    expect(authorityLine('ky-thay', 'TRƯỞNG BAN', hd05)).toBe('K/T TRƯỞNG BAN');
    expect(authorityLine('none', 'CHÁNH VĂN PHÒNG', hd36)).toBe('CHÁNH VĂN PHÒNG');
  });
  it('has no T/UQ in the Party books: delegated signing prints T/L', () => {
    expect(authorityText('thua-uy-quyen', state)).toBe('TUQ.');
    expect(authorityText('thua-uy-quyen', hd36)).toBe('T/L');
  });
});

describe('end mark and trích yếu', () => {
  it('ends with ./. (State, HD36) and . (HD05), never doubled', () => {
    expect(withEndMark('biết, thực hiện', state)).toBe('biết, thực hiện./.');
    expect(withEndMark('biết, thực hiện.', state)).toBe('biết, thực hiện./.');
    expect(withEndMark('biết, thực hiện./.', hd36)).toBe('biết, thực hiện./.');
    expect(withEndMark('biết, thực hiện./.', hd05)).toBe('biết, thực hiện.');
    expect(withEndMark('theo dõi, chỉ đạo;', hd05)).toBe('theo dõi, chỉ đạo.');
  });
  it('starts the Party trích yếu lower-case "về" and the State one upper-case', () => {
    expect(summaryCase('Về việc đẩy mạnh', hd36)).toBe('về việc đẩy mạnh');
    expect(summaryCase('về công tác phòng, chống lụt bão', state)).toBe('Về công tác phòng, chống lụt bão');
    // A proper noun is not lowered.
    expect(summaryCase('Ủy ban nhân dân tỉnh', hd36)).toBe('Ủy ban nhân dân tỉnh');
  });
});

describe('profiles are data within the legal ranges', () => {
  it('keeps the margins inside their ranges', () => {
    for (const p of Object.values(PROFILES)) {
      for (const side of ['top', 'bottom', 'left', 'right'] as const) {
        expect(p.page.marginsMm[side]).toBeGreaterThanOrEqual(p.page.marginRangesMm[side].min);
        expect(p.page.marginsMm[side]).toBeLessThanOrEqual(p.page.marginRangesMm[side].max);
      }
      expect(p.body.style.sizePt).toBeGreaterThanOrEqual(p.body.sizeRangePt.min);
      expect(p.body.style.sizePt).toBeLessThanOrEqual(p.body.sizeRangePt.max);
    }
  });
  it('differs between HD36 and HD05 only where the 2026 guide changed', () => {
    expect(hd05.body.endMark).toBe('.');
    expect(hd36.body.endMark).toBe('./.');
    expect(hd05.recipients.itemSeparator).toBe(';');
    expect(hd05.header).toEqual(hd36.header);
    expect(hd05.signature).toEqual(hd36.signature);
  });
});

describe('skipped heading levels', () => {
  it('never prints 0 or undefined in a label', () => {
    expect(headingLabel('compound-dot', [1, 0, 1], 3)).toBe('1.1.');
    expect(headingLabel('letter-compound-paren', [1, 1, 0, 1], 4)).toBe('a.1)');
  });
});
