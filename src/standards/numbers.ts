// Figures the Vietnamese way: "." groups thousands, "," marks decimals — 1.234.567 and 12,5 %.
// Ratios of a zero or missing base print a dash, never NaN or Infinity.

/** The dash printed where a figure or a ratio does not exist. */
export const NO_FIGURE = '-';

export function formatNumberVi(n: number | null | undefined, maxDecimals = 2): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return NO_FIGURE;
  const factor = 10 ** maxDecimals;
  const scaled = Math.abs(n) * factor;
  const rounded = Number.isFinite(scaled) ? Math.round(scaled) / factor : Math.abs(n);
  // toFixed switches to exponent notation from 1e21: write such figures from their integer part.
  const fixed = rounded < 1e21 ? rounded.toFixed(maxDecimals) : BigInt(Math.trunc(rounded)).toString();
  const [int = '0', dec = ''] = fixed.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const decimals = dec.replace(/0+$/, '');
  const sign = n < 0 && rounded !== 0 ? '-' : '';
  return `${sign}${grouped}${decimals ? `,${decimals}` : ''}`;
}

/** part / base as a percentage with one decimal, or null when the base is zero or missing. */
export function ratioPercent(part: number | null | undefined, base: number | null | undefined): number | null {
  if (part === null || part === undefined || base === null || base === undefined) return null;
  if (!Number.isFinite(part) || !Number.isFinite(base) || base === 0) return null;
  const p = (part / base) * 100;
  return Number.isFinite(p) ? p : null;
}

export function formatPercentVi(p: number | null): string {
  return p === null ? NO_FIGURE : `${formatNumberVi(p, 1)} %`;
}

/** Reads a figure as a Vietnamese writes it ("1.234.567", "12,5", "12,5 %"), or null. */
export function parseNumberVi(s: string): number | null {
  const t = s.trim().replace(/\s*%$/, '').replace(/\s/g, '');
  if (!t || t === NO_FIGURE) return null;
  // "1.234.567" or "1.234,5": dots group, comma is the decimal mark.
  if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(t) || /^-?\d+(,\d+)?$/.test(t)) return Number(t.replace(/\./g, '').replace(',', '.'));
  // Pasted from a spreadsheet in another locale: "1234.5" or "1,234.5".
  if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(t)) return Number(t.replace(/,/g, ''));
  if (/^-?\d+(\.\d+)?$/.test(t)) return Number(t);
  return null;
}
