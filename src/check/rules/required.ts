// Parts every document must carry (NĐ30 Phụ lục I Mục II; HD36/HD05 thể thức bắt buộc).
// The schema already rejects an empty string where it can; these catch what only looks filled
// (spaces) and what depends on the kind or the signing form.
import { authorityText, KINDS } from '../../standards';
import type { CheckContext, Hit, Message, Rule } from '../types';
import { cite, isBlank, isEmptyBlock, msg, foldUpper } from '../util';

interface FieldRequirement {
  id: string;
  basis: string;
  code: string;
  path: string;
  value: (doc: CheckContext['doc']) => string | undefined;
  clauses: { state: string; hd36: string; hd05: string };
  message: Message;
}

/** A rule that one text field of the Document is filled in. */
function requiredField(r: FieldRequirement): Rule {
  return {
    id: r.id,
    basis: r.basis,
    codes: { [r.code]: 'error' },
    check({ doc, profile }) {
      if (!isBlank(r.value(doc))) return [];
      return [{ code: r.code, path: r.path, basis: cite(profile, r.clauses), message: r.message }];
    },
  };
}

export const issuerRequired = requiredField({
  id: 'issuer-required',
  basis: 'NĐ 30/2020/NĐ-CP Phụ lục I, II.2; HD 36-HD/VPTW và HD 05-HD/VPTW, ô 2',
  code: 'issuer.missing',
  path: 'issuer.name',
  value: (doc) => doc.issuer.name,
  clauses: { state: 'Phụ lục I, II.2', hd36: 'ô 2 (tên cơ quan ban hành)', hd05: 'ô 2 (tên cơ quan ban hành)' },
  message: msg('Chưa có tên cơ quan, tổ chức ban hành văn bản.', 'The name of the issuing body is missing.'),
});

export const placeRequired = requiredField({
  id: 'place-required',
  basis: 'NĐ 30/2020/NĐ-CP Phụ lục I, II.4.a; HD 36-HD/VPTW và HD 05-HD/VPTW, ô 4',
  code: 'place.missing',
  path: 'place',
  value: (doc) => doc.place,
  clauses: { state: 'Phụ lục I, II.4.a', hd36: 'ô 4 (địa danh)', hd05: 'ô 4 (địa danh)' },
  message: msg(
    'Chưa có địa danh (tên đơn vị hành chính nơi cơ quan đóng trụ sở) trước ngày, tháng, năm ban hành.',
    'The place name (where the issuing body has its seat) before the date is missing.',
  ),
});

export const summaryRequired: Rule = {
  id: 'summary-required',
  basis: 'NĐ 30/2020/NĐ-CP Phụ lục I, II.5; HD 36-HD/VPTW và HD 05-HD/VPTW, ô 5a',
  codes: { 'summary.missing': 'error' },
  check({ doc, profile }) {
    const typeName = doc.title.typeName?.trim() || KINDS[doc.kind].typeName;
    // A công văn has no tên loại; its short "V/v …" line is the drafter's choice here.
    if (!typeName || !isBlank(doc.title.summary)) return [];
    const name = foldUpper(typeName);
    return [{
      code: 'summary.missing',
      path: 'title.summary',
      basis: cite(profile, { state: 'Phụ lục I, II.5.b', hd36: 'ô 5a (tên loại và trích yếu)', hd05: 'ô 5a (tên loại và trích yếu)' }),
      message: msg(
        `Chưa có trích yếu nội dung (dòng tóm tắt dưới tên loại «${name}»).`,
        `The summary (trích yếu, the line under the document type «${name}») is missing.`,
      ),
    }];
  },
};

export const bodyRequired: Rule = {
  id: 'body-required',
  basis: 'NĐ 30/2020/NĐ-CP Phụ lục I, II.6; HD 36-HD/VPTW và HD 05-HD/VPTW, ô 6',
  codes: { 'body.empty': 'error' },
  check({ doc, profile }) {
    if (doc.body.some((b) => !isEmptyBlock(b))) return [];
    return [{
      code: 'body.empty',
      path: 'body',
      basis: cite(profile, { state: 'Phụ lục I, II.6', hd36: 'ô 6 (nội dung)', hd05: 'ô 6 (nội dung)' }),
      message: msg('Văn bản chưa có nội dung.', 'The document has no content.'),
    }];
  },
};

