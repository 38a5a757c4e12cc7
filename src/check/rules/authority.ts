// Who may issue what (Quy định 399-QĐ/TW, 09/01/2026, Điều 11): a Party grassroots body — a đảng ủy
// of a xã, phường or đặc khu, or a chi bộ — issues no Chỉ thị (nor Thông tri). Applies to Party
// documents dated from the Quy định's date.
import type { Hit, Rule } from '../types';
import { foldUpper, msg } from '../util';

export const QD399_FROM = '2026-01-09';
const GRASSROOTS = /^(ĐẢNG ỦY (XÃ|PHƯỜNG|ĐẶC KHU|THỊ TRẤN|CƠ SỞ)|CHI BỘ)(?=\s|$)/u;

export const grassrootsChiThi: Rule = {
  id: 'authority-grassroots-chi-thi',
  basis: 'Quy định 399-QĐ/TW, Điều 11',
  codes: { 'authority.grassroots-chi-thi': 'warning' },
  check({ doc }) {
    const hits: Hit[] = [];
    if (doc.standard.family !== 'party' || doc.kind !== 'chi-thi' || doc.date < QD399_FROM) return hits;
    const name = foldUpper(doc.issuer.name.replace(/\n/g, ' '));
    if (!GRASSROOTS.test(name)) return hits;
    hits.push({
      code: 'authority.grassroots-chi-thi',
      path: 'kind',
      basis: 'Quy định 399-QĐ/TW, Điều 11',
      message: msg(
        `Theo Quy định 399-QĐ/TW, cấp ủy cơ sở và chi bộ không ban hành Chỉ thị; «${doc.issuer.name.replace(/\n/g, ' ')}» nên dùng thể loại khác (nghị quyết, kết luận, thông báo, kế hoạch…).`,
        `Under Quy định 399-QĐ/TW a grassroots Party committee or cell issues no Chỉ thị; «${doc.issuer.name.replace(/\n/g, ' ')}» should use another kind (resolution, conclusion, notice, plan…).`,
      ),
    });
    return hits;
  },
};

export const authorityRules: Rule[] = [grassrootsChiThi];
