// The three real documents and the two news reports of tests/fixtures/seeds, imported field by field.
import { seed } from '../fixtures/seeds';
import { describe, expect, it } from 'vitest';
import type { Block, Heading } from '../../src/model';
import { importText, importTextOrThrow, PLACEHOLDER } from '../../src/import';


const headings = (body: Block[]): Heading[] => body.filter((b): b is Heading => b.type === 'heading');
const TODAY = '2024-05-06';

describe('seed 000: Thông báo kết luận, Party, no header', () => {
  const { document: doc, recognised, unrecognisedLines } = importTextOrThrow(seed('000'), { today: TODAY });

  it('reads place and date from the only header line left', () => {
    expect(doc.place).toBe('Phan Thiết');
    expect(doc.date).toBe('2008-04-22');
    expect(recognised).toContain('placeDate');
  });

  it('leaves the lost header as placeholders, not recognised', () => {
    expect(doc.issuer.name).toBe(PLACEHOLDER);
    expect(doc.number.value).toBeNull();
    expect(doc.number.issuerCode).toBe(PLACEHOLDER);
    expect(recognised).not.toContain('issuer');
    expect(recognised).not.toContain('number');
  });

  it('is a Party Thông báo kết luận with its author line and trích yếu', () => {
    expect(doc.standard.family).toBe('party');
    expect(doc.kind).toBe('thong-bao-ket-luan');
    expect(doc.title.typeName).toBeUndefined();
    expect(doc.title.author).toBe('KẾT LUẬN CỦA THƯỜNG TRỰC TỈNH ỦY');
    expect(doc.title.summary).toBe(
      'tại buổi làm việc với với Sở Thông tin và Truyền thông về tình hình triển khai thực hiện nhiệm vụ năm 2008 theo Kết luận số 17-KL/TU của Tỉnh ủy',
    );
    expect(recognised).toEqual(expect.arrayContaining(['standard', 'kind', 'author', 'summary', 'recipients', 'signature', 'headings']));
  });

  it('finds I-, II-, III- at level 1 with their titles', () => {
    const level1 = headings(doc.body).filter((h) => h.level === 1);
    expect(level1.map((h) => h.title)).toEqual([
      'Về đánh giá tình hình:',
      'Một số nhiệm vụ cần tập trung trong thời gian tới:',
      'Một số kiến nghị:',
    ]);
  });

  it('finds 1-…6- and 1-…4- at level 2, a- and b- at level 4 (Party: I- / 1. / 1.1. / a))', () => {
    const hs = headings(doc.body);
    const level2 = hs.filter((h) => h.level === 2);
    expect(level2).toHaveLength(10);
    expect(level2[0]?.text).toMatch(/^Tập trung ổn định tổ chức, bộ máy/);
    expect(level2[1]?.title).toBe('Tiếp tục triển khai thực hiện tốt Nghị quyết 03-NQ/TU của Ban Thường vụ Tỉnh uỷ; trong đó, tập trung vào các nhiệm vụ sau:');
    expect(level2[5]?.text).toMatch(/^Tham mưu cho Ban Thường vụ Tỉnh uỷ tổ chức sơ kết/);
    // A short lead-in ending with ":" is the title, the rest its text.
    expect(level2[6]?.title).toBe('Về vấn đề tổ chức, bộ máy:');
    expect(level2[6]?.text).toMatch(/^Sở Nội vụ chủ trì/);
    const level4 = hs.filter((h) => h.level === 4);
    expect(level4.map((h) => h.title)).toEqual(['Về xây dựng đội ngũ:', 'Đẩy mạnh ứng dụng công nghệ thông tin:']);
    expect(hs.filter((h) => h.level === 3)).toHaveLength(0);
    // Order: I-, then the opening paragraph of II-, then 1-.
    expect(hs.map((h) => h.level).join('')).toBe('1' + '1' + '22442222' + '1' + '2222');
  });

  it('groups "-" and "+" lines into lists', () => {
    const lists = doc.body.filter((b) => b.type === 'list');
    expect(lists.map((l) => (l.type === 'list' ? `${l.marker}${l.items.length}` : ''))).toEqual(['-2', '+4', '-3']);
  });

  it('strips the end mark from the last paragraph', () => {
    const last = doc.body[doc.body.length - 1];
    expect(last?.type).toBe('paragraph');
    expect(last?.type === 'paragraph' && last.text).toMatch(/để theo dõi, chỉ đạo\.$/);
  });

  it('reads Nơi nhận: four entries and the Party archive', () => {
    expect(doc.recipients.entries).toEqual([
      'Đảng đoàn HĐND tỉnh',
      'Ban cán sự Đảng UBND tỉnh',
      'Các sở, ban, ngành liên quan',
      'Các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy',
    ]);
    expect(doc.recipients.archive).toBe('Văn phòng Tỉnh ủy');
  });

  it('reads the signature: T/L BAN THƯỜNG VỤ / CHÁNH VĂN PHÒNG / Lê Tấn Lai', () => {
    expect(doc.signature).toEqual({
      authority: 'thua-lenh',
      on: 'BAN THƯỜNG VỤ',
      position: 'CHÁNH VĂN PHÒNG',
      name: 'Lê Tấn Lai',
      signedNote: '(đã ký, đóng dấu)',
    });
    expect(unrecognisedLines).toBe(0);
  });
});