export const signerNameRequired = requiredField({
  id: 'signer-name-required',
  basis: 'NĐ 30/2020/NĐ-CP Phụ lục I, II.7; HD 36-HD/VPTW và HD 05-HD/VPTW, ô 7b',
  code: 'signature.name-missing',
  path: 'signature.name',
  value: (doc) => doc.signature.name,
  clauses: { state: 'Phụ lục I, II.7.đ', hd36: 'ô 7b (họ tên người ký)', hd05: 'ô 7b (họ tên người ký)' },
  message: msg('Chưa có họ tên người ký.', "The signer's name is missing."),
});

/** The Politburo and the Secretariat sign "T/M BỘ CHÍNH TRỊ" with no position line (HD05). */
const NO_POSITION_BODIES = /^(BỘ CHÍNH TRỊ|BAN BÍ THƯ)$/u;

export const signerPositionRequired: Rule = {
  id: 'signer-position-required',
  basis: 'NĐ 30/2020/NĐ-CP Phụ lục I, II.7.b; HD 36-HD/VPTW và HD 05-HD/VPTW, ô 7a',
  codes: { 'signature.position-missing': 'error', 'signature.on-missing': 'error' },
  check({ doc, profile }) {
    const sig = doc.signature;
    const basis = cite(profile, { state: 'Phụ lục I, II.7.b', hd36: 'ô 7a (quyền hạn, chức vụ người ký)', hd05: 'ô 7a (quyền hạn, chức vụ người ký)' });
    const prefix = authorityText(sig.authority, profile);
    const on = foldUpper(sig.on ?? '');
    if (sig.authority === 'none') {
      // The head signs in their own name: "CHÁNH VĂN PHÒNG", typed in either line.
      if (!isBlank(sig.on) || !isBlank(sig.position)) return [];
      return [{
        code: 'signature.position-missing',
        path: 'signature.position',
        basis,
        message: msg('Chưa có chức vụ của người ký.', "The signer's position is missing."),
      }];
    }
    const hits: Hit[] = [];
    if (isBlank(sig.on)) {
      hits.push({
        code: 'signature.on-missing',
        path: 'signature.on',
        basis,
        message: msg(
          `Đã chọn thẩm quyền ký «${prefix}» nhưng chưa ghi ký cho ai: tên tập thể hoặc chức vụ người đứng đầu, ví dụ «${prefix} ${profile.family === 'party' ? 'BAN THƯỜNG VỤ' : 'ỦY BAN NHÂN DÂN'}».`,
          `The signing form «${prefix}» is chosen but not on whose behalf: the collective or the head's position, e.g. «${prefix} ${profile.family === 'party' ? 'BAN THƯỜNG VỤ' : 'ỦY BAN NHÂN DÂN'}».`,
        ),
      });
    }
    // "Q. CHÁNH VĂN PHÒNG" is complete in itself: the acting head's title is the line.
    const positionOptional = sig.authority === 'quyen' || (profile.family === 'party' && sig.authority === 'thay-mat' && NO_POSITION_BODIES.test(on));
    if (isBlank(sig.position) && !positionOptional) {
      const line = [prefix, on].filter(Boolean).join(' ');
      hits.push({
        code: 'signature.position-missing',
        path: 'signature.position',
        basis,
        message: msg(
          `Chưa có chức vụ của người ký (dòng dưới «${line}»).`,
          `The signer's position is missing (the line under «${line}»).`,
        ),
      });
    }
    return hits;
  },
};

export const recipientsRequired: Rule = {
  id: 'recipients-required',
  basis: 'NĐ 30/2020/NĐ-CP Phụ lục I, II.9; HD 36-HD/VPTW và HD 05-HD/VPTW, ô 9b',
  codes: { 'recipients.empty': 'error' },
  check({ doc, profile }) {
    const r = doc.recipients;
    if (r.entries.some((e) => !isBlank(e)) || !isBlank(r.archive)) return [];
    return [{
      code: 'recipients.empty',
      path: 'recipients',
      basis: cite(profile, { state: 'Phụ lục I, II.9', hd36: 'ô 9b (nơi nhận)', hd05: 'ô 9b (nơi nhận)' }),
      message: msg(
        'Chưa có nơi nhận: ghi các cơ quan, cá nhân nhận văn bản và nơi lưu văn bản.',
        'No recipients: list the bodies or persons that receive the document and where it is filed.',
      ),
    }];
  },
};

export const requiredRules: Rule[] = [
  issuerRequired,
  placeRequired,
  summaryRequired,
  bodyRequired,
  signerNameRequired,
  signerPositionRequired,
  recipientsRequired,
];
