// compose gives each Layout block the Document path it came from (block.source), so the preview
// can lead a click back to the field; the DOCX does not change for it.
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { compose, type Layout, type LayoutBlock } from '../../src/compose';
import { renderDocx } from '../../src/render/docx';
import { blockKey } from '../../src/render/html/measure';
import { makeDoc } from '../fixtures/docs';

/** Every block with its source, table cells included, in order. */
function sourced(layout: Layout): { role: string; source: string | undefined; text: string }[] {
  const out: { role: string; source: string | undefined; text: string }[] = [];
  const walk = (blocks: readonly LayoutBlock[]) => {
    for (const b of blocks) {
      out.push({ role: b.role, source: b.source, text: b.type === 'paragraph' ? b.runs.map((r) => r.text).join('') : '' });
      if (b.type === 'table') for (const row of b.rows) for (const cell of row.cells) walk(cell.blocks);
    }
  };
  for (const s of layout.sections) walk(s.blocks);
  return out;
}

function strip(layout: Layout): Layout {
  return JSON.parse(JSON.stringify(layout, (k, v: unknown) => (k === 'source' ? undefined : v))) as Layout;
}

const doc = makeDoc({
  addressees: ['Sở Tài chính'],
  recipients: { entries: ['Như trên', '', 'Lưu trữ tỉnh'], archive: 'VT' },
  body: [
    { type: 'paragraph', text: 'Mở đầu.' },
    { type: 'heading', level: 1, title: 'Đánh giá' },
    { type: 'list', marker: '-', items: ['Một', 'Hai'] },
    { type: 'table', caption: 'Bảng 1', header: ['A', 'B'], rows: [['a1', 'b1']] },
    { type: 'paragraph', text: 'Kết thúc.' },
  ],
  appendices: [{ title: 'Danh mục', body: [{ type: 'paragraph', text: 'Nội dung phụ lục.' }] }],
});

describe('block sources', () => {
  const blocks = sourced(compose(doc));
  const sourceOf = (role: string, text?: string) => blocks.find((b) => b.role === role && (text === undefined || b.text.includes(text)))?.source;

  it('names the header, title and closing fields', () => {
    expect(sourceOf('parent')).toBe('issuer.parent');
    expect(sourceOf('issuer')).toBe('issuer.name');
    expect(sourceOf('number')).toBe('number');
    expect(sourceOf('place-date')).toBe('place');
    expect(sourceOf('summary')).toBe('title.summary');
    expect(sourceOf('addressees')).toBe('addressees');
    expect(sourceOf('position')).toBe('signature.position');
    expect(sourceOf('signer-name')).toBe('signature.name');
  });

  it('names each Nơi nhận entry by its index, skipping the blank one, then the archive', () => {
    expect(sourceOf('recipient', 'Như trên')).toBe('recipients.entries.0');
    expect(sourceOf('recipient', 'Lưu trữ tỉnh')).toBe('recipients.entries.2');
    expect(sourceOf('recipient', 'VT')).toBe('recipients.archive');
  });

  it('names body blocks, list items and table cells', () => {
    expect(sourceOf('body', 'Mở đầu')).toBe('body.0');
    expect(sourceOf('heading-1')).toBe('body.1');
    expect(sourceOf('list-item', 'Hai')).toBe('body.2.items.1');
    expect(sourceOf('table-caption')).toBe('body.3');
    expect(sourceOf('body-table')).toBe('body.3');
    expect(sourceOf('table-cell', 'B')).toBe('body.3.header.1');
    expect(sourceOf('table-cell', 'a1')).toBe('body.3.rows.0.0');
    expect(sourceOf('body', 'Kết thúc')).toBe('body.4');
  });

  it('names the appendix title and its own body', () => {
    expect(sourceOf('appendix-title')).toBe('appendices.0.title');
    expect(sourceOf('appendix-reference')).toBe('appendices.0.reference');
    expect(sourceOf('body', 'Nội dung phụ lục')).toBe('appendices.0.body.0');
  });

  it('leaves the rule book’s fixed lines without a source', () => {
    expect(sourceOf('national')).toBeUndefined();
  });

  it('does not make the preview measure a block again that only moved', () => {
    const layout = compose(doc);
    const moved = compose({ ...doc, body: [{ type: 'paragraph', text: 'Mới.' }, ...doc.body] });
    const para = (l: Layout, source: string) => l.sections[0]!.blocks.find((b) => b.source === source) as LayoutBlock;
    expect(para(moved, 'body.1').source).not.toBe(para(layout, 'body.0').source);
    expect(blockKey(para(moved, 'body.1'))).toBe(blockKey(para(layout, 'body.0')));
  });

  it('changes nothing in the DOCX', async () => {
    const layout = compose(doc);
    const xml = async (l: Layout) => strFromU8(unzipSync(await renderDocx(l))['word/document.xml'] as Uint8Array);
    expect(await xml(layout)).toBe(await xml(strip(layout)));
  });
});
