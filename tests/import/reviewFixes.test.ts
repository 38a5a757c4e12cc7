// Defects found in review of the import: each test fails without its fix.
import { describe, expect, it } from 'vitest';
import { importDocx, importTextOrThrow } from '../../src/import';
import { makeDoc } from '../fixtures/docs';
import { cloneParagraph, edited, exported, xmlOf } from './wordEditFiles';

describe('importDocx: a line added in Word that the importer sets aside', () => {
  it('is offered as a leftover even when nothing else changed', async () => {
    const doc = makeDoc();
    const bytes = await exported(doc);
    const xml = xmlOf(bytes);
    const anchor = doc.signature.name;
    expect(xml.includes(anchor)).toBe(true);
    // A web address typed under the signer's name: page furniture to the importer.
    const file = edited(bytes, (x) => cloneParagraph(x, anchor, 'https://vanban.example.gov.vn/tb-134'));
    const result = await importDocx(file);
    expect(result.leftovers).toContain('https://vanban.example.gov.vn/tb-134');
  });
});

describe('an appendix whose "(Kèm theo …" line lost its ")"', () => {
  const body = Array.from({ length: 40 }, (_, i) => `Cơ sở thứ ${i + 1} hoạt động ổn định trên địa bàn huyện, phục vụ nhân dân trong năm qua.`);
  const text = [
    'UBND TỈNH BẮC GIANG',
    'SỞ THÔNG TIN VÀ TRUYỀN THÔNG',
    'Số: 12/BC-STTTT',
    'Bắc Giang, ngày 15 tháng 01 năm 2009',
    'BÁO CÁO',
    'Tổng kết công tác năm 2008',
    'Trong năm 2008, Sở đã hoàn thành các nhiệm vụ./.',
    'Nơi nhận:',
    '- UBND tỉnh;',
    '- Lưu: VT, VP.',
    'GIÁM ĐỐC',
    'Nguyễn Văn Diệu',
    'Phụ lục I',
    'CƠ SỞ BƯU CHÍNH TRÊN ĐỊA BÀN TỈNH',
    '(Kèm theo Báo cáo số 12/BC-STTTT ngày 15 tháng 01 năm 2009 của Sở Thông tin',
    ...body,
  ].join('\n');

  it('keeps the appendix content in its body, not in the reference', () => {
    const r = importTextOrThrow(text, { today: '2026-11-22' });
    const [a] = r.document.appendices ?? [];
    expect(a?.reference?.length ?? 0).toBeLessThan(300);
    const kept = (a?.body ?? []).map((b) => (b.type === 'paragraph' ? b.text : '')).join('\n');
    for (const line of body) expect(kept).toContain(line);
  });
});

describe('stars that are text, not emphasis', () => {
  const text = (...body: string[]): string =>
    [
      'UBND TỈNH BẮC GIANG',
      'Số: 12/BC-UBND',
      'Bắc Giang, ngày 15 tháng 01 năm 2024',
      'BÁO CÁO',
      'Tình hình kinh tế năm 2023',
      ...body,
      'Nơi nhận:',
      '- UBND tỉnh;',
      '- Lưu: VT.',
      'CHỦ TỊCH',
      'Nguyễn Văn An',
    ].join('\n');
  const paragraphs = (r: ReturnType<typeof importTextOrThrow>): string[] => r.document.body.map((b) => (b.type === 'paragraph' ? b.text : ''));

  it('keeps a note mark "(*)" and reads the closing under it', () => {
    const r = importTextOrThrow(text('Các chỉ tiêu (*) tính theo giá 2010.', 'Ghi chú: (*) ước tính; (**) sơ bộ.'), { today: '2024-05-06' });
    expect(paragraphs(r)).toEqual(['Các chỉ tiêu (*) tính theo giá 2010.', 'Ghi chú: (*) ước tính; (**) sơ bộ.']);
    expect(r.document.recipients).toEqual({ entries: ['UBND tỉnh'], archive: 'VT' });
    expect(r.document.signature.name).toBe('Nguyễn Văn An');
  });

  it('does not join the lines under a star bullet or a product', () => {
    const r = importTextOrThrow(text('* Kết quả đạt được:', 'Sản lượng tăng 5*3 lần so với năm trước.'), { today: '2024-05-06' });
    expect(paragraphs(r)).toHaveLength(2);
    expect(paragraphs(r)[1]).toBe('Sản lượng tăng 5*3 lần so với năm trước.');
    expect(r.document.recipients).toEqual({ entries: ['UBND tỉnh'], archive: 'VT' });
    expect(r.document.signature.name).toBe('Nguyễn Văn An');
  });
});

