// Trích yếu: its first letter differs by rule book — "về …" lower-case for the Party (HD36
// mục 1.5, ô 5a; HD05 Phụ lục 2), "Về …" capitalised for the State (NĐ30 II.5.b).
import { summaryCase } from '../../standards';
import type { Rule } from '../types';
import { cite, msg } from '../util';

/** The first letter, if the summary opens with a cased letter ("Về", "về"); not a digit or quote. */
function firstCasedLetter(s: string): { letter: string; upper: boolean } | null {
  const letter = s.trim().charAt(0);
  const lower = letter.toLocaleLowerCase('vi');
  const upperCase = letter.toLocaleUpperCase('vi');
  if (lower === upperCase) return null;
  return { letter, upper: letter === upperCase };
}

function firstWords(s: string, n = 6): string {
  const words = s.trim().split(/\s+/u);
  return words.slice(0, n).join(' ') + (words.length > n ? ' …' : '');
}

export const summaryFirstLetter: Rule = {
  id: 'summary-first-letter',
  basis: 'NĐ 30/2020/NĐ-CP Phụ lục I, II.5.b; HD 36-HD/VPTW mục 1.5 (ô 5a); HD 05-HD/VPTW Phụ lục 2',
  codes: { 'summary.party-case': 'warning', 'summary.state-case': 'warning' },
  check({ doc, profile }) {
    const summary = doc.title.summary.trim();
    const first = firstCasedLetter(summary);
    if (!first) return [];
    const printed = summaryCase(summary, profile);
    const basis = cite(profile, { state: 'Phụ lục I, II.5.b', hd36: 'mục 1.5 (trích yếu, ô 5a)', hd05: 'Phụ lục 2 (trích yếu, ô 5a)' });
    if (profile.family === 'party' && first.upper) {
      const fixed = printed !== summary;
      return [{
        code: 'summary.party-case',
        path: 'title.summary',
        basis,
        message: msg(
          `Trích yếu văn bản của Đảng viết thường chữ cái đầu, thường bắt đầu bằng «về …»; hiện đang là «${firstWords(summary)}». ` +
            (fixed ? `Vanban sẽ in thành «${firstWords(printed)}».` : 'Hãy viết thường chữ đầu (trừ khi đó là tên riêng).'),
          `A Party summary starts with a lower-case letter, usually «về …»; it now reads «${firstWords(summary)}». ` +
            (fixed ? `Vanban will print «${firstWords(printed)}».` : 'Lower-case its first letter (unless it is a proper name).'),
        ),
      }];
    }
    if (profile.family === 'state' && !first.upper) {
      const fixed = printed !== summary;
      return [{
        code: 'summary.state-case',
        path: 'title.summary',
        basis,
        message: msg(
          `Trích yếu văn bản hành chính viết hoa chữ cái đầu (ví dụ «Về công tác phòng, chống lụt bão»); hiện đang là «${firstWords(summary)}».` +
            (fixed ? ` Vanban sẽ in thành «${firstWords(printed)}».` : ''),
          `A State summary starts with a capital letter (e.g. «Về công tác phòng, chống lụt bão»); it now reads «${firstWords(summary)}».` +
            (fixed ? ` Vanban will print «${firstWords(printed)}».` : ''),
        ),
      }];
    }
    return [];
  },
};

export const summaryRules: Rule[] = [summaryFirstLetter];
