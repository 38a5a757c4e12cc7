// What a draft holds where the text is silent: PLACEHOLDER for a required field, and a date that
// keeps what the text gave (a year, a month) without inventing a day or a month.
import type { DateBlank } from '../model';
import { isoDate, type PlaceDateMatch } from './patterns';
import type { ImportOptions } from './result';

/** Stands for a required field the text did not give; the UI asks the drafter to fill it. */
export const PLACEHOLDER = '…';

/** A text field the model can hold: not blank, not beyond a line's length. */
export const MAX_LINE = 2000;

export function fits(s: string | undefined): s is string {
  return s !== undefined && s.trim() !== '' && s.length <= MAX_LINE;
}

/** options.today when it is an ISO date, else today's local date. */
export function todayIso(options: ImportOptions): string {
  if (options.today && /^\d{4}-\d{2}-\d{2}$/.test(options.today)) return options.today;
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/**
 * The date a text gives, or a blank: import never invents a day or a month. What is blank
 * still needs a full ISO date in the model (it picks the rule book, HD05 from 27/05/2026), so
 * the given year and month are kept and the rest is today's when it falls in them, else the
 * first of the month (or of the year).
 */
export function dateFrom(found: PlaceDateMatch | undefined, today: string): { date: string; dateBlank?: DateBlank } {
  if (found?.date) return { date: found.date };
  const [ty, tm] = today.split('-').map(Number) as [number, number];
  if (found?.blank === 'day' && found.year && found.month) {
    const date = found.year === ty && found.month === tm ? today : isoDate(found.year, found.month, 1);
    if (date) return { date, dateBlank: 'day' };
  }
  const year = found?.year;
  if (year && year !== ty) {
    const date = isoDate(year, 1, 1);
    if (date) return { date, dateBlank: 'dayMonth' };
  }
  return { date: today, dateBlank: 'dayMonth' };
}
