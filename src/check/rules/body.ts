// Nội dung (NĐ30 II.6, Mục V; HD36/HD05 ô 6): numbered headings. Labels are counted by
// compose from the heading levels, so a level that skips its parent numbers from nothing
// ("0.1." under compound numbering) and an empty heading prints a bare "II.".
import type { Block } from '../../model';
import type { Hit, Rule } from '../types';
import { cite, isBlank, msg } from '../util';

const BASIS = { state: 'Phụ lục I, II.6 và Mục V', hd36: 'ô 6 (nội dung)', hd05: 'ô 6 (nội dung)' };

/** The main body and each appendix's, with the path prefix of each. */
function bodies(doc: { body: Block[]; appendices?: { body: Block[] }[] }): { prefix: string; blocks: Block[] }[] {
  return [
    { prefix: 'body', blocks: doc.body },
    ...(doc.appendices ?? []).map((a, i) => ({ prefix: `appendices.${i}.body`, blocks: a.body })),
  ];
}

export const headingNotEmpty: Rule = {
  id: 'body-heading-not-empty',
  basis: 'NĐ 30/2020/NĐ-CP Phụ lục I, II.6; HD 36-HD/VPTW và HD 05-HD/VPTW, ô 6',
  codes: { 'body.heading-empty': 'error' },
  check({ doc, profile }) {
    const hits: Hit[] = [];
    for (const { prefix, blocks } of bodies(doc)) {
      blocks.forEach((block, i) => {
        if (block.type !== 'heading' || !isBlank(block.title) || !isBlank(block.text)) return;
        hits.push({
          code: 'body.heading-empty',
          path: `${prefix}.${i}.title`,
          basis: cite(profile, BASIS),
          message: msg(
            `Có một đề mục cấp ${block.level} chưa có tên và chưa có nội dung: khi in chỉ còn số thứ tự. Hãy ghi tên đề mục hoặc xóa đề mục này.`,
            `A level-${block.level} heading has neither a title nor text: only its number would print. Give it a title or remove it.`,
          ),
        });
      });
    }
    return hits;
  },
};

export const headingLevelsInOrder: Rule = {
  id: 'body-heading-levels',
  basis: 'NĐ 30/2020/NĐ-CP Phụ lục I, Mục V; HD 36-HD/VPTW và HD 05-HD/VPTW, ô 6',
  codes: { 'body.heading-skip': 'warning' },
  check({ doc, profile }) {
    const hits: Hit[] = [];
    for (const { prefix, blocks } of bodies(doc)) {
      // A body may open with a mục (level 1) or straight with numbered khoản (level 2).
      let previous = 1;
      blocks.forEach((block, i) => {
        if (block.type !== 'heading') return;
        if (block.level > previous + 1) {
          const missing = previous + 1;
          hits.push({
            code: 'body.heading-skip',
            path: `${prefix}.${i}.level`,
            basis: cite(profile, BASIS),
            message: msg(
              `Đề mục cấp ${block.level} đứng ngay sau ${previous === 1 && !hasHeadingBefore(blocks, i) ? 'phần mở đầu' : `đề mục cấp ${previous}`}, thiếu đề mục cấp ${missing} ở giữa, nên số thứ tự sẽ không liền mạch. Hãy thêm đề mục cấp ${missing} hoặc đổi cấp của đề mục này.`,
              `A level-${block.level} heading follows ${previous === 1 && !hasHeadingBefore(blocks, i) ? 'the opening' : `a level-${previous} heading`} with no level ${missing} between, so the numbering breaks. Add a level-${missing} heading or change this one's level.`,
            ),
          });
        }
        previous = block.level;
      });
    }
    return hits;
  },
};

function hasHeadingBefore(blocks: Block[], index: number): boolean {
  return blocks.slice(0, index).some((b) => b.type === 'heading');
}

export const bodyRules: Rule[] = [headingNotEmpty, headingLevelsInOrder];
