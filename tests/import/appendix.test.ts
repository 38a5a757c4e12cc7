// Appendices after the closing of a pasted text or a foreign .docx come back as appendices.
import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { compose } from '../../src/compose';
import { importDocx, importTextOrThrow } from '../../src/import';
import { rasterizeSvgNode } from '../../src/render/chart/rasterNode';
import { renderDocx } from '../../src/render/docx';
import { findTemplate } from '../../src/templates';

const TEXT = [
  'UBND TỈNH BẮC GIANG',
  'SỞ THÔNG TIN VÀ TRUYỀN THÔNG',
  'Số: 12/BC-STTTT',
  'Bắc Giang, ngày 15 tháng 01 năm 2009',
  'BÁO CÁO',
  'Tổng kết công tác năm 2008',
  'Trong năm 2008, Sở đã hoàn thành các nhiệm vụ (chi tiết tại Phụ lục I kèm theo)./.',
  'Nơi nhận:',
  '- UBND tỉnh;',
  '- Lưu: VT, VP.',
  'GIÁM ĐỐC',
  'Nguyễn Văn Diệu',
  'Phụ lục I',
  'CƠ SỞ BƯU CHÍNH TRÊN ĐỊA BÀN TỈNH',
  '(Kèm theo Báo cáo số 12/BC-STTTT ngày 15 tháng 01 năm 2009)',
  '-----',
  'Toàn tỉnh có 231 cơ sở bưu điện.',
  '- Bưu cục: 46',
  'PHỤ LỤC II: DANH SÁCH DỰ ÁN',
  'Có 11 dự án được thẩm định.',
].join('\n');

describe('appendices in an imported text', () => {
  const r = importTextOrThrow(TEXT, { today: '2026-11-22' });

  it('reads each Phụ lục with its title, reference and content', () => {
    expect(r.recognised).toContain('appendices');
    const [a, b] = r.document.appendices ?? [];
    expect(a?.title).toBe('CƠ SỞ BƯU CHÍNH TRÊN ĐỊA BÀN TỈNH');
    expect(a?.reference).toBe('(Kèm theo Báo cáo số 12/BC-STTTT ngày 15 tháng 01 năm 2009)');
    expect(a?.body).toEqual([
      { type: 'paragraph', text: 'Toàn tỉnh có 231 cơ sở bưu điện.' },
      { type: 'list', marker: '-', items: ['Bưu cục: 46'] },
    ]);
    expect(b?.title).toBe('DANH SÁCH DỰ ÁN');
    expect(b?.body).toEqual([{ type: 'paragraph', text: 'Có 11 dự án được thẩm định.' }]);
  });

  it('leaves the closing and a mention of "Phụ lục I" in the body alone', () => {
    expect(r.document.signature).toMatchObject({ position: 'GIÁM ĐỐC', name: 'Nguyễn Văn Diệu' });
    expect(r.document.recipients.archive).toBe('VT, VP');
    expect(JSON.stringify(r.document.body)).toContain('chi tiết tại Phụ lục I kèm theo');
  });
});

describe('appendices in a .docx made by another program', () => {
  it('come back from the sample report once its embedded Document is removed', async () => {
    const sample = findTemplate('sample-003-bao-cao-tong-ket-so-tttt-bac-giang')!;
    const bytes = await renderDocx(compose(sample.document), sample.document, { rasterize: (svg, w) => rasterizeSvgNode(svg, w) });
    const files = unzipSync(bytes);
    for (const name of Object.keys(files)) if (name.startsWith('customXml/')) delete files[name];
    const r = await importDocx(zipSync(files));
    expect(r.document.appendices).toHaveLength(1);
    expect(r.document.appendices?.[0]?.title).toBe('CƠ SỞ BƯU CHÍNH TRÊN ĐỊA BÀN TỈNH NĂM 2008');
    expect(r.document.appendices?.[0]?.reference).toMatch(/^\(Kèm theo Báo cáo số 12\/BC-STTTT/u);
  });
});
