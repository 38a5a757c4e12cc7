// Tab-separated text as Excel and Word put it on the clipboard: cells split by tabs, rows by line
// breaks; Excel quotes a cell that holds a tab, a line break or a quote ("a ""b""").

export function parseTsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  const s = text.replace(/\r\n?/g, '\n');
  let atCellStart = true;
  while (i < s.length) {
    const ch = s[i] as string;
    if (atCellStart && ch === '"') {
      // A quoted cell runs to the next lone quote.
      let j = i + 1;
      let value = '';
      let closed = false;
      while (j < s.length) {
        if (s[j] === '"') {
          if (s[j + 1] === '"') {
            value += '"';
            j += 2;
            continue;
          }
          closed = true;
          j++;
          break;
        }
        value += s[j];
        j++;
      }
      // Only a quote that closes right before a separator made the cell quoted.
      if (closed && (j >= s.length || s[j] === '\t' || s[j] === '\n')) {
        cell = value;
        i = j;
        atCellStart = false;
        continue;
      }
    }
    atCellStart = false;
    if (ch === '\t') {
      row.push(cell);
      cell = '';
      atCellStart = true;
    } else if (ch === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      atCellStart = true;
    } else {
      cell += ch;
    }
    i++;
  }
  // The clipboard usually ends with a line break; that is not an empty last row.
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows.map((r) => r.map((c) => c.trim()));
}

/** Whether pasted text is more than one cell (otherwise the input's own paste is right). */
export function isMultiCell(text: string): boolean {
  return /\t|\n./u.test(text.replace(/\r\n?/g, '\n').replace(/\n+$/u, '\n'));
}

export interface Grid {
  header: string[];
  rows: string[][];
}

/**
 * Writes pasted cells into a table from a cell on: row -1 is the header. The table grows to fit,
 * up to `maxColumns` columns.
 */
export function pasteIntoGrid(grid: Grid, cells: string[][], atRow: number, atCol: number, maxColumns = 20): Grid {
  const width = Math.min(maxColumns, Math.max(grid.header.length, atCol + Math.max(0, ...cells.map((r) => r.length))));
  const pad = (r: string[]): string[] => Array.from({ length: width }, (_, c) => r[c] ?? '');
  const header = pad(grid.header);
  const rows = grid.rows.map(pad);
  cells.forEach((line, dr) => {
    const r = atRow + dr;
    while (rows.length <= r) rows.push(pad([]));
    const target = r < 0 ? header : (rows[r] as string[]);
    line.forEach((value, dc) => {
      const c = atCol + dc;
      if (c < width) target[c] = value;
    });
  });
  return { header, rows };
}
