import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNumberVi, formatPercentVi, parseNumberVi, ratioPercent } from '../../src/standards';
import { indicatorCells, indicatorHeader } from '../../src/compose/indicators';

describe('Vietnamese figures', () => {
  it('groups thousands with "." and marks decimals with ","', () => {
    expect(formatNumberVi(1234567)).toBe('1.234.567');
    expect(formatNumberVi(12.5)).toBe('12,5');
    expect(formatNumberVi(1000)).toBe('1.000');
    expect(formatNumberVi(999)).toBe('999');
    expect(formatNumberVi(-4500.25)).toBe('-4.500,25');
    expect(formatNumberVi(0)).toBe('0');
    expect(formatNumberVi(null)).toBe('-');
  });
  it('computes ratios and prints a dash for a zero or missing base', () => {
    expect(formatPercentVi(ratioPercent(1318, 1200))).toBe('109,8 %');
    expect(formatPercentVi(ratioPercent(5, 0))).toBe('-');
    expect(formatPercentVi(ratioPercent(null, 10))).toBe('-');
    expect(formatPercentVi(ratioPercent(0, 10))).toBe('0 %');
  });
  it('never prints NaN or Infinity', () => {
    fc.assert(
      fc.property(fc.option(fc.double()), fc.option(fc.double()), (a, b) => {
        const s = formatPercentVi(ratioPercent(a, b)) + formatNumberVi(a);
        return !/NaN|Infinity/.test(s);
      }),
    );
  });
  it('reads figures back as a Vietnamese writes them, or as a spreadsheet pastes them', () => {
    expect(parseNumberVi('1.234.567')).toBe(1234567);
    expect(parseNumberVi('12,5 %')).toBe(12.5);
    expect(parseNumberVi('1,234.5')).toBe(1234.5);
    expect(parseNumberVi('-')).toBeNull();
    expect(parseNumberVi('abc')).toBeNull();
    fc.assert(fc.property(fc.integer({ min: -1e9, max: 1e9 }), (n) => parseNumberVi(formatNumberVi(n)) === n));
  });
  it('makes the indicator columns with computed percentages', () => {
    expect(indicatorHeader(2008)).toEqual(['Chỉ tiêu', 'Đơn vị tính', 'Kế hoạch 2008', 'Thực hiện 2008', 'Thực hiện 2007', '% so với kế hoạch', '% so với cùng kỳ']);
    expect(indicatorCells({ name: 'Thuê bao điện thoại', unit: 'thuê bao', plan: 600000, actual: 652340, previous: 410000 })).toEqual([
      'Thuê bao điện thoại', 'thuê bao', '600.000', '652.340', '410.000', '108,7 %', '159,1 %',
    ]);
    expect(indicatorCells({ name: 'Mới', unit: 'điểm', plan: 0, actual: 3, previous: null }).slice(5)).toEqual(['-', '-']);
  });
});
