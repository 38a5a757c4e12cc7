// Where each Layout block came from in the Document (block.source): the preview leads a click
// back to the field, and outlines the blocks of the field being edited. Set here, once, after the
// parts are composed, so that the composers keep to the rule book; DOCX and PDF ignore it.
import type { Block } from '../model';
import type { LayoutBlock, ParagraphBlock, Role, TableBlock } from './layout';

/** Parts of the page that show one field of the Document. */
const ROLE_SOURCES: Partial<Record<Role, string>> = {
  parent: 'issuer.parent',
  issuer: 'issuer.name',
  'issuer-mark': 'issuer.name',
  number: 'number',
  urgency: 'marks.urgency',
  secrecy: 'marks.secrecy',
  'place-date': 'place',
  'type-name': 'title.typeName',
  author: 'title.author',
  summary: 'title.summary',
  'summary-mark': 'title.summary',
  addressees: 'addressees',
  'recipients-label': 'recipients',
  recipient: 'recipients',
  authority: 'signature.authority',
  position: 'signature.position',
  // The blank space for the signature is where a copy's "(đã ký)" note goes.
  'signature-space': 'signature.signedNote',
  'signed-note': 'signature.signedNote',
  'signer-name': 'signature.name',
};

function setSource(block: LayoutBlock, source: string): void {
  if (block.source === undefined) block.source = source;
}

/** Header, title and closing blocks, by their role; a table's cells one by one. */
export function tagByRole(blocks: readonly LayoutBlock[]): void {
  for (const block of blocks) {
    if (block.type === 'table') {
      for (const row of block.rows) for (const cell of row.cells) tagByRole(cell.blocks);
      continue;
    }
    const source = ROLE_SOURCES[block.role];
    if (source) setSource(block, source);
  }
}

/** The Nơi nhận lines: one per entry as cleaned for print (blank ones do not print), then the "Lưu" line. */
export function tagRecipients(lines: readonly ParagraphBlock[], entries: readonly string[]): void {
  const indices = entries.map((e, i) => (e !== '' ? i : -1)).filter((i) => i >= 0);
  lines
    .filter((l) => l.role === 'recipient')
    .forEach((line, k) => setSource(line, k < indices.length ? `recipients.entries.${indices[k]}` : 'recipients.archive'));
}

/** The Layout blocks one body block became: "body.3", a list's "body.3.items.1", a table's cells. */
export function tagBodyBlock(made: readonly LayoutBlock[], block: Block, path: string): void {
  if (block.type === 'list') {
    made.forEach((b, i) => setSource(b, i < block.items.length ? `${path}.items.${i}` : path));
    return;
  }
  for (const b of made) {
    setSource(b, path);
    if (b.type === 'table' && block.type === 'table') tagTableCells(b, path, 'header');
    if (b.type === 'table' && block.type === 'indicators') tagTableCells(b, path, 'indicators');
  }
}

/** The fields of an indicator row, column by column (indicatorCells); the ratio columns follow from `actual`. */
const INDICATOR_FIELDS = ['name', 'unit', 'plan', 'actual', 'previous'] as const;

function tagTableCells(table: TableBlock, path: string, kind: 'header' | 'indicators'): void {
  table.rows.forEach((row, r) => {
    row.cells.forEach((cell, c) => {
      let source: string;
      if (kind === 'header') source = r === 0 ? `${path}.header.${c}` : `${path}.rows.${r - 1}.${c}`;
      else source = r === 0 ? path : `${path}.rows.${r - 1}.${INDICATOR_FIELDS[c] ?? 'actual'}`;
      for (const b of cell.blocks) setSource(b, source);
    });
  });
}
