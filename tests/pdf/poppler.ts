// Reading a rendered PDF back with poppler (pdftotext, pdfinfo, pdffonts).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Layout } from '../../src/compose';
import { renderPdfNode } from '../../src/render/pdf/node';

export class PdfDir {
  readonly path = mkdtempSync(join(tmpdir(), 'vanban-pdf-'));
  private n = 0;

  async render(layout: Layout, name = 'doc'): Promise<string> {
    const file = join(this.path, `${name}-${this.n++}.pdf`);
    writeFileSync(file, await renderPdfNode(layout));
    return file;
  }

  remove(): void {
    rmSync(this.path, { recursive: true, force: true });
  }
}

const run = (cmd: string, args: string[]): string => execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

/** `pdftotext -layout`, optionally one page range. */
export function pdfText(file: string, pages?: { first: number; last?: number }): string {
  const range = pages ? ['-f', String(pages.first), '-l', String(pages.last ?? pages.first)] : [];
  return run('pdftotext', ['-layout', ...range, file, '-']).normalize('NFC');
}

/** Whitespace collapsed to single spaces: compares text across line breaks and justified spacing. */
export const flat = (s: string): string => s.normalize('NFC').replace(/\s+/gu, ' ').trim();

export function pageCount(file: string): number {
  const m = /^Pages:\s+(\d+)/m.exec(run('pdfinfo', [file]));
  if (!m?.[1]) throw new Error(`pdfinfo: no page count for ${file}`);
  return Number(m[1]);
}

/** pdfinfo's "Key: value" lines (Title, Subject, Author, Pages, …). */
export function pdfInfo(file: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of run('pdfinfo', [file]).split('\n')) {
    const m = /^([\w ]+?):\s+(.*)$/.exec(line);
    if (m?.[1] && m[2] !== undefined) out[m[1]] = m[2].normalize('NFC');
  }
  return out;
}

export interface FontRow {
  name: string;
  embedded: boolean;
}

export function pdfFonts(file: string): FontRow[] {
  const lines = run('pdffonts', [file]).split('\n').slice(2).filter((l) => l.trim());
  return lines.map((l) => {
    const cols = l.trim().split(/\s+/);
    // name type… encoding emb sub uni object ID: "emb" is the 5th column from the end.
    return { name: cols[0] ?? '', embedded: cols[cols.length - 5] === 'yes' };
  });
}

export interface Word {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/** Words of one page with their boxes, in pt from the top-left corner. */
export function pageWords(file: string, page: number): Word[] {
  const html = run('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), file, '-']);
  const words: Word[] = [];
  const re = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g;
  for (const m of html.matchAll(re)) {
    words.push({ xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]), yMax: Number(m[4]), text: (m[5] ?? '').normalize('NFC') });
  }
  return words;
}

/** The words of the line that begins with the word `first`, left to right. */
export function lineOf(words: Word[], first: string): Word[] {
  const start = words.find((w) => w.text === first);
  if (!start) throw new Error(`no «${first}» in ${words.map((w) => w.text).join(' ')}`);
  return words.filter((w) => Math.abs(w.yMin - start.yMin) < 2 && w.xMin >= start.xMin - 1).sort((a, b) => a.xMin - b.xMin);
}

/** The white space between the word `text` and the word after it, in pt. */
export function gapAfter(words: Word[], text: string): number {
  const i = words.findIndex((w) => w.text === text);
  const next = words[i + 1];
  if (i < 0 || !next) throw new Error(`no word after «${text}» in ${words.map((w) => w.text).join(' ')}`);
  return next.xMin - (words[i] as Word).xMax;
}

/** The page number printed in the top margin of a page, if any. */
export function printedPageNumber(file: string, page: number, layout: Layout): string | undefined {
  const top = pageWords(file, page).filter((w) => w.yMax <= layout.page.margins.top);
  return top.length ? top.map((w) => w.text).join(' ') : undefined;
}

/** Each page's text (pdftotext ends every page with a form feed). */
export function pageTexts(file: string): string[] {
  const pages = pdfText(file).split('\f');
  if (pages[pages.length - 1]?.trim() === '') pages.pop();
  return pages;
}

/** The non-empty, trimmed lines of a page's text. */
export const nonEmptyLines = (page: string): string[] =>
  page
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

export function pageLines(file: string, page: number): string[] {
  return nonEmptyLines(pdfText(file, { first: page }));
}
