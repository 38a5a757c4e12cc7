// HD05 fixed a new list of Party issuer abbreviations: "ĐUK" (đảng ủy khối) became "ĐU", and
// HU/QU/ThU are historical. District-level codes dated after 01/07/2025 are already an error of
// the district rule; this one covers the rest (ĐUK, or an HD05 profile chosen for an older date).
import type { Hit, Rule } from '../types';
import { DISTRICT_LEVEL_ENDED } from './district';
import { msg } from '../util';

const RETIRED: Record<string, { vi: string; en: string; replacement?: string }> = {
  'ĐUK': { vi: 'đảng ủy khối', en: 'a bloc Party committee', replacement: 'ĐU' },
  HU: { vi: 'huyện ủy', en: 'a district Party committee' },
  QU: { vi: 'quận ủy', en: 'an urban district Party committee' },
  ThU: { vi: 'thị ủy, thành ủy thuộc tỉnh', en: 'a town Party committee' },
};

export const hd05IssuerCodes: Rule = {
  id: 'party-hd05-issuer-codes',
  basis: 'HD 05-HD/VPTW II.I.3 (chữ viết tắt tên cơ quan ban hành)',
  codes: { 'number.issuer-code-hd05': 'warning' },
  check({ doc, profile }) {
    if (profile.id !== 'party-hd05') return [];
    const hits: Hit[] = [];
    for (const group of doc.number.issuerCode.trim().split('-')) {
      const retired = RETIRED[group];
      if (!retired) continue;
      if (!retired.replacement && doc.date >= DISTRICT_LEVEL_ENDED) continue;
      hits.push({
        code: 'number.issuer-code-hd05',
        path: 'number.issuerCode',
        message: msg(
          `Chữ viết tắt «${group}» (${retired.vi}) không còn trong danh mục của HD 05-HD/VPTW` +
            (retired.replacement ? `: các đảng ủy nay dùng «${retired.replacement}».` : '.'),
          `The abbreviation «${group}» (${retired.en}) is not in the HD 05-HD/VPTW list` +
            (retired.replacement ? `: Party committees of this kind now use «${retired.replacement}».` : '.'),
        ),
      });
    }
    return hits;
  },
};

export const partyIssuerCodeRules: Rule[] = [hd05IssuerCodes];
