// mammoth's HTML → text lines for importText. mammoth writes a small, regular HTML (p, h1–h6,
// ul/ol/li, table/tr/td, inline tags), so a tokenizer is enough and the same code runs in Node
// and in the browser (no DOMParser in Node).
//
// Tables: the header and the closing of a document are layout tables. Their cells are written
// one after the other, a paragraph per line, as a plain-text copy would give them; the header
// and closing readers recognise each piece by its shape. Other tables are data: one line per
// row, cells separated by tabs, which the body reader turns back into a table.
import { isLayoutLine } from './patterns';

const ENTITY: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0' };

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-zA-Z]+);/g, (m, code: string) => {
    if (code.startsWith('#x') || code.startsWith('#X')) return safeCodePoint(Number.parseInt(code.slice(2), 16)) ?? m;
    if (code.startsWith('#')) return safeCodePoint(Number.parseInt(code.slice(1), 10)) ?? m;
    return ENTITY[code] ?? m;
  });
}

function safeCodePoint(n: number): string | undefined {
  return Number.isInteger(n) && n >= 0 && n <= 0x10ffff ? String.fromCodePoint(n) : undefined;
}

interface Cell {
  lines: string[];
}
interface Table {
  rows: Cell[][];
}
interface ListContext {
  ordered: boolean;
  count: number;
}

/** Labels for numbered items by list depth: mammoth keeps the numbering, not its format. */
function orderedLabel(depth: number, n: number): string {
  if (depth <= 1) return `${n}.`;
  const letters = 'abcdđeghiklmnopqrstuvxy';
  if (depth === 2) return `${letters[(n - 1) % letters.length] ?? 'a'})`;
  return '-';
}

function isLayoutTable(table: Table): boolean {
  return table.rows.some((row) => row.some((cell) => cell.lines.some(isLayoutLine)));
}

function tableLines(table: Table): string[] {
  if (isLayoutTable(table)) return table.rows.flatMap((row) => row.flatMap((cell) => cell.lines));
  const out: string[] = [];
  for (const row of table.rows) {
    const cells = row.map((c) => c.lines.join(' ').replace(/\t/g, ' '));
    if (cells.every((c) => !c.trim())) continue;
    // A single-column row is a paragraph; tabs only separate real columns.
    out.push(cells.length === 1 ? (cells[0] ?? '') : cells.join('\t'));
  }
  return out;
}

export function htmlToLines(html: string): string[] {
  const out: string[] = [];
  const tables: Table[] = [];
  const lists: ListContext[] = [];
  let buffer: string | null = null;

  const target = (): string[] => {
    const table = tables[tables.length - 1];
    const row = table?.rows[table.rows.length - 1];
    const cell = row?.[row.length - 1];
    return cell ? cell.lines : out;
  };
  const flush = (): void => {
    if (buffer === null) return;
    const text = buffer.replace(/[ \u00A0]+/g, ' ').trim();
    buffer = null;
    if (text) target().push(text);
  };
  const open = (prefix = ''): void => {
    flush();
    buffer = prefix;
  };

  const TOKEN = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)\b[^>]*?(\/?)>|([^<]+)|(<)/g;
  for (const m of html.matchAll(TOKEN)) {
    const text = m[4] ?? m[5];
    if (text !== undefined) {
      buffer = (buffer ?? '') + decodeEntities(text);
      continue;
    }
    const closing = m[1] === '/';
    const tag = (m[2] ?? '').toLowerCase();
    switch (tag) {
      case 'p':
      case 'h1':
      case 'h2':
      case 'h3':
      case 'h4':
      case 'h5':
      case 'h6':
        if (closing) flush();
        else open();
        break;
      case 'br':
        // A soft line break inside a paragraph: a line of its own, as in a text copy.
        flush();
        buffer = '';
        break;
      case 'ul':
      case 'ol':
        flush();
        if (closing) lists.pop();
        else lists.push({ ordered: tag === 'ol', count: 0 });
        break;
      case 'li': {
        if (closing) {
          flush();
          break;
        }
        const list = lists[lists.length - 1];
        if (!list) {
          open();
          break;
        }
        list.count++;
        const depth = lists.filter((l) => l.ordered).length;
        open(list.ordered ? `${orderedLabel(depth, list.count)} ` : '- ');
        break;
      }
      case 'table':
        flush();
        if (!closing) tables.push({ rows: [] });
        else {
          const table = tables.pop();
          if (table) target().push(...tableLines(table));
        }
        break;
      case 'tr':
        flush();
        if (!closing) tables[tables.length - 1]?.rows.push([]);
        break;
      case 'td':
      case 'th':
        flush();
        if (!closing) {
          const table = tables[tables.length - 1];
          table?.rows[table.rows.length - 1]?.push({ lines: [] });
        }
        break;
      default:
        // Inline tags (strong, em, a, sup, span, img…) carry no structure.
        break;
    }
  }
  flush();
  while (tables.length) {
    const table = tables.pop();
    if (table) target().push(...tableLines(table));
  }
  return out;
}
