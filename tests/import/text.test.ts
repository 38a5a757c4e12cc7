// importText on the shapes real copies take beyond the seeds: columns on one line, a State
// header and signature, Kính gửi, công văn, tables, the signature before the Nơi nhận.
import { describe, expect, it } from 'vitest';
import { importTextOrThrow, PLACEHOLDER, sourceLines } from '../../src/import';
import { headingParts, levelFor } from '../../src/import/body';
import { matchNumber, matchPlaceDate, matchTitle } from '../../src/import/patterns';

const TODAY = '2024-05-06';
const read = (text: string) => importTextOrThrow(text, { today: TODAY });

describe('header columns', () => {
  it('splits a Party header whose columns were pasted onto one line with tabs', () => {
    const { document: doc, recognised } = read(
      [
        'TỈNH ỦY QUẢNG TRỊ\tĐẢNG CỘNG SẢN VIỆT NAM',
        '*\tĐông Hà, ngày 14 tháng 01 năm 2013',
        'Số 13-CT/TU',
        'CHỈ THỊ',
        'CỦA BAN THƯỜNG VỤ TỈNH ỦY',
        'về việc đẩy mạnh ứng dụng công nghệ thông tin',
        '-----',
        'Nội dung.',
      ].join('\n'),
    );
    expect(doc.standard.family).toBe('party');
    expect(doc.issuer).toEqual({ name: 'TỈNH ỦY QUẢNG TRỊ' });
    expect(doc.number).toEqual({ value: 13, typeCode: 'CT', issuerCode: 'TU' });
    expect([doc.place, doc.date]).toEqual(['Đông Hà', '2013-01-14']);
    expect(recognised).toEqual(expect.arrayContaining(['standard', 'issuer', 'number', 'placeDate', 'kind', 'author', 'summary']));
    expect(doc.body).toEqual([{ type: 'paragraph', text: 'Nội dung.' }]);
  });

  it('splits columns kept apart by wide spacing, and a national line glued to the issuer', () => {
    const { document: doc } = read(
      [
        'UBND TỈNH KIÊN GIANG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'VĂN PHÒNG          Độc lập - Tự do - Hạnh phúc',
        'Số: 134/TB-VP      Kiên Giang, ngày 13 tháng 02 năm 2019',
        'THÔNG BÁO',
        'Ý kiến kết luận của Phó Chủ tịch UBND tỉnh',
        'Ngày 08 tháng 01 năm 2019, Sở tổ chức Hội nghị.',
      ].join('\n'),
    );
    expect(doc.standard.family).toBe('state');
    expect(doc.issuer).toEqual({ parent: 'UBND TỈNH KIÊN GIANG', name: 'VĂN PHÒNG' });
    expect(doc.number).toEqual({ value: 134, typeCode: 'TB', issuerCode: 'VP' });
    expect(doc.place).toBe('Kiên Giang');
    expect(doc.kind).toBe('thong-bao-ket-luan');
    expect(doc.title.summary).toBe('Ý kiến kết luận của Phó Chủ tịch UBND tỉnh');
  });

  it('joins "ỦY BAN NHÂN DÂN" / "TỈNH …" into one issuer name and reads marks', () => {
    const { document: doc, recognised } = read(
      ['ỦY BAN NHÂN DÂN\tCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'TỈNH KIÊN GIANG', 'HỎA TỐC', 'Số: 05/QĐ-UBND', 'QUYẾT ĐỊNH', 'Về việc thành lập Tổ công tác', 'Điều 1. Thành lập.'].join('\n'),
    );
    expect(doc.issuer).toEqual({ name: 'ỦY BAN NHÂN DÂN TỈNH KIÊN GIANG' });
    expect(doc.marks).toEqual({ urgency: 'HỎA TỐC' });
    expect(doc.number).toEqual({ value: 5, typeCode: 'QĐ', issuerCode: 'UBND' });
    expect(doc.kind).toBe('quyet-dinh');
    expect(recognised).toContain('marks');
    expect(recognised).not.toContain('placeDate');
    expect(doc.place).toBe(PLACEHOLDER);
  });

  it('reads a công văn: symbol without type code, V/v as the trích yếu, Kính gửi', () => {
    const { document: doc, recognised } = read(
      [
        'ỦY BAN NHÂN DÂN TỈNH X\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'Số: 215/UBND-VX\tĐộc lập - Tự do - Hạnh phúc',
        'V/v tăng cường công tác',
        'phòng chống dịch bệnh\tTỉnh X, ngày 5 tháng 3 năm 2021',
        'Kính gửi:',
        '- Sở Y tế;',
        '- Sở Tài chính.',
        'Ủy ban nhân dân tỉnh đề nghị các sở thực hiện./.',
      ].join('\n'),
    );
    expect(doc.kind).toBe('cong-van');
    expect(doc.number).toEqual({ value: 215, issuerCode: 'UBND-VX' });
    expect(doc.title.summary).toBe('tăng cường công tác phòng chống dịch bệnh');
    expect(doc.addressees).toEqual(['Sở Y tế', 'Sở Tài chính']);
    expect(doc.date).toBe('2021-03-05');
    expect(doc.body).toEqual([{ type: 'paragraph', text: 'Ủy ban nhân dân tỉnh đề nghị các sở thực hiện.' }]);
    expect(recognised).toEqual(expect.arrayContaining(['kind', 'summary', 'addressees', 'number', 'placeDate']));
  });

  it('keeps an impossible date in the text instead of guessing', () => {
    const { document: doc, recognised } = read('Hà Nội, ngày 31 tháng 02 năm 2019\nTHÔNG BÁO\nVề việc nghỉ\nNội dung.');
    expect(recognised).not.toContain('placeDate');
    // No date is invented: day and month print blank, the year is today's.
    expect(doc.dateBlank).toBe('dayMonth');
    expect(doc.date.slice(0, 4)).toBe(TODAY.slice(0, 4));
    expect(doc.body[0]).toEqual({ type: 'paragraph', text: 'Hà Nội, ngày 31 tháng 02 năm 2019' });
  });
});

describe('title', () => {
  it('keeps a tên loại outside the model as typeName with the nearest kind', () => {
    const { document: doc } = read('HƯỚNG DẪN\nthực hiện Chỉ thị số 05\n-----\nNội dung.');
    expect(doc.kind).toBe('chi-thi');
    expect(doc.title.typeName).toBe('HƯỚNG DẪN');
    expect(doc.title.summary).toBe('thực hiện Chỉ thị số 05');
  });

  it('reads BÁO CÁO + "tổng kết" as bao-cao-tong-ket, and a title typed without capitals', () => {
    expect(read('Báo cáo\nTổng kết công tác năm 2008\nNội dung.').document.kind).toBe('bao-cao-tong-ket');
    expect(read('BÁO CÁO\nTình hình quý I\nNội dung.').document.kind).toBe('bao-cao');
  });

  it('splits "CHỈ THỊ CỦA BAN THƯỜNG VỤ" on one line into tên loại and author', () => {
    const { document: doc } = read('CHỈ THỊ CỦA BAN THƯỜNG VỤ TỈNH ỦY\nvề việc A\n---\nNội dung.');
    expect(doc.kind).toBe('chi-thi');
    expect(doc.title.author).toBe('CỦA BAN THƯỜNG VỤ TỈNH ỦY');
    expect(doc.title.summary).toBe('về việc A');
  });
});

describe('body', () => {
  it('maps numbering to the rule book levels (profiles.ts)', () => {
    expect(['roman', 'arabic', 'letter', 'letter-compound', 'compound'].map((s) => levelFor(s as never, 'state', TODAY))).toEqual([1, 2, 3, 4, 3]);
    expect(['roman', 'arabic', 'compound', 'letter', 'letter-compound'].map((s) => levelFor(s as never, 'party', TODAY))).toEqual([1, 2, 3, 4, 4]);
  });

  it('reads State I. / 1. / a) / a.1) at levels 1–4 and 1.1. at level 3', () => {
    const { document: doc } = read(
      ['Số: 1/BC-UBND', 'BÁO CÁO', 'Tình hình', 'I. KẾT QUẢ', '1. Về kinh tế', 'a) Nông nghiệp', 'a.1) Trồng trọt', '1.1. Chi tiết', 'b) Công nghiệp: Tăng 5%. Giá trị lớn.'].join('\n'),
    );
    expect(doc.body.map((b) => (b.type === 'heading' ? `${b.level}:${b.title}|${b.text ?? ''}` : b.type))).toEqual([
      '1:KẾT QUẢ|',
      '2:Về kinh tế|',
      '3:Nông nghiệp|',
      '4:Trồng trọt|',
      '3:Chi tiết|',
      '3:Công nghiệp:|Tăng 5%. Giá trị lớn.',
    ]);
  });

  it('takes the title from the next line when a label stands alone', () => {
    const { document: doc } = read('THÔNG BÁO\nVề việc A\nII-\nNHIỆM VỤ\nNội dung.');
    expect(doc.body[0]).toEqual({ type: 'heading', level: 1, title: 'NHIỆM VỤ' });
  });

  it('splits a heading: short → title, lead-in with ":" → title + text, long → text', () => {
    expect(headingParts('Về đánh giá tình hình:')).toEqual({ title: 'Về đánh giá tình hình:' });
    expect(headingParts('Về tổ chức: Sở Nội vụ chủ trì.')).toEqual({ title: 'Về tổ chức:', text: 'Sở Nội vụ chủ trì.' });
    expect(headingParts('Tập trung chỉ đạo. Thực hiện tốt.')).toEqual({ title: '', text: 'Tập trung chỉ đạo. Thực hiện tốt.' });
  });

  it('does not take figures for labels or list markers', () => {
    const { document: doc } = read('THÔNG BÁO\nVề việc A\n2008 là năm bản lề.\n-5% so với cùng kỳ.\n17/4/2008, hội nghị họp.\n1.200 người dự.\n2-3 ngày nữa.\nV.I. Lê-nin viết.');
    expect(doc.body.every((b) => b.type === 'paragraph')).toBe(true);
  });

  it('reads tab-separated rows as a table', () => {
    const { document: doc } = read('BÁO CÁO\nTình hình\nSố liệu như sau:\nChỉ tiêu\tKế hoạch\tThực hiện\nDoanh thu\t100\t110\nLợi nhuận\t10\t12\nTrên đây là báo cáo./.');
    expect(doc.body[1]).toEqual({ type: 'table', header: ['Chỉ tiêu', 'Kế hoạch', 'Thực hiện'], rows: [['Doanh thu', '100', '110'], ['Lợi nhuận', '10', '12']] });
    expect(doc.body[2]).toEqual({ type: 'paragraph', text: 'Trên đây là báo cáo.' });
  });

  it('strips the end mark from a list item and keeps "?" without a period', () => {
    const list = read('THÔNG BÁO\nVề việc A\n- Một;\n- Hai./.').document.body[0];
    expect(list).toEqual({ type: 'list', marker: '-', items: ['Một;', 'Hai.'] });
    expect(read('THÔNG BÁO\nVề việc A\nAi làm?/.').document.body[0]).toEqual({ type: 'paragraph', text: 'Ai làm?' });
  });
});

describe('closing', () => {
  it('reads a State signature TM. / CHỦ TỊCH and "Lưu: VT, TH (2)."', () => {
    const { document: doc } = read(
      ['THÔNG BÁO', 'Về việc A', 'Nội dung./.', 'Nơi nhận:', '- Như trên;', '- Lưu: VT, TH (2).', 'TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Nguyễn Văn An'].join('\n'),
    );
    expect(doc.standard.family).toBe('state');
    expect(doc.recipients).toEqual({ entries: ['Như trên'], archive: 'VT, TH (2)' });
    // One form per signature in the model: the second authority line continues "on" on a line of
    // its own, which compose prints as a second authority line.
    expect(doc.signature.authority).toBe('thay-mat');
    expect(doc.signature.on).toBe('ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH');
    expect(doc.signature.name).toBe('Nguyễn Văn An');
    expect(doc.signature.position).toBe('PHÓ CHỦ TỊCH');
  });

  it('reads KT. CHÁNH VĂN PHÒNG / PHÓ CHÁNH VĂN PHÒNG', () => {
    const { document: doc } = read(['THÔNG BÁO', 'Về việc A', 'Nội dung.', 'Nơi nhận:', '- Lưu: VT.', 'KT. CHÁNH VĂN PHÒNG', 'PHÓ CHÁNH VĂN PHÒNG', '(đã ký)', 'Huỳnh Vĩnh Lạc'].join('\n'));
    expect(doc.signature).toEqual({ authority: 'ky-thay', on: 'CHÁNH VĂN PHÒNG', position: 'PHÓ CHÁNH VĂN PHÒNG', name: 'Huỳnh Vĩnh Lạc', signedNote: '(đã ký)' });
    expect(doc.recipients).toEqual({ entries: [], archive: 'VT' });
  });

  it('reads the closing table copied row by row with tabs', () => {
    const { document: doc } = read(
      ['CHỈ THỊ', 'về việc A', '-----', 'Nội dung.', 'Nơi nhận:\tT/M BAN THƯỜNG VỤ', '- Các huyện ủy,\tBÍ THƯ', '- Lưu Văn phòng Tỉnh ủy.', '\tLê Hữu Phúc'].join('\n'),
    );
    expect(doc.standard.family).toBe('party');
    expect(doc.recipients).toEqual({ entries: ['Các huyện ủy'], archive: 'Văn phòng Tỉnh ủy' });
    expect(doc.signature).toEqual({ authority: 'thay-mat', on: 'BAN THƯỜNG VỤ', position: 'BÍ THƯ', name: 'Lê Hữu Phúc' });
  });

  it('reads a signature copied before the Nơi nhận', () => {
    const { document: doc, unrecognisedLines } = read(
      ['THÔNG BÁO', 'Về việc A', 'Nội dung cuối./.', 'TL. CHỦ TỊCH', 'CHÁNH VĂN PHÒNG', 'Trần Thị Bình', 'Nơi nhận:', '- Sở A;', '- Lưu: VT.'].join('\n'),
    );
    expect(doc.body).toEqual([{ type: 'paragraph', text: 'Nội dung cuối.' }]);
    expect(doc.signature).toEqual({ authority: 'thua-lenh', on: 'CHỦ TỊCH', position: 'CHÁNH VĂN PHÒNG', name: 'Trần Thị Bình' });
    expect(doc.recipients).toEqual({ entries: ['Sở A'], archive: 'VT' });
    expect(unrecognisedLines).toBe(0);
  });

  it('reads a signature without Nơi nhận from its authority line', () => {
    const { document: doc, recognised } = read('THÔNG BÁO\nVề việc A\nNội dung.\nT/L BAN THƯỜNG VỤ\nCHÁNH VĂN PHÒNG\nLê Tấn Lai');
    expect(doc.signature.authority).toBe('thua-lenh');
    expect(recognised).toContain('signature');
    expect(recognised).not.toContain('recipients');
    expect(doc.recipients.archive).toBe(PLACEHOLDER);
  });

  it('puts closing lines it cannot read back into the body', () => {
    const { document: doc, unrecognisedLines } = read(
      ['THÔNG BÁO', 'Về việc A', 'Nội dung.', 'Nơi nhận:', '- Sở A;', '- Lưu: VT.', 'Ghi chú: bản này gửi qua mạng, không gửi giấy theo quy định hiện hành của cơ quan, đơn vị và địa phương trong toàn tỉnh, kể cả các đơn vị trực thuộc Trung ương đóng trên địa bàn tỉnh nhà.', 'GIÁM ĐỐC', 'Lê Văn Cường'].join('\n'),
    );
    expect(doc.signature).toEqual({ authority: 'none', position: 'GIÁM ĐỐC', name: 'Lê Văn Cường' });
    expect(unrecognisedLines).toBe(1);
    expect(doc.body[doc.body.length - 1]).toMatchObject({ type: 'paragraph', text: expect.stringMatching(/^Ghi chú/) });
  });
});

describe('patterns', () => {
  it('reads both number forms', () => {
    expect(matchNumber('Số: 134 /TB-VP')).toMatchObject({ value: 134, typeCode: 'TB', issuerCode: 'VP', family: 'state' });
    expect(matchNumber('Số: 01/2020/QĐ-UBND')).toMatchObject({ value: 1, typeCode: 'QĐ', issuerCode: 'UBND' });
    // A code the rule books do not list is kept whole as the issuer part.
    expect(matchNumber('Số: 01/2020/NĐ-CP')).toMatchObject({ value: 1, issuerCode: 'NĐ-CP' });
    expect(matchNumber('Số:    /TB-VP')).toMatchObject({ value: null, typeCode: 'TB', issuerCode: 'VP' });
    expect(matchNumber('Số 13-CT/TU')).toMatchObject({ value: 13, typeCode: 'CT', issuerCode: 'TU', family: 'party' });
    expect(matchNumber('Số 05-TB/TU-UBND')).toMatchObject({ value: 5, typeCode: 'TB', issuerCode: 'TU-UBND' });
    expect(matchNumber('Số liệu năm 2008')).toBeNull();
  });

  it('reads place-dates', () => {
    expect(matchPlaceDate('Đông Hà, ngày 14 tháng 01 năm 2013')).toEqual({ place: 'Đông Hà', date: '2013-01-14' });
    expect(matchPlaceDate('TP. Hồ Chí Minh, ngày 5 tháng 9 năm 2020')).toEqual({ place: 'TP. Hồ Chí Minh', date: '2020-09-05' });
    expect(matchPlaceDate('Hà Nội, ngày      tháng     năm 2024')).toEqual({ place: 'Hà Nội', blank: 'dayMonth', year: 2024 });
    expect(matchPlaceDate('Lào Cai, ngày      tháng 6 năm 2026')).toEqual({ place: 'Lào Cai', blank: 'day', year: 2026, month: 6 });
    expect(matchPlaceDate('Hà Nội, ngày … tháng … năm 20…')).toEqual({ place: 'Hà Nội', blank: 'dayMonth' });
    // A blank without a place name may be running text.
    expect(matchPlaceDate('ngày      tháng 6 năm 2026')).toBeNull();
    expect(matchPlaceDate('Lào Cai, ngày      tháng 13 năm 2026')).toBeNull();
    expect(matchPlaceDate('Hà Nội, ngày 29 tháng 02 năm 2023')).toBeNull();
  });

  it('matches a tên loại only as a whole line', () => {
    expect(matchTitle('THÔNG BÁO')?.kind).toBe('thong-bao');
    expect(matchTitle('Thông báo kết quả tuyển dụng năm nay')).toBeNull();
  });

  it('splits lines on every kind of break and cleans controls', () => {
    expect(sourceLines('a\r\nb\rc\u2028d\u000Be\u0000f\t g\u00A0\u00A0h')).toEqual(['a', 'b', 'c', 'd', 'e f g h']);
  });
});

describe('a trích yếu in capitals that starts with "VỀ"', () => {
  it('is the trích yếu, not an author line ("Ề" is no word character for \\b)', () => {
    const r = read(['ỦY BAN NHÂN DÂN', 'TỈNH AN GIANG', 'Số: 05/CT-UBND', 'An Giang, ngày 05 tháng 3 năm 2026', 'CHỈ THỊ', 'VỀ VIỆC TĂNG CƯỜNG CÔNG TÁC PHÒNG CHÁY', 'Nội dung chỉ thị.'].join('\n'));
    expect(r.document.title.summary).toContain('VIỆC TĂNG CƯỜNG CÔNG TÁC PHÒNG CHÁY');
    expect(r.document.title.author ?? '').toBe('');
  });
});
