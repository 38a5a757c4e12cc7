// Ngày ban hành (NĐ30 II.4.b; ô 4). Its written form comes from the rule book
// (formatDateWords), so only the value itself can be wrong here; text forms are checked by
// checkDateText for import and the UI.
import { datePart } from '../../standards';
import type { Rule } from '../types';
import { cite, msg, shortDate } from '../util';

export const dateNotInFuture: Rule = {
  id: 'date-not-in-future',
  basis: 'NĐ 30/2020/NĐ-CP Phụ lục I, II.4.b; HD 36-HD/VPTW và HD 05-HD/VPTW, ô 4',
  codes: { 'date.future': 'warning' },
  check({ doc, profile, today }) {
    // A blank day (or day and month) is judged by what is printed: the month, or the year.
    const shown = datePart(doc);
    if (shown <= today.slice(0, shown.length)) return [];
    return [{
      code: 'date.future',
      path: 'date',
      basis: cite(profile, { state: 'Phụ lục I, II.4.b', hd36: 'ô 4 (ngày tháng năm ban hành)', hd05: 'ô 4 (ngày tháng năm ban hành)' }),
      message: msg(
        `Ngày ban hành ${shortDate(doc.date)} là ngày trong tương lai (hôm nay là ${shortDate(today)}). Ngày ban hành là ngày người có thẩm quyền ký văn bản.`,
        `The date ${shortDate(doc.date)} is in the future (today is ${shortDate(today)}). A document is dated the day it is signed.`,
      ),
    }];
  },
};

export const dateToFill: Rule = {
  id: 'date-to-fill',
  basis: 'NĐ 30/2020/NĐ-CP Phụ lục I, II.4.b; HD 36-HD/VPTW và HD 05-HD/VPTW, ô 4',
  codes: { 'date.to-fill': 'warning' },
  check({ doc, profile }) {
    if (!doc.dateBlank) return [];
    const what = doc.dateBlank === 'day' ? msg('ngày', 'the day') : msg('ngày và tháng', 'the day and the month');
    return [{
      code: 'date.to-fill',
      path: 'date',
      basis: cite(profile, { state: 'Phụ lục I, II.4.b', hd36: 'ô 4 (ngày tháng năm ban hành)', hd05: 'ô 4 (ngày tháng năm ban hành)' }),
      message: msg(
        `Còn phải điền: ${what.vi} ban hành đang để trống. Điền khi người có thẩm quyền ký (hoặc để công cụ ký số điền); ngày ban hành là ngày ký.`,
        `Still to fill in: ${what.en} of the date ${doc.dateBlank === 'day' ? 'is' : 'are'} left blank. Fill ${doc.dateBlank === 'day' ? 'it' : 'them'} in when the document is signed (or let the digital-signing tool do it); a document is dated the day it is signed.`,
      ),
    }];
  },
};

export const dateRules: Rule[] = [dateNotInFuture, dateToFill];
