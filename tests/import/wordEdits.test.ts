// A Vanban DOCX edited in Word after export: the text in the file is the truth, the embedded
// Document a guide. Each sample is exported, its word/document.xml edited as Word would (a run's
// text replaced, a paragraph cloned or deleted), and imported again: every edit is in the
// Document and in `changes`, and nothing else moved.
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { changeMessage, importDocx, type ImportChange } from '../../src/import';
import { parseDocument, type Block, type Document } from '../../src/model';
import { formatNumberVi } from '../../src/standards';
import { SAMPLES } from '../../src/templates';
import { createI18n } from '../../src/i18n';
import { cloneParagraph, count, edited, esc, exported, plainParagraph, removeParagraph, replaceText, withBlock, xmlOf } from './wordEditFiles';

const samples = SAMPLES.map((s) => [s.id, s.document] as const);

describe('importDocx: a Vanban file edited in Word', () => {
  it.each(samples)('%s: unchanged, imports exactly with no changes', async (_id, doc) => {
    const result = await importDocx(await exported(doc));
    expect(result.document).toEqual(doc);
    expect(result.changes).toEqual([]);
  });

  it.each(samples)("%s: the signer's name", async (_id, doc) => {
    const bytes = await exported(doc);
    const file = edited(bytes, (xml) => replaceText(xml, doc.signature.name, 'Trần Thị Bình'));
    const result = await importDocx(file);
    expect(result.document).toEqual({ ...doc, signature: { ...doc.signature, name: 'Trần Thị Bình' } });
    expect(result.changes).toEqual([{ path: 'signature.name', kind: 'changed', before: doc.signature.name, after: 'Trần Thị Bình' }]);
  });

  it.each(samples)('%s: the number', async (_id, doc) => {
    const value = doc.number.value as number;
    const file = edited(await exported(doc), (xml) => {
      const re = new RegExp(`(>Số:? )${value}([/-])`);
      expect(re.test(xml)).toBe(true);
      return xml.replace(re, `$1${value + 1}$2`);
    });
    const result = await importDocx(file);
    expect(result.document).toEqual({ ...doc, number: { ...doc.number, value: value + 1 } });
    expect(result.changes).toEqual([{ path: 'number.value', kind: 'changed', before: value, after: value + 1 }]);
  });

  it.each(samples)('%s: the date', async (_id, doc) => {
    const [y, m, d] = doc.date.split('-').map(Number) as [number, number, number];
    const day = d >= 28 ? d - 1 : d + 1;
    const file = edited(await exported(doc), (xml) => {
      const re = new RegExp(`(${esc(doc.place)}, ngày )\\d+( tháng)`);
      expect(re.test(xml)).toBe(true);
      return xml.replace(re, `$1${String(day).padStart(2, '0')}$2`);
    });
    const date = `${y}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const result = await importDocx(file);
    expect(result.document).toEqual({ ...doc, date });
    expect(result.changes).toEqual([{ path: 'date', kind: 'changed', before: doc.date, after: date }]);
  });

  it.each(samples)('%s: the issuer', async (_id, doc) => {
    // The line printed as given (upper case in these samples): its last word replaced.
    const field = doc.issuer.parent ? 'parent' : 'name';
    const old = doc.issuer[field] as string;
    const next = old.replace(/\S+$/u, 'NAM');
    const file = edited(await exported(doc), (xml) => replaceText(xml, old, next));
    const result = await importDocx(file);
    expect(result.document).toEqual({ ...doc, issuer: { ...doc.issuer, [field]: next } });
    expect(result.changes).toEqual([{ path: `issuer.${field}`, kind: 'changed', before: old, after: next }]);
  });

  it.each(samples)('%s: the trích yếu', async (_id, doc) => {
    const last = doc.title.summary.split('\n').pop() as string;
    const file = edited(await exported(doc), (xml) => replaceText(xml, last, `${last} và chuyển đổi số`));
    const result = await importDocx(file);
    // The trích yếu's own line breaks ("\n") are kept around the edit.
    const summary = `${doc.title.summary} và chuyển đổi số`;
    expect(result.document).toEqual({ ...doc, title: { ...doc.title, summary } });
    expect(result.changes).toEqual([{ path: 'title.summary', kind: 'changed', before: doc.title.summary, after: summary }]);
  });

  it.each(samples)('%s: a heading', async (_id, doc) => {
    const xml = xmlOf(await exported(doc));
    const i = doc.body.findIndex((b) => b.type === 'heading' && b.title.length > 10 && count(xml, b.title) === 1);
    expect(i).toBeGreaterThanOrEqual(0);
    const heading = doc.body[i] as Extract<Block, { type: 'heading' }>;
    const title = heading.title.replace(/^(.*?)([:.]?)$/u, '$1 và chuyển đổi số$2');
    const result = await importDocx(edited(await exported(doc), (x) => replaceText(x, heading.title, title)));
    const after: Block = { ...heading, title };
    expect(result.document).toEqual({ ...doc, body: withBlock(doc.body, i, after) });
    expect(result.changes).toEqual([{ path: `body.${i}`, kind: 'changed', before: heading, after }]);
  });

  const REWRITTEN = 'Đoạn này đã được viết lại hoàn toàn trong Word sau khi xuất tệp, để thử việc nhập lại.';

  it.each(samples)('%s: a paragraph rewritten', async (_id, doc) => {
    const bytes = await exported(doc);
    const i = plainParagraph(doc, xmlOf(bytes));
    const old = doc.body[i] as Block;
    const result = await importDocx(edited(bytes, (xml) => replaceText(xml, (old as { text: string }).text, REWRITTEN)));
    const after: Block = { type: 'paragraph', text: REWRITTEN };
    expect(result.document).toEqual({ ...doc, body: withBlock(doc.body, i, after) });
    expect(result.changes).toEqual([{ path: `body.${i}`, kind: 'changed', before: old, after }]);
  });

  it.each(samples)('%s: a paragraph added', async (_id, doc) => {
    const bytes = await exported(doc);
    const i = plainParagraph(doc, xmlOf(bytes));
    const text = (doc.body[i] as { text: string }).text;
    const result = await importDocx(edited(bytes, (xml) => cloneParagraph(xml, text, REWRITTEN)));
    const added: Block = { type: 'paragraph', text: REWRITTEN };
    expect(result.document).toEqual({ ...doc, body: [...doc.body.slice(0, i + 1), added, ...doc.body.slice(i + 1)] });
    expect(result.changes).toEqual([{ path: `body.${i + 1}`, kind: 'added', after: added }]);
  });

  it.each(samples)('%s: a paragraph removed', async (_id, doc) => {
    const bytes = await exported(doc);
    const i = plainParagraph(doc, xmlOf(bytes));
    const old = doc.body[i] as { text: string } & Block;
    const result = await importDocx(edited(bytes, (xml) => removeParagraph(xml, old.text)));
    expect(result.document).toEqual({ ...doc, body: doc.body.filter((_b, k) => k !== i) });
    expect(result.changes).toEqual([{ path: `body.${i}`, kind: 'removed', before: old }]);
  });

  it.each(samples)('%s: a Nơi nhận entry added', async (_id, doc) => {
    const first = doc.recipients.entries[0] as string;
    const result = await importDocx(edited(await exported(doc), (xml) => cloneParagraph(xml, `- ${first}`, '- Sở Nội vụ')));
    const entries = [first, 'Sở Nội vụ', ...doc.recipients.entries.slice(1)];
    expect(result.document).toEqual({ ...doc, recipients: { ...doc.recipients, entries } });
    expect(result.changes).toEqual([{ path: 'recipients.entries.1', kind: 'added', after: 'Sở Nội vụ' }]);
  });

  it.each(samples)('%s: a Nơi nhận entry removed', async (_id, doc) => {
    const second = doc.recipients.entries[1] as string;
    const result = await importDocx(edited(await exported(doc), (xml) => removeParagraph(xml, `- ${second}`)));
    const entries = doc.recipients.entries.filter((_e, k) => k !== 1);
    expect(result.document).toEqual({ ...doc, recipients: { ...doc.recipients, entries } });
    expect(result.changes).toEqual([{ path: 'recipients.entries.1', kind: 'removed', before: second }]);
  });

  it('a list item: the list keeps its marker, the item takes the new text', async () => {
    const doc = (SAMPLES.find((t) => t.document.body.some((b) => b.type === 'list')) as (typeof SAMPLES)[number]).document;
    const i = doc.body.findIndex((b) => b.type === 'list');
    const list = doc.body[i] as Extract<Block, { type: 'list' }>;
    const item = list.items[0] as string;
    const file = edited(await exported(doc), (xml) => replaceText(xml, item, 'Mục này đã được sửa trong Word.'));
    const result = await importDocx(file);
    const after: Block = { ...list, items: ['Mục này đã được sửa trong Word.', ...list.items.slice(1)] };
    delete (after as { itemMarks?: unknown }).itemMarks;
    expect(result.document).toEqual({ ...doc, body: withBlock(doc.body, i, after) });
    expect(result.changes).toEqual([{ path: `body.${i}`, kind: 'changed', before: list, after }]);
  });

  it("a table cell in an appendix: the table keeps its widths and alignment", async () => {
    const t = SAMPLES.find((x) => x.document.appendices?.some((a) => a.body.some((b) => b.type === 'table')));
    const doc = (t as (typeof SAMPLES)[number]).document;
    const appendix = (doc.appendices ?? [])[0] as NonNullable<Document['appendices']>[number];
    const k = appendix.body.findIndex((b) => b.type === 'table');
    const table = appendix.body[k] as Extract<Block, { type: 'table' }>;
    const cell = (table.rows[0] as string[])[1] as string;
    const file = edited(await exported(doc), (xml) => {
      const at = `>${esc(cell)}</w:t>`;
      expect(xml.split(at).length - 1).toBe(1);
      return xml.replace(at, '>999</w:t>');
    });
    const result = await importDocx(file);
    const rows = table.rows.map((r, n) => (n === 0 ? r.map((c, m) => (m === 1 ? '999' : c)) : r));
    const after: Block = { ...table, rows };
    const appendices = [{ ...appendix, body: withBlock(appendix.body, k, after) }, ...(doc.appendices ?? []).slice(1)];
    expect(result.document).toEqual({ ...doc, appendices });
    expect(result.changes).toEqual([{ path: `appendices.0.body.${k}`, kind: 'changed', before: table, after }]);
  });

  it('a figure in a Bảng chỉ tiêu: the block stays a Bảng chỉ tiêu with the new figure', async () => {
    const doc = (SAMPLES.find((t) => t.document.body.some((b) => b.type === 'indicators')) as (typeof SAMPLES)[number]).document;
    const bytes = await exported(doc);
    const xml = xmlOf(bytes);
    const i = doc.body.findIndex((b) => b.type === 'indicators');
    const block = doc.body[i] as Extract<Block, { type: 'indicators' }>;
    // A figure printed once in the file, so that the edit is unambiguous.
    const spots = block.rows.flatMap((row, r) => (['plan', 'actual', 'previous'] as const).map((key) => ({ r, key, value: row[key] })));
    const spot = spots.find((x) => x.value !== null && xml.split(`>${formatNumberVi(x.value)}</w:t>`).length === 2);
    expect(spot).toBeDefined();
    const { r, key, value } = spot as { r: number; key: 'plan' | 'actual' | 'previous'; value: number };
    const file = edited(bytes, (x) => x.replace(`>${formatNumberVi(value)}</w:t>`, `>${formatNumberVi(value + 7)}</w:t>`));
    const result = await importDocx(file);
    const after: Block = { ...block, rows: block.rows.map((row, n) => (n === r ? { ...row, [key]: value + 7 } : row)) };
    expect(result.document).toEqual({ ...doc, body: withBlock(doc.body, i, after) });
    expect(result.changes).toEqual([{ path: `body.${i}`, kind: 'changed', before: block, after }]);
  });

  it('an embedded part saved again with every quote as an entity (as LibreOffice does) still guides', async () => {
    const doc = (SAMPLES[0] as (typeof SAMPLES)[number]).document;
    const files = unzipSync(await exported(doc));
    const item = strFromU8(files['customXml/item1.xml'] as Uint8Array);
    const open = item.indexOf('>', item.indexOf('<vanban')) + 1;
    const json = item.slice(open, item.lastIndexOf('</vanban>'));
    expect(json).toContain('"');
    files['customXml/item1.xml'] = strToU8(item.replace(json, json.replace(/"/g, '&quot;')));
    const result = await importDocx(zipSync(files));
    expect(result.document).toEqual(doc);
    expect(result.changes).toEqual([]);
  });

  it('a blank day filled in by hand: the date takes it and is no longer blank', async () => {
    const sample = (SAMPLES[0] as (typeof SAMPLES)[number]).document;
    const parsed = parseDocument({ ...sample, dateBlank: 'day' });
    if (!parsed.ok) throw new Error('a blank day is a valid Document');
    const doc = parsed.document;
    const [y, m] = doc.date.split('-') as [string, string, string];
    const file = edited(await exported(doc), (xml) => {
      const re = new RegExp(`(${esc(doc.place)}, ngày)[\\s\u00A0]+( tháng)`);
      expect(re.test(xml)).toBe(true);
      return xml.replace(re, '$1 15$2');
    });
    const result = await importDocx(file);
    const { dateBlank: _blank, ...filled } = doc;
    expect(result.document).toEqual({ ...filled, date: `${y}-${m}-15` });
    expect(result.changes).toEqual(
      expect.arrayContaining([
        { path: 'date', kind: 'changed', before: doc.date, after: `${y}-${m}-15` },
        { path: 'dateBlank', kind: 'removed', before: 'day' },
      ]),
    );
  });

  it('several edits at once are all kept and all listed', async () => {
    const doc = (SAMPLES[0] as (typeof SAMPLES)[number]).document;
    const bytes = await exported(doc);
    const i = plainParagraph(doc, xmlOf(bytes));
    const old = doc.body[i] as { text: string } & Block;
    const file = edited(bytes, (xml) =>
      removeParagraph(replaceText(xml, doc.signature.name, 'Trần Thị Bình'), `- ${doc.recipients.entries[1] as string}`).replace(esc(old.text), esc(REWRITTEN)),
    );
    const result = await importDocx(file);
    expect(result.document.signature.name).toBe('Trần Thị Bình');
    expect(result.document.body[i]).toEqual({ type: 'paragraph', text: REWRITTEN });
    expect(result.document.recipients.entries).toEqual(doc.recipients.entries.filter((_e, k) => k !== 1));
    expect(result.changes?.map((c) => c.path).sort()).toEqual([`body.${i}`, 'recipients.entries.1', 'signature.name'].sort());
  });
});

describe('changeMessage', () => {
  const vi = createI18n('vi');
  const en = createI18n('en');
  const say = (c: ImportChange, i = vi): string => changeMessage(c, (k, p) => i.t(k, p));

  it('says what changed, in Vietnamese and in English', () => {
    expect(say({ path: 'signature.name', kind: 'changed', before: 'Nguyễn Văn A', after: 'Trần Thị B' })).toBe('Người ký: Nguyễn Văn A → Trần Thị B');
    expect(say({ path: 'signature.name', kind: 'changed', before: 'Nguyễn Văn A', after: 'Trần Thị B' }, en)).toBe('Signer: Nguyễn Văn A → Trần Thị B');
    expect(say({ path: 'number.value', kind: 'changed', before: 134, after: 135 })).toBe('Số: 134 → 135');
    expect(say({ path: 'date', kind: 'changed', before: '2019-02-13', after: '2019-02-14' })).toBe('Ngày ban hành: 13/02/2019 → 14/02/2019');
    expect(say({ path: 'body.2', kind: 'changed', before: { type: 'paragraph', text: 'Cũ.' }, after: { type: 'paragraph', text: 'Mới.' } })).toBe('Đoạn 3 đã sửa: “Mới.”');
    expect(say({ path: 'body.4', kind: 'removed', before: { type: 'heading', level: 2, title: 'Nhiệm vụ' } }, en)).toBe('Removed heading 5: “Nhiệm vụ”');
    expect(say({ path: 'recipients.entries.1', kind: 'added', after: 'Sở Nội vụ' })).toBe('Thêm 1 nơi nhận: Sở Nội vụ');
    expect(say({ path: 'recipients.entries.1', kind: 'removed', before: 'Sở Nội vụ' }, en)).toBe('Removed 1 recipient: Sở Nội vụ');
    expect(say({ path: 'appendices.0.body.1', kind: 'added', after: { type: 'paragraph', text: 'Ghi chú.' } })).toBe('Phụ lục 1 – Thêm đoạn 2: “Ghi chú.”');
    expect(say({ path: 'title.author', kind: 'removed', before: 'CỦA BAN THƯỜNG VỤ' })).toBe('Dòng tác giả: bỏ “CỦA BAN THƯỜNG VỤ”');
    expect(say({ path: 'dateBlank', kind: 'removed', before: 'day' })).toBe('Đã điền ngày vào chỗ để trống của ngày ban hành');
  });
});

describe('vanban import of an edited Vanban DOCX', () => {
  it('prints each change on its own line', async () => {
    const { mkdtempSync, writeFileSync, readFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { main } = await import('../../src/cli/main');
    const doc = (SAMPLES[0] as (typeof SAMPLES)[number]).document;
    const dir = mkdtempSync(join(tmpdir(), 'vanban-edits-'));
    const input = join(dir, 'edited.docx');
    const second = doc.recipients.entries[1] as string;
    writeFileSync(
      input,
      edited(await exported(doc), (xml) => removeParagraph(replaceText(xml, doc.signature.name, 'Trần Thị Bình'), `- ${second}`)),
    );
    const out: string[] = [];
    const err: string[] = [];
    const code = await main(['import', input, '-o', join(dir, 'out.json')], { out: (l) => out.push(l), err: (l) => err.push(l) });
    expect(code).toBe(0);
    expect(out).toEqual([
      'Tệp đã được sửa sau khi xuất từ Vanban; bản nháp lấy theo nội dung trong tệp:',
      `- Bỏ 1 nơi nhận: ${second}`,
      `- Người ký: ${doc.signature.name} → Trần Thị Bình`,
    ]);
    const written = JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8')) as Document;
    expect(written.signature.name).toBe('Trần Thị Bình');
  });
});
