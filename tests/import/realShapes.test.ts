// importText on the shapes real copies take, one shape per test, each on a line shape copied from
// real documents: PDF text with its columns side by side (pdftotext -layout), a blank number,
// wrapped Nơi nhận entries, Party headings, a three-line signature, the stamp of a digital
// signature, page furniture, a web page's markup, typos and wrapped sentences.
import { describe, expect, it } from 'vitest';
import { importTextOrThrow, includeLeftovers, PLACEHOLDER } from '../../src/import';
import { isPageFurniture, isPortalCaption, isStampCell, splitFurniture } from '../../src/import/furniture';
import { readLines } from '../../src/import/lines';
import { unmark } from '../../src/import/markup';
import { matchNumbered } from '../../src/import/patterns';

const TODAY = '2024-05-06';
const read = (text: string) => importTextOrThrow(text, { today: TODAY });
const lines = (...l: string[]) => l.join('\n');

describe('a PDF copy with its columns side by side (pdftotext -layout)', () => {
  const text = lines(
    '         UBND TỈNH LÀO CAI                       CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    '            VĂN PHÒNG                                Độc lập - Tự do - Hạnh phúc',
    '',
    '       Số: 125/TB-VP                            Lào Cai, ngày 08 tháng 01 năm 2024',
    '',
    '                                   THÔNG BÁO',
    '          Kết luận của Phó Chủ tịch UBND tỉnh tại cuộc họp về giải phóng mặt bằng',
    '',
    '     Ngày 05/01/2024, Phó Chủ tịch UBND tỉnh chủ trì cuộc họp về công tác giải phóng mặt',
    'bằng các dự án trọng điểm. Sau khi nghe báo cáo, Phó Chủ tịch kết luận như sau:',
    '     1. Giao Sở Tài nguyên và Môi trường chủ trì, phối hợp với các đơn vị liên quan.',
    '     2. Giao UBND các huyện, thị xã, thành phố hoàn thành trước ngày 31/3/2024./.',
    '',
    'Nơi nhận:                                                  TL. CHỦ TỊCH',
    '- TT. UBND tỉnh (b/c);                                 KT. CHÁNH VĂN PHÒNG',
    '- Các sở: Tài nguyên và Môi trường, Tài chính,          PHÓ CHÁNH VĂN PHÒNG',
    '  Xây dựng;',
    '- UBND các huyện, thị xã, thành phố;',
    '- Lưu: VT, TH (2b).                                        Nguyễn Văn Bình',
  );
  const { document: doc, recognised, missing, unplaced } = read(text);

  it('splits the header columns by the runs of spaces', () => {
    expect(doc.issuer).toEqual({ parent: 'UBND TỈNH LÀO CAI', name: 'VĂN PHÒNG' });
    expect(doc.number).toEqual({ value: 125, typeCode: 'TB', issuerCode: 'VP' });
    expect([doc.place, doc.date]).toEqual(['Lào Cai', '2024-01-08']);
    expect(doc.kind).toBe('thong-bao-ket-luan');
  });

  it('joins the wrapped first paragraph and finds the numbered points', () => {
    expect(doc.body[0]).toMatchObject({ type: 'paragraph', text: expect.stringMatching(/giải phóng mặt bằng các dự án trọng điểm\. Sau khi/) });
    expect(doc.body.filter((b) => b.type === 'heading')).toHaveLength(2);
  });

  it('reads Nơi nhận beside the signature, a wrapped entry and "Lưu: VT, TH (2b)"', () => {
    expect(doc.recipients.entries).toEqual(['TT. UBND tỉnh (b/c)', 'Các sở: Tài nguyên và Môi trường, Tài chính, Xây dựng', 'UBND các huyện, thị xã, thành phố']);
    expect(doc.recipients.archive).toBe('VT, TH (2b)');
  });

  it('keeps the three-line signature whole: the second authority line on its own line of "on"', () => {
    expect(doc.signature).toEqual({ authority: 'thua-lenh', on: 'CHỦ TỊCH\nKT. CHÁNH VĂN PHÒNG', position: 'PHÓ CHÁNH VĂN PHÒNG', name: 'Nguyễn Văn Bình' });
    expect(recognised).toEqual(expect.arrayContaining(['issuer', 'number', 'placeDate', 'recipients', 'signature', 'headings']));
    expect(missing).toEqual([]);
    expect(unplaced).toEqual([]);
  });
});

