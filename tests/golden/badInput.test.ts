// Bad input gets a clear message and loses nothing: huge documents still render, hostile text
// still makes a DOCX that Word can open (well-formed XML) and a PDF.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compose } from '../../src/compose';
import { importText } from '../../src/import';
import { parseDocument } from '../../src/model';
import { renderDocx } from '../../src/render/docx';
import { renderPdfNode } from '../../src/render/pdf/node';
import { makeDoc } from '../fixtures/docs';
import { parseXml, readDocx } from './docxReader';

const dir = mkdtempSync(join(tmpdir(), 'vanban-bad-'));
const pdfText = (bytes: Uint8Array): string => {
  const f = join(dir, `${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(f, bytes);
  return execFileSync('pdftotext', ['-layout', f, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).normalize('NFC');
};

describe('hostile text in fields', () => {
  const hostile = 'A\u0001B\u0007C\u000bD\uFFFE E\uD800F 😀 ✅ Thông báo'.normalize('NFD') + '\r\nxuống dòng';
  const doc = makeDoc({
    title: { summary: hostile },
    issuer: { name: `VĂN\u0000 PHÒNG 🏛️` },
    body: [{ type: 'paragraph', text: hostile }, { type: 'list', marker: '-', items: [hostile] }],
    recipients: { entries: [hostile], archive: 'VT' },
    signature: { authority: 'none', position: 'GIÁM ĐỐC', name: 'Nguyễn Văn A\u0008' },
  });

  it('drops the characters XML cannot hold, keeps the rest, normalises to NFC', () => {
    expect(doc.title.summary).toBe('ABCD EF 😀 ✅ Thông báo\nxuống dòng');
    expect(doc.title.summary).toBe(doc.title.summary.normalize('NFC'));
    expect(doc.signature.name).toBe('Nguyễn Văn A');
  });

  it('still makes a well-formed DOCX and a PDF with the text', async () => {
    const layout = compose(doc);
    const parts = readDocx(await renderDocx(layout, doc));
    for (const [name, xml] of Object.entries(parts.files)) {
      const parsed = parseXml(xml);
      expect(parsed.getElementsByTagName('parsererror').length, name).toBe(0);
    }
    expect(parts.files['word/document.xml']).toContain('Thông báo');
    const text = pdfText(await renderPdfNode(layout));
    expect(text).toContain('Thông báo');
    expect(text).toContain('xuống dòng');
  });
});

describe('very large documents', () => {
  it('renders 10,000 Nơi nhận entries to DOCX and PDF without losing one', async () => {
    const entries = Array.from({ length: 10_000 }, (_, i) => `Đơn vị nhận số ${i + 1}`);
    const doc = makeDoc({ recipients: { entries, archive: 'VT, TH' } });
    const layout = compose(doc);
    const docx = readDocx(await renderDocx(layout, doc));
    const recipientParas = docx.paragraphs.filter((p) => p.text.startsWith('- Đơn vị nhận số '));
    expect(recipientParas).toHaveLength(10_000);
    const text = pdfText(await renderPdfNode(layout));
    expect(text).toContain('- Đơn vị nhận số 1;');
    expect(text).toContain('- Đơn vị nhận số 10000;');
    expect(text).toContain('- Lưu: VT, TH.');
  });

  it('imports a 200-page paste into a draft that renders, keeping every paragraph', async () => {
    const paragraph = (i: number) =>
      `Đoạn ${i}: năm 2026, ngành đã tập trung triển khai đồng bộ các nhiệm vụ, giải pháp; công tác tham mưu được thực hiện kịp thời, đúng quy định, hạ tầng công nghệ thông tin tiếp tục được đầu tư.`;
    const lines = Array.from({ length: 200 * 12 }, (_, i) => paragraph(i + 1));
    const paste = lines.join('\n\n');
    expect(paste.length).toBeGreaterThan(400_000);
    const result = importText(paste);
    const doc = parseDocument(result.document);
    expect(doc.ok).toBe(true);
    const all = JSON.stringify(result.document);
    for (const i of [1, 1200, 2400]) expect(all).toContain(`Đoạn ${i}:`);
    const layout = compose(result.document);
    const bytes = await renderDocx(layout, result.document);
    expect(readDocx(bytes).files['word/document.xml']).toContain('Đoạn 2400:');
  });
});
