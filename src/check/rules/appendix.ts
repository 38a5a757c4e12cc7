// Phụ lục (NĐ30 Phụ lục I, III.1; HD05 Phần II.II, "Phụ lục n" then its title): an appendix
// without a title prints a bare "Phụ lục I" the text cannot refer to.
import type { Hit, Rule } from '../types';
import { cite, isBlank, msg } from '../util';

export const appendixTitle: Rule = {
  id: 'appendix-title',
  basis: 'NĐ 30/2020/NĐ-CP Phụ lục I, III.1; HD 05-HD/VPTW (phụ lục)',
  codes: { 'appendix.title-missing': 'error' },
  check({ doc, profile }) {
    const hits: Hit[] = [];
    (doc.appendices ?? []).forEach((appendix, i) => {
      if (!isBlank(appendix.title)) return;
      hits.push({
        code: 'appendix.title-missing',
        path: `appendices.${i}.title`,
        basis: cite(profile, { state: 'Phụ lục I, III.1', hd36: 'thể thức phụ lục', hd05: 'Phần II (phụ lục)' }),
        message: msg(
          `Phụ lục thứ ${i + 1} chưa có tên (dòng chữ in hoa dưới «Phụ lục»).`,
          `Appendix ${i + 1} has no title (the capitalised line under «Phụ lục»).`,
        ),
      });
    });
    return hits;
  },
};

export const appendixRules: Rule[] = [appendixTitle];