describe('"Kính gửi:" on a line of its own', () => {
  const text = (...mid: string[]): string =>
    [
      'UBND TỈNH BẮC GIANG',
      'SỞ TÀI CHÍNH',
      'Số: 12/STC-NS',
      'Bắc Giang, ngày 15 tháng 01 năm 2024',
      'V/v hướng dẫn lập dự toán',
      ...mid,
      'Nơi nhận:',
      '- Như trên;',
      '- Lưu: VT.',
      'GIÁM ĐỐC',
      'Nguyễn Văn An',
    ].join('\n');
  const bodyText = (r: ReturnType<typeof importTextOrThrow>): string[] => r.document.body.map((b) => (b.type === 'paragraph' ? b.text : ''));

  it('reads the one addressee under it, typed without an end mark', () => {
    const r = importTextOrThrow(text('Kính gửi:', 'Ủy ban nhân dân các huyện, thành phố', 'Thực hiện Quyết định số 10/QĐ-UBND, Sở Tài chính hướng dẫn như sau:'), { today: '2024-05-06' });
    expect(r.document.addressees).toEqual(['Ủy ban nhân dân các huyện, thành phố']);
    expect(bodyText(r)).toEqual(['Thực hiện Quyết định số 10/QĐ-UBND, Sở Tài chính hướng dẫn như sau:']);
  });

  it('keeps the label in the body when running text follows it', () => {
    const r = importTextOrThrow(text('Kính gửi:', 'Thực hiện Quyết định số 10/QĐ-UBND, Sở Tài chính hướng dẫn như sau:', 'Các đơn vị lập dự toán đúng hạn.'), { today: '2024-05-06' });
    expect(r.document.addressees).toBeUndefined();
    expect(bodyText(r)[0]).toBe('Kính gửi:');
  });
});

describe('a body sentence that opens like a portal footer', () => {
  it('stays in the body; the footer itself is still set aside', () => {
    const r = importTextOrThrow(
      [
        'UBND TỈNH BẮC GIANG',
        'Số: 12/KH-UBND',
        'Bắc Giang, ngày 15 tháng 01 năm 2024',
        'KẾ HOẠCH',
        'Tuyên truyền pháp luật năm 2024',
        'Sở Tư pháp chủ trì triển khai kế hoạch.',
        'Cổng thông tin điện tử tỉnh có trách nhiệm đăng tải văn bản này.',
        'Bản quyền tác giả và quyền liên quan được tuyên truyền rộng rãi.',
        'Cổng thông tin điện tử tỉnh Bắc Giang',
        'Nơi nhận:',
        '- Như trên;',
        '- Lưu: VT.',
        'CHỦ TỊCH',
        'Nguyễn Văn An',
      ].join('\n'),
      { today: '2024-05-06' },
    );
    const body = r.document.body.map((b) => (b.type === 'paragraph' ? b.text : ''));
    expect(body).toEqual([
      'Sở Tư pháp chủ trì triển khai kế hoạch.',
      'Cổng thông tin điện tử tỉnh có trách nhiệm đăng tải văn bản này.',
      'Bản quyền tác giả và quyền liên quan được tuyên truyền rộng rãi.',
    ]);
    expect(r.leftovers).toEqual(['Cổng thông tin điện tử tỉnh Bắc Giang']);
  });
});

describe('an appendix whose content is all in capitals', () => {
  it('keeps a title of a few lines and the rest as content, so the import still validates', () => {
    const rows = Array.from({ length: 30 }, (_, i) => `ĐƠN VỊ SỐ ${i + 1} THUỘC SỞ`);
    const text = [
      'ỦY BAN NHÂN DÂN TỈNH AN GIANG',
      'Số: 12/BC-UBND',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'An Giang, ngày 05 tháng 3 năm 2026',
      'BÁO CÁO',
      'Kết quả thực hiện nhiệm vụ năm 2025',
      'Năm 2025, tỉnh đã hoàn thành các nhiệm vụ được giao.',
      'Nơi nhận:',
      '- Như trên;',
      '- Lưu: VT.',
      'TM. ỦY BAN NHÂN DÂN',
      'CHỦ TỊCH',
      'Nguyễn Văn A',
      'PHỤ LỤC I',
      'DANH SÁCH ĐƠN VỊ',
      ...rows,
    ].join('\n');
    const result = importTextOrThrow(text, { today: '2026-03-10' });
    const appendix = result.document.appendices?.[0];
    expect(appendix).toBeDefined();
    expect(appendix?.title.split('\n').length ?? 0).toBeLessThanOrEqual(4);
    expect(JSON.stringify(appendix?.body)).toContain('ĐƠN VỊ SỐ 30 THUỘC SỞ');
  });
});