describe('seed 001: Chỉ thị, Party, full header', () => {
  const { document: doc, recognised, unrecognisedLines } = importTextOrThrow(seed('001'), { today: TODAY });

  it('reads the header: issuer, number, place and date', () => {
    expect(doc.standard.family).toBe('party');
    expect(doc.issuer).toEqual({ name: 'TỈNH ỦY QUẢNG TRỊ' });
    expect(doc.number).toEqual({ value: 13, typeCode: 'CT', issuerCode: 'TU' });
    expect(doc.place).toBe('Đông Hà');
    expect(doc.date).toBe('2013-01-14');
    expect(recognised).toEqual(expect.arrayContaining(['standard', 'issuer', 'number', 'placeDate']));
  });

  it('reads kind, author and the two-line trích yếu', () => {
    expect(doc.kind).toBe('chi-thi');
    expect(doc.title.typeName).toBeUndefined();
    expect(doc.title.author).toBe('CỦA BAN THƯỜNG VỤ TỈNH ỦY');
    expect(doc.title.summary).toBe(
      'Về việc đẩy mạnh phát triển và ứng dụng công nghệ thông tin phục vụ công nghiệp hoá - hiện đại hoá trong giai đoạn mới',
    );
  });

  it('finds the eight numbered items at level 2, no other heading', () => {
    const hs = headings(doc.body);
    expect(hs).toHaveLength(8);
    expect(hs.every((h) => h.level === 2)).toBe(true);
    expect(hs[4]?.title).toBe('Ban cán sự đảng Uỷ ban nhân dân tỉnh:');
    expect(hs[0]?.title).toBe('');
    expect(hs[0]?.text).toMatch(/^Tập trung nâng cao nhận thức/);
    // Item 7 was broken in two by the copy: joined back.
    expect(hs[6]?.text).toMatch(/Đảng uỷ trực thuộc Tỉnh ủy phát huy tốt Đề án 06/);
  });

  it('keeps the closing sentence as the last paragraph, and drops the PAGE field', () => {
    const last = doc.body[doc.body.length - 1];
    expect(last?.type === 'paragraph' && last.text).toMatch(/^Chỉ thị này được phổ biến/);
    expect(JSON.stringify(doc)).not.toMatch(/PAGE/);
  });

  it('reads Nơi nhận: seven entries and the archive', () => {
    expect(doc.recipients.entries).toEqual([
      'Văn phòng Trung ương Đảng (báo cáo)',
      'Vụ địa phương tại Đà Nẵng (báo cáo)',
      'BCS Đảng UBND tỉnh',
      'Các sở, ban, ngành, đoàn thể cấp tỉnh',
      'Các huyện, thị, thành ủy, ĐUTT',
      'Các Ban Đảng và VPTU',
      'Các đ/c Tỉnh ủy viên',
    ]);
    expect(doc.recipients.archive).toBe('Văn phòng Tỉnh ủy');
  });

  it('reads the signature as the copy has it (the T/M line is not in this copy)', () => {
    expect(doc.signature).toEqual({ authority: 'none', position: 'BÍ THƯ', name: 'Lê Hữu Phúc', signedNote: 'Đã ký' });
    expect(unrecognisedLines).toBe(0);
  });
});

