// Nơi nhận (NĐ30 II.9; HD36/HD05 ô 9b). The last line is always where the document is filed;
// the separators between entries are the rule book's (State ";", HD36 ",", HD05 ";").
import type { Hit, Rule } from '../types';
import { archiveText, cite, isBlank, msg } from '../util';

const BASIS = { state: 'Phụ lục I, II.9', hd36: 'ô 9b (nơi nhận)', hd05: 'ô 9b (nơi nhận)' };

export const archiveRequired: Rule = {
  id: 'recipients-archive',
  basis: 'NĐ 30/2020/NĐ-CP Phụ lục I, II.9; HD 36-HD/VPTW và HD 05-HD/VPTW, ô 9b',
  codes: { 'recipients.archive-missing': 'error' },
  check({ doc, profile }) {
    // With no entries either, recipients.empty already says everything.
    if (!isBlank(archiveText(doc.recipients.archive)) || doc.recipients.entries.every(isBlank)) return [];
    const example = profile.family === 'party' ? '«Lưu Văn phòng Tỉnh ủy»' : '«Lưu: VT, TH (2)»';
    return [{
      code: 'recipients.archive-missing',
      path: 'recipients.archive',
      basis: cite(profile, BASIS),
      message: msg(
        `Nơi nhận thiếu dòng «Lưu» ở cuối: ghi nơi lưu văn bản, ví dụ ${example}.`,
        `Nơi nhận has no «Lưu» line at the end: say where the document is filed, e.g. ${example}.`,
      ),
    }];
  },
};

export const entryPunctuation: Rule = {
  id: 'recipients-entry-punctuation',
  basis: 'NĐ 30/2020/NĐ-CP Phụ lục I, II.9; HD 36-HD/VPTW và HD 05-HD/VPTW, ô 9b',
  codes: { 'recipients.entry-punctuation': 'warning' },
  check({ doc, profile }) {
    const r = profile.recipients;
    const entries = doc.recipients.entries;
    const archived = !isBlank(archiveText(doc.recipients.archive));
    const lastIndex = entries.reduce((last, e, i) => (isBlank(e) ? last : i), -1);
    const hits: Hit[] = [];
    entries.forEach((entry, i) => {
      const typed = /[;,.:]+\s*$/u.exec(entry.trim())?.[0]?.trim();
      if (!typed) return;
      // What compose will print at the end of this line instead.
      const printed = i === lastIndex && !archived ? r.lastEnd : r.itemSeparator;
      if (typed === printed) return;
      const shown = entry.trim();
      hits.push({
        code: 'recipients.entry-punctuation',
        path: `recipients.entries.${i}`,
        basis: cite(profile, BASIS),
        message: msg(
          `Nơi nhận «${shown}» có dấu «${typed}» ở cuối. Vanban tự thêm dấu sau mỗi nơi nhận theo quy định, nên khi in dấu này sẽ được thay bằng «${printed}».`,
          `The recipient «${shown}» ends with «${typed}». Vanban adds the rule book's mark after each entry, so it will be printed as «${printed}».`,
        ),
      });
    });
    return hits;
  },
};

export const archiveForm: Rule = {
  id: 'recipients-archive-form',
  basis: 'NĐ 30/2020/NĐ-CP Phụ lục I, II.9; HD 36-HD/VPTW, ô 9b',
  codes: { 'recipients.archive-vt': 'warning', 'recipients.archive-party-vt': 'warning' },
  check({ doc, profile }) {
    const archive = archiveText(doc.recipients.archive);
    if (!archive) return [];
    const startsWithVT = /^VT(?![\p{L}\p{N}])/u.test(archive);
    if (profile.family === 'state' && !startsWithVT) {
      return [{
        code: 'recipients.archive-vt',
        path: 'recipients.archive',
        basis: 'NĐ 30/2020/NĐ-CP Phụ lục I, II.9; Phụ lục III (các mẫu: «Lưu: VT, …»)',
        message: msg(
          `Dòng lưu của văn bản hành chính bắt đầu bằng «VT» (văn thư), sau đó là đơn vị soạn thảo và số bản lưu, ví dụ «Lưu: VT, TH (2)»; hiện đang ghi «Lưu: ${archive}».`,
          `The filing line of a State document starts with «VT» (the registry), then the drafting unit and the copies kept, e.g. «Lưu: VT, TH (2)»; it now reads «Lưu: ${archive}».`,
        ),
      }];
    }
    if (profile.family === 'party' && startsWithVT) {
      return [{
        code: 'recipients.archive-party-vt',
        path: 'recipients.archive',
        basis: cite(profile, BASIS),
        message: msg(
          `Văn bản của Đảng ghi nơi lưu bằng tên cơ quan, không có «VT» và không có dấu hai chấm, ví dụ «Lưu Văn phòng Tỉnh ủy»; hiện đang ghi «Lưu ${archive}».`,
          `A Party document names the office that files it, without «VT» or a colon, e.g. «Lưu Văn phòng Tỉnh ủy»; it now reads «Lưu ${archive}».`,
        ),
      }];
    }
    return [];
  },
};

export const recipientRules: Rule[] = [archiveRequired, entryPunctuation, archiveForm];