describe('a blank number and a blank date beside the issuer', () => {
  it('reads "VĂN PHÒNG" then "Số:      /TB-VP" as a number left blank for signing', () => {
    const { document: doc, missing } = read(
      lines('UBND TỈNH LÀO CAI        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'VĂN PHÒNG                Độc lập - Tự do - Hạnh phúc', 'Số:      /TB-VP          Lào Cai, ngày      tháng 6 năm 2024', 'THÔNG BÁO', 'Về việc A', 'Nội dung.'),
    );
    expect(doc.issuer).toEqual({ parent: 'UBND TỈNH LÀO CAI', name: 'VĂN PHÒNG' });
    expect(doc.number).toEqual({ value: null, typeCode: 'TB', issuerCode: 'VP' });
    expect(doc.place).toBe('Lào Cai');
    expect(missing.map((m) => m.part)).not.toContain('number');
    expect(missing.map((m) => m.part)).not.toContain('date');
  });
});

describe('signature blocks over several lines', () => {
  const sig = (...block: string[]) => read(lines('THÔNG BÁO', 'Về việc A', 'Nội dung.', 'Nơi nhận:', '- Lưu: VT.', ...block)).document.signature;

  it('keeps a position the copy wrapped as the position, on its two lines', () => {
    expect(sig('TL. BỘ TRƯỞNG', 'CỤC TRƯỞNG CỤC', 'CHUYỂN ĐỔI SỐ QUỐC GIA', 'Trần Duy Ninh')).toEqual({
      authority: 'thua-lenh',
      on: 'BỘ TRƯỞNG',
      position: 'CỤC TRƯỞNG CỤC\nCHUYỂN ĐỔI SỐ QUỐC GIA',
      name: 'Trần Duy Ninh',
    });
  });

  it('reads the rest of a collective before the title, and the chain as lines of "on"', () => {
    expect(sig('TM. ỦY BAN NHÂN DÂN', 'TỈNH KIÊN GIANG', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Nguyễn Văn An')).toEqual({
      authority: 'thay-mat',
      on: 'ỦY BAN NHÂN DÂN TỈNH KIÊN GIANG\nKT. CHỦ TỊCH',
      position: 'PHÓ CHỦ TỊCH',
      name: 'Nguyễn Văn An',
    });
  });

  it('stops at the name: an attached text after the signature is not read into it', () => {
    const { document: doc } = read(
      lines('QUYẾT ĐỊNH', 'Về việc ban hành Quy chế', 'Điều 1. Ban hành Quy chế.', 'Nơi nhận:', '- Như Điều 3;', '- Lưu: VT.', 'TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Trương Cảnh Tuyên', 'QUY CHẾ', 'TỔ CHỨC VÀ HOẠT ĐỘNG', '(Ban hành kèm theo Quyết định số 12/QĐ-UBND)', 'Chương I', 'QUY ĐỊNH CHUNG', 'Điều 1. Phạm vi.'),
    );
    expect(doc.signature).toEqual({ authority: 'thay-mat', on: 'ỦY BAN NHÂN DÂN', position: 'CHỦ TỊCH', name: 'Trương Cảnh Tuyên' });
    expect(doc.appendices?.map((a) => [a.title, a.reference])).toEqual([['QUY CHẾ\nTỔ CHỨC VÀ HOẠT ĐỘNG', '(Ban hành kèm theo Quyết định số 12/QĐ-UBND)']]);
  });
});

describe('Nơi nhận entries', () => {
  it('reads "–" and "+" markers and an entry wrapped over two lines', () => {
    const { document: doc } = read(
      lines('THÔNG BÁO', 'Về việc A', 'Nội dung./.', 'Nơi nhận:', '– Thường trực Tỉnh ủy;', '+ Các sở, ban, ngành liên quan thuộc', 'tỉnh;', '– Lưu: VT, TH (2b).', 'GIÁM ĐỐC', 'Lê Văn Cường'),
    );
    expect(doc.recipients).toEqual({ entries: ['Thường trực Tỉnh ủy', 'Các sở, ban, ngành liên quan thuộc tỉnh'], archive: 'VT, TH (2b)' });
  });

  it('joins a line without a dash to the entry above in a dashed list, even after a comma', () => {
    const { document: doc } = read(lines('THÔNG BÁO', 'Về việc A', 'Nội dung.', 'Nơi nhận:', '- Các Bộ: NNMT, TC, XD, YT,', 'NHNNVN;', '- Lưu: VT, NN (03).', 'KT. BỘ TRƯỞNG', 'THỨ TRƯỞNG', 'Phạm Văn Cường'));
    expect(doc.recipients.entries).toEqual(['Các Bộ: NNMT, TC, XD, YT, NHNNVN']);
    expect(doc.signature.name).toBe('Phạm Văn Cường');
  });
});

describe('body: Party headings and an opening list', () => {
  it('reads "I-", "1-" and a roman numeral without its dot at the Party levels', () => {
    const { document: doc } = read(lines('THÔNG BÁO', 'KẾT LUẬN CỦA BAN THƯỜNG VỤ', 'về việc A', '-----', 'I- TÌNH HÌNH', '1- Về kinh tế: tăng trưởng khá.', 'II NHIỆM VỤ', '1- Tập trung chỉ đạo.'));
    const hs = doc.body.flatMap((b) => (b.type === 'heading' ? [`${b.level}:${b.title}`] : []));
    expect(hs).toEqual(['1:TÌNH HÌNH', '2:Về kinh tế:', '1:NHIỆM VỤ', '2:']);
    expect(matchNumbered('II NHIỆM VỤ')).toEqual({ scheme: 'roman', rest: 'NHIỆM VỤ' });
    expect(matchNumbered('V Nguyễn')).toBeNull();
  });

  it('keeps an opening paragraph listing (1)…(4) as text, not as headings', () => {
    const { document: doc } = read(lines('KẾ HOẠCH', 'Về việc A', 'Kế hoạch nhằm: (1) rà soát; (2) bổ sung;', '(3) kiểm tra; (4) báo cáo.', 'I. MỤC ĐÍCH'));
    expect(doc.body.slice(0, 2)).toEqual([
      { type: 'paragraph', text: 'Kế hoạch nhằm: (1) rà soát; (2) bổ sung;' },
      { type: 'paragraph', text: '(3) kiểm tra; (4) báo cáo.' },
    ]);
    expect(doc.body[2]).toMatchObject({ type: 'heading', level: 1, title: 'MỤC ĐÍCH' });
  });
});

describe('the stamp of a digital signature and page furniture', () => {
  const text = lines(
    'THÔNG BÁO',
    'Về việc A',
    'Nội dung thứ nhất.',
    '- 2 -',
    'Nội dung thứ hai.',
    'Trang 1/3',
    'https://vanban.laocai.gov.vn/van-ban/125',
    'Nơi nhận:',
    '- Lưu: VT.',
    'CHÁNH VĂN PHÒNG',
    'Nguyễn Văn Bình',
    'Người ký: Văn phòng Ủy ban',
    'nhân dân tỉnh',
    'Email: vanphong@laocai.gov.vn',
    'Cơ quan: Tỉnh Lào Cai',
    'Thời gian ký: 10.01.2024 15:30:12 +07:00',
  );
  const result = read(text);

  it('keeps them out of the body and offers them as leftovers, in source order', () => {
    expect(result.document.body).toEqual([
      { type: 'paragraph', text: 'Nội dung thứ nhất.' },
      { type: 'paragraph', text: 'Nội dung thứ hai.' },
    ]);
    expect(result.leftovers).toEqual([
      '- 2 -',
      'Trang 1/3',
      'https://vanban.laocai.gov.vn/van-ban/125',
      'Người ký: Văn phòng Ủy ban',
      'nhân dân tỉnh',
      'Email: vanphong@laocai.gov.vn',
      'Cơ quan: Tỉnh Lào Cai',
      'Thời gian ký: 10.01.2024 15:30:12 +07:00',
    ]);
    expect(result.document.signature).toEqual({ authority: 'none', position: 'CHÁNH VĂN PHÒNG', name: 'Nguyễn Văn Bình' });
  });

  it('puts the chosen leftovers at the end of the body', () => {
    const doc = includeLeftovers(result.document, ['Trang 1/3']);
    expect(doc.body[doc.body.length - 1]).toEqual({ type: 'paragraph', text: 'Trang 1/3' });
    expect(includeLeftovers(result.document, [])).toBe(result.document);
  });

  it('takes a stamp cell out of a header line and leaves the other cells', () => {
    const split = splitFurniture(readLines('UBND TỈNH LÀO CAI      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM      Ký bởi: Văn phòng UBND tỉnh'));
    expect(split.leftovers).toEqual(['Ký bởi: Văn phòng UBND tỉnh']);
    expect(split.lines.map((l) => l.wideCells)).toEqual([['UBND TỈNH LÀO CAI', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']]);
  });

  it('tells furniture by its shape only', () => {
    expect(['2', '- 12 -', 'Trang 2', 'Trang 2/5', 'Page 1 of 3', '1/3', 'www.laocai.gov.vn', '02/12/2026, 10:45'].every(isPageFurniture)).toBe(true);
    expect(['2024', '1.', '2. Nội dung', 'Số liệu 12/15 xã', 'Trang trại 12 ha'].some(isPageFurniture)).toBe(false);
    expect(isStampCell('Người ký: Văn phòng UBND')).toBe(true);
    expect(isStampCell('Email: vp@laocai.gov.vn')).toBe(false);
    expect(isPortalCaption('Thông báo 631/TB-VPCP năm 2025 về kết luận của Phó Thủ tướng do Văn phòng Chính phủ ban hành')).toBe(true);
    expect(isPortalCaption('Quyết định số 15/2021/QĐ-UBND ngày 08/7/2021 của UBND tỉnh Nghệ An về ban hành')).toBe(false);
  });

  it('keeps "Email:" in the body when no stamp stands near it', () => {
    const { document: doc, leftovers } = read(lines('GIẤY MỜI', 'Họp giao ban', 'Kính mời dự họp.', 'Liên hệ: phòng Tổng hợp.', 'Email: tonghop@laocai.gov.vn'));
    expect(leftovers).toEqual([]);
    expect(doc.body.map((b) => (b.type === 'paragraph' ? b.text : ''))).toContain('Email: tonghop@laocai.gov.vn');
  });
});

describe('a web page scraped to markup', () => {
  const text = lines(
    'BAN CHẤP HÀNH',
    'TRUNG ƯƠNG',
    '**VĂN PHÒNG**',
    '*****',
    '|',
    '**ĐẢNG CỘNG',
    'SẢN VIỆT NAM**',
    '---------------',
    '|',
    'Số 432-TB/VPTW',
    '|',
    '*Hà Nội, ngày',
    '26 tháng 11 năm 2025*',
    '|',
    '**THÔNG BÁO KẾT LUẬN**',
    'CỦA ĐỒNG CHÍ TỔNG BÍ THƯ',
    'TẠI BUỔI LÀM VIỆC VỚI ĐẢNG UỶ BỘ Y TẾ VÀ CÁC BAN, BỘ, NGÀNH TRUNG ƯƠNG VỀ',
    'CÔNG TÁC CHĂM SÓC VÀ BẢO VỆ TRẺ EM',
    '**-----**',
    'Ngày 24/11/2025, tại Trụ sở Trung ương Đảng, đồng chí Tổng Bí thư đã có buổi làm việc.',
    '**1. ***Giảm tối đa số',
    'trẻ bị bỏ rơi mới: *Đây là nhiệm vụ ưu tiên.',
    '|',
    '__Nơi nhận__:',
    '- Các tỉnh uỷ, thành uỷ,',
    '- Lưu Văn phòng Trung ương Đảng.',
    '|',
    '**K/T CHÁNH',
    'VĂN PHÒNG**',
    'PHÓ CHÁNH VĂN PHÒNG THƯỜNG TRỰC',
    '**Lâm Thị Phương Thanh**',
    'Văn bản này chưa cập nhật nội dung Tiếng Anh',
  );
  const { document: doc, leftovers } = read(text);

  it('reads the bold issuer name apart from its parent, the wrapped national line and place-date', () => {
    expect(doc.standard.family).toBe('party');
    expect(doc.issuer).toEqual({ parent: 'BAN CHẤP HÀNH TRUNG ƯƠNG', name: 'VĂN PHÒNG' });
    expect(doc.number).toEqual({ value: 432, typeCode: 'TB', issuerCode: 'VPTW' });
    expect([doc.place, doc.date]).toEqual(['Hà Nội', '2025-11-26']);
  });

  it('reads the tên loại, the author line and the wrapped trích yếu', () => {
    expect(doc.kind).toBe('thong-bao-ket-luan');
    expect(doc.title.typeName).toBe('THÔNG BÁO KẾT LUẬN');
    expect(doc.title.author).toBe('CỦA ĐỒNG CHÍ TỔNG BÍ THƯ');
    expect(doc.title.summary).toBe('TẠI BUỔI LÀM VIỆC VỚI ĐẢNG UỶ BỘ Y TẾ VÀ CÁC BAN, BỘ, NGÀNH TRUNG ƯƠNG VỀ CÔNG TÁC CHĂM SÓC VÀ BẢO VỆ TRẺ EM');
  });

  it('drops the markup from the body and the closing, and the portal note from the body', () => {
    expect(doc.body[1]).toEqual({ type: 'heading', level: 2, title: 'Giảm tối đa số trẻ bị bỏ rơi mới:', text: 'Đây là nhiệm vụ ưu tiên.' });
    expect(doc.recipients).toEqual({ entries: ['Các tỉnh uỷ, thành uỷ'], archive: 'Văn phòng Trung ương Đảng' });
    expect(doc.signature).toEqual({ authority: 'ky-thay', on: 'CHÁNH VĂN PHÒNG', position: 'PHÓ CHÁNH VĂN PHÒNG THƯỜNG TRỰC', name: 'Lâm Thị Phương Thanh' });
    expect(leftovers).toEqual(['Văn bản này chưa cập nhật nội dung Tiếng Anh']);
    expect(JSON.stringify(doc)).not.toMatch(/\*\*|__/);
  });

  it('unmarks lines one by one, joining only a short line whose emphasis stays open', () => {
    expect(unmark(['**CỘNG HÒA XÃ HỘI', 'CHỦ NGHĨA VIỆT NAM**', 'Độc lập']).map((l) => l.text)).toEqual(['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập']);
    expect(unmark(['*', '|', '**VĂN PHÒNG**']).map((l) => [l.text, l.strong, l.cellStart])).toEqual([['*', false, false], ['', false, false], ['VĂN PHÒNG', true, true]]);
  });
});

describe('typos and wrapped lines', () => {
  it('reads a number without its space, "Nơi nhận :" and a name typed in the wrong case', () => {
    const { document: doc, recognised } = read(
      lines('ỦY BAN NHÂN DÂN  TỈNH X', 'Số:134/TB-UBND', 'X,  ngày 5 tháng 3 năm 2021', 'THÔNG BÁO', 'Về việc A', 'Nội dung.', 'Nơi nhận :', '- Như trên;', '- Lưu: VT.', 'TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Nguyễn văn An'),
    );
    expect(doc.number).toEqual({ value: 134, typeCode: 'TB', issuerCode: 'UBND' });
    expect(doc.issuer.name).toBe('ỦY BAN NHÂN DÂN TỈNH X');
    expect(doc.date).toBe('2021-03-05');
    expect(doc.signature).toEqual({ authority: 'thay-mat', on: 'ỦY BAN NHÂN DÂN', position: 'CHỦ TỊCH', name: 'Nguyễn văn An' });
    expect(recognised).toContain('signature');
  });

  it('joins a line a copy broke in the middle of a sentence to its paragraph', () => {
    const { document: doc } = read(lines('THÔNG BÁO', 'Về việc A', 'Các đơn vị khẩn trương triển khai', 'thực hiện nghiêm túc.', 'Đoạn mới.'));
    expect(doc.body).toEqual([
      { type: 'paragraph', text: 'Các đơn vị khẩn trương triển khai thực hiện nghiêm túc.' },
      { type: 'paragraph', text: 'Đoạn mới.' },
    ]);
  });
});

describe('what the summary reports', () => {
  it('lists each required part not found, with the field to fill in', () => {
    const { missing, unplaced, document: doc } = read(lines('THÔNG BÁO', 'Về việc A', 'Nội dung.', 'Nơi nhận:', '- Sở A;', '- Lưu: VT.', 'KT. GIÁM ĐỐC', 'Lê Văn Cường'));
    expect(missing).toEqual([
      { part: 'issuer', path: 'issuer.name' },
      { part: 'number', path: 'number.issuerCode' },
      { part: 'place', path: 'place' },
      { part: 'date', path: 'date' },
      { part: 'position', path: 'signature.position' },
    ]);
    expect(doc.issuer.name).toBe(PLACEHOLDER);
    expect(unplaced).toEqual([]);
  });

  it('lists the frame lines it could not place (kept in the body)', () => {
    const long = 'Ghi chú: bản này gửi qua mạng, không gửi giấy theo quy định hiện hành của cơ quan, đơn vị và địa phương trong toàn tỉnh, kể cả các đơn vị trực thuộc Trung ương đóng trên địa bàn tỉnh nhà.';
    const { unplaced, unrecognisedLines, document: doc } = read(lines('THÔNG BÁO', 'Về việc A', 'Nội dung.', 'Nơi nhận:', '- Sở A;', '- Lưu: VT.', long, 'GIÁM ĐỐC', 'Lê Văn Cường'));
    expect(unplaced).toEqual([long]);
    expect(unrecognisedLines).toBe(1);
    expect(doc.body.map((b) => (b.type === 'paragraph' ? b.text : ''))).toContain(long);
  });
});
