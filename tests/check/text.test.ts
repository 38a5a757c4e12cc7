import { describe, expect, it } from 'vitest';
import { checkDateText, checkNumberText } from '../../src/check';

const codes = (fs: { code: string }[]) => fs.map((f) => f.code);

describe('checkDateText', () => {
  it('a day below 10 and a month 1–2 without their zero', () => {
    const text = 'Kiên Giang, ngày 8 tháng 1 năm 2019';
    const fs = checkDateText(text);
    expect(codes(fs)).toEqual(['date-text.day-zero', 'date-text.month-zero']);
    const [day, month] = fs;
    expect(text.slice(day!.start, day!.end)).toBe('8');
    expect(day!.suggestion).toBe('08');
    expect(text.slice(month!.start, month!.end)).toBe('1');
    expect(month!.suggestion).toBe('01');
    expect(day!.severity).toBe('error');
    expect(day!.basis).toContain('II.4.b');
  });

  it('accepts the rule book form', () => {
    expect(checkDateText('Kiên Giang, ngày 13 tháng 02 năm 2019')).toEqual([]);
    expect(checkDateText('Hà Nội, ngày 05 tháng 3 năm 2020')).toEqual([]);
    expect(checkDateText('Ngày 08 tháng 01 năm 2019, Sở tổ chức hội nghị')).toEqual([]);
    expect(checkDateText('không có ngày tháng nào')).toEqual([]);
  });

  it('a leading zero on months 3–12, and dates that do not exist', () => {
    expect(codes(checkDateText('ngày 05 tháng 03 năm 2020'))).toEqual(['date-text.month-extra-zero']);
    expect(checkDateText('ngày 05 tháng 03 năm 2020')[0]!.severity).toBe('warning');
    expect(codes(checkDateText('ngày 30 tháng 02 năm 2019'))).toEqual(['date-text.invalid']);
    expect(codes(checkDateText('ngày 12 tháng 13 năm 2019'))).toEqual(['date-text.invalid']);
  });

  it('finds every date, with offsets into the text', () => {
    const text = 'Ngày 8 tháng 12 năm 2018 và ngày 20 tháng 2 năm 2019';
    const fs = checkDateText(text);
    expect(codes(fs)).toEqual(['date-text.day-zero', 'date-text.month-zero']);
    expect(text.slice(fs[1]!.start, fs[1]!.end)).toBe('2');
    expect(fs[1]!.start).toBeGreaterThan(text.indexOf('và'));
  });
});

describe('checkNumberText', () => {
  it('a colon on a Party number', () => {
    const fs = checkNumberText('Số: 13-CT/TU', 'party');
    expect(codes(fs)).toEqual(['number-text.party-colon']);
    expect(fs[0]!.suggestion).toBe('Số 13-CT/TU');
    expect(fs[0]!.message.vi).toContain('không có dấu hai chấm');
    expect(checkNumberText('Số 13-CT/TU', 'party')).toEqual([]);
  });

  it('no colon on a State number', () => {
    const fs = checkNumberText('Số 134/TB-VP', 'state');
    expect(codes(fs)).toEqual(['number-text.state-colon']);
    expect(fs[0]!.suggestion).toBe('Số: 134/TB-VP');
    expect(checkNumberText('Số: 134/TB-VP', 'state')).toEqual([]);
    expect(checkNumberText('Số: 05/BNV-VP', 'state')).toEqual([]);
  });

  it('the other rule book\'s form', () => {
    const party = checkNumberText('Số: 13/CT-TU', 'party');
    expect(codes(party)).toEqual(['number-text.party-colon', 'number-text.form']);
    expect(party[1]!.suggestion).toBe('Số 13-CT/TU');
    expect(party[1]!.message.vi).toContain('Số 13-CT/TU');
    const state = checkNumberText('Số 134-TB/VP', 'state');
    expect(codes(state)).toEqual(['number-text.state-colon', 'number-text.form']);
    expect(state[1]!.suggestion).toBe('Số: 134/TB-VP');
  });

  it('a number below 10 without its zero, and spaces in the symbol', () => {
    expect(codes(checkNumberText('Số 5-CT/TU', 'party'))).toEqual(['number-text.zero']);
    const spaced = checkNumberText('Số: 134 / TB - VP', 'state');
    expect(codes(spaced)).toEqual(['number-text.spaces']);
    expect(spaced[0]!.suggestion).toBe('Số: 134/TB-VP');
  });

  it('blank numbers, joint issuers and running text', () => {
    expect(checkNumberText('Số:       /TB-VP', 'state')).toEqual([]);
    expect(checkNumberText('Số      -TB/TU', 'party')).toEqual([]);
    expect(checkNumberText('Số 05-QC/BTCTU-BNCTU', 'party')).toEqual([]);
    expect(checkNumberText('Số lượng đại biểu tham dự là 120 người.', 'state')).toEqual([]);
    // The number found in a header line that also carries the date.
    const line = 'Số: 134/TB-VP          Kiên Giang, ngày 13 tháng 02 năm 2019';
    expect(checkNumberText(line, 'state')).toEqual([]);
    const wrong = 'Số 134/TB-VP          Kiên Giang';
    const f = checkNumberText(wrong, 'state')[0]!;
    expect(wrong.slice(f.start, f.end)).toBe('Số 134/TB-VP');
  });
});