describe('seed 002: Thông báo ý kiến kết luận, State', () => {
  const { document: doc, recognised } = importTextOrThrow(seed('002'), { today: TODAY });

  it('reads "Số: 134 /TB-VP" and the place-date', () => {
    expect(doc.standard.family).toBe('state');
    expect(doc.number).toEqual({ value: 134, typeCode: 'TB', issuerCode: 'VP' });
    expect(doc.place).toBe('Kiên Giang');
    expect(doc.date).toBe('2019-02-13');
    expect(recognised).toEqual(expect.arrayContaining(['standard', 'number', 'placeDate']));
  });

  it('has no issuer lines in this copy', () => {
    expect(doc.issuer.name).toBe(PLACEHOLDER);
    expect(recognised).not.toContain('issuer');
  });

  it('is a Thông báo kết luận ("kết luận" in the trích yếu), no author line', () => {
    expect(doc.kind).toBe('thong-bao-ket-luan');
    expect(doc.title.author).toBeUndefined();
    expect(recognised).not.toContain('author');
    expect(doc.title.summary).toBe(
      'Ý kiến kết luận của Phó Chủ tịch UBND tỉnh Đỗ Thanh Bình tại Hội nghị tổng kết ngành Thông tin và Truyền thông năm 2018 và nhiệm vụ công tác trọng tâm năm 2019',
    );
  });

  it('starts the body with the first paragraph and finds 1., 2., 3. at level 2', () => {
    const first = doc.body[0];
    expect(first?.type === 'paragraph' && first.text).toMatch(/^Ngày 08 tháng 01 năm 2019, Sở Thông tin/);
    const hs = headings(doc.body);
    expect(hs.map((h) => h.level)).toEqual([2, 2, 2]);
    expect(hs[0]?.title).toBe('Tập trung đẩy mạnh ứng dụng công nghệ thông tin, xây dựng có hiệu quả chính quyền điện tử tỉnh');
    expect(hs[1]?.title).toBe('Làm tốt công tác thông tin, tuyên truyền');
  });

  it('joins the list item the copy split over blank lines', () => {
    const items = doc.body.flatMap((b) => (b.type === 'list' ? b.items : []));
    expect(items.some((i) => /kinh tế - xã hội của tỉnh nhà\.\.\. tham mưu ban hành/.test(i))).toBe(true);
  });

  it('reads Nơi nhận: six entries and "Lưu: VT, ltram (01b)."', () => {
    expect(doc.recipients.entries).toEqual([
      'Như thành phần dự họp',
      'TT.TU, TT. HĐND tỉnh',
      'CT, các PCT.UBND tỉnh',
      'Sở: TTTT, CT',
      'UBND các huyện, Tp',
      'LĐVP, P.VHXXH, P. TH',
    ]);
    expect(doc.recipients.archive).toBe('VT, ltram (01b)');
  });

  it('reads the signer whose title was lost', () => {
    expect(doc.signature).toEqual({ authority: 'none', name: 'Huỳnh Vĩnh Lạc' });
  });
});

describe('seeds 003 and 004: news reports', () => {
  for (const prefix of ['003', '004']) {
    it(`${prefix} imports as body text with placeholders`, () => {
      const text = seed(prefix);
      const { document: doc, recognised } = importTextOrThrow(text, { today: TODAY });
      expect(recognised).toEqual([]);
      // A news report has no date line: the day and month are left blank, not taken from today.
      expect(doc.dateBlank).toBe('dayMonth');
      expect(doc.date.slice(0, 4)).toBe(TODAY.slice(0, 4));
      expect(doc.place).toBe(PLACEHOLDER);
      expect(doc.signature.name).toBe(PLACEHOLDER);
      expect(doc.body.length).toBeGreaterThan(5);
      // And the forgiving entry point agrees.
      expect(importText(text, { today: TODAY }).document).toEqual(doc);
    });
  }
});
