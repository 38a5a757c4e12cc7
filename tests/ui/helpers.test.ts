// The UI's pure helpers: clipboard tables, field paths, error texts, routes, and the two
// languages having the same keys as the code uses.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/en.json';
import { AUTHORITY_FORMS, KIND_IDS } from '../../src/model';
import vi from '../../src/i18n/vi.json';
import { ImportError } from '../../src/import/errors';
import { hashOf, parseHash } from '../../src/ui/App';
import { pathCandidates } from '../../src/ui/editor/paths';
import { isMultiCell, parseTsv, pasteIntoGrid } from '../../src/ui/editor/tsv';
import { errorText } from '../../src/ui/fieldErrors';
import { pathLabel } from '../../src/ui/pathLabel';
import { importErrorKey } from '../../src/ui/modules';

describe('parseTsv', () => {
  it('splits cells on tabs and rows on line breaks, ignoring the final break', () => {
    expect(parseTsv('STT\tNội dung\tKết quả\r\n1\tHạ tầng\t95%\r\n2\tỨng dụng\t80%\r\n')).toEqual([
      ['STT', 'Nội dung', 'Kết quả'],
      ['1', 'Hạ tầng', '95%'],
      ['2', 'Ứng dụng', '80%'],
    ]);
  });

  it('reads Excel quoting: a cell with a line break, a tab or quotes', () => {
    expect(parseTsv('"dòng 1\ndòng 2"\t"a ""b"""\tc\n"x\ty"\t\tz')).toEqual([
      ['dòng 1\ndòng 2', 'a "b"', 'c'],
      ['x\ty', '', 'z'],
    ]);
  });

  it('keeps a quote inside a cell that is not quoted', () => {
    expect(parseTsv('5" màn hình\tb')).toEqual([['5" màn hình', 'b']]);
  });

  it('tells a single value from a range of cells', () => {
    expect(isMultiCell('một ô')).toBe(false);
    expect(isMultiCell('một ô\n')).toBe(false);
    expect(isMultiCell('a\tb')).toBe(true);
    expect(isMultiCell('a\nb')).toBe(true);
  });
});

describe('pasteIntoGrid', () => {
  it('fills from the cell it lands in and grows the table to fit', () => {
    const grid = { header: ['A', 'B'], rows: [['1', '2']] };
    const out = pasteIntoGrid(grid, [['x', 'y', 'z'], ['p', 'q', 'r']], 0, 1);
    expect(out.header).toEqual(['A', 'B', '', '']);
    expect(out.rows).toEqual([
      ['1', 'x', 'y', 'z'],
      ['', 'p', 'q', 'r'],
    ]);
  });

  it('pasting into the header writes the header and then rows', () => {
    const out = pasteIntoGrid({ header: ['', ''], rows: [] }, [['STT', 'Nội dung'], ['1', 'Hạ tầng']], -1, 0);
    expect(out).toEqual({ header: ['STT', 'Nội dung'], rows: [['1', 'Hạ tầng']] });
  });

  it('never goes past the column limit', () => {
    const out = pasteIntoGrid({ header: ['a'], rows: [] }, [Array.from({ length: 30 }, (_, i) => String(i))], -1, 0, 20);
    expect(out.header).toHaveLength(20);
    expect(out.header[19]).toBe('19');
  });

  it('does not change the grid it was given', () => {
    const grid = { header: ['A'], rows: [['1']] };
    pasteIntoGrid(grid, [['x']], 0, 0);
    expect(grid).toEqual({ header: ['A'], rows: [['1']] });
  });
});

describe('pathCandidates', () => {
  it('goes from the path up to its ancestors', () => {
    expect(pathCandidates('body.3.items.2')).toEqual(['body.3.items.2', 'body.3.items', 'body.3', 'body']);
    expect(pathCandidates('signature.name')).toEqual(['signature.name', 'signature']);
    expect(pathCandidates('')).toEqual([]);
  });
});

async function i18nFor(lng: 'vi' | 'en') {
  const instance = i18next.createInstance();
  await instance.init({ lng, resources: { vi: { translation: vi }, en: { translation: en } }, interpolation: { escapeValue: false } });
  return instance.t.bind(instance);
}

describe('errorText', () => {
  it('translates the schema message keys', async () => {
    const tvi = await i18nFor('vi');
    const ten = await i18nFor('en');
    expect(errorText({ message: 'required', type: 'too_small' }, tvi)).toBe('Không được để trống.');
    expect(errorText({ message: 'required', type: 'too_small' }, ten)).toBe('Required.');
    expect(errorText({ message: 'date_invalid' }, ten)).toMatch(/does not exist/);
  });

  it('falls back to the zod issue code, then to a generic text', async () => {
    const ten = await i18nFor('en');
    expect(errorText({ message: 'Invalid input: expected number, received NaN', type: 'invalid_type' }, ten)).toBe('Missing or of the wrong type.');
    expect(errorText({ message: 'whatever', type: 'made_up_code' }, ten)).toBe('Invalid value.');
  });
});

describe('pathLabel', () => {
  it('names sections, blocks and list lines in the UI language', async () => {
    const tvi = await i18nFor('vi');
    const ten = await i18nFor('en');
    expect(pathLabel('signature.name', tvi)).toBe('Chữ ký › họ tên người ký');
    expect(pathLabel('body.3.title', ten)).toBe('Body › block 4');
    expect(pathLabel('recipients.entries.0', ten)).toBe('Recipients › line 1');
    expect(pathLabel('somethingNew', ten)).toBe('somethingNew');
  });
});

describe('routes', () => {
  it('round-trips the hash', () => {
    expect(parseHash(hashOf({ screen: 'editor', draftId: 'a b/c' }))).toEqual({ screen: 'editor', draftId: 'a b/c' });
    expect(parseHash('#/start')).toEqual({ screen: 'start' });
    expect(parseHash('')).toBeNull();
    expect(parseHash('#/other')).toBeNull();
  });
});

describe('importErrorKey', () => {
  it('reads the code of an import failure and nothing else', () => {
    expect(importErrorKey(new ImportError('notDocx'))).toBe('notDocx');
    expect(importErrorKey(new ImportError('unreadable'))).toBe('unreadable');
    expect(importErrorKey(new Error('x'))).toBeUndefined();
    // A Node error's code (ENOENT) is not an import key.
    expect(importErrorKey(Object.assign(new Error('x'), { code: 'ENOENT' }))).toBeUndefined();
  });
});

describe('i18n resources', () => {
  const flat = (o: object, prefix = ''): string[] =>
    Object.entries(o).flatMap(([k, v]) => (v !== null && typeof v === 'object' ? flat(v as object, `${prefix}${k}.`) : [`${prefix}${k}`]));
  const viKeys = new Set(flat(vi));
  const enKeys = new Set(flat(en));

  it('vi and en have the same keys', () => {
    expect([...viKeys].filter((k) => !enKeys.has(k))).toEqual([]);
    expect([...enKeys].filter((k) => !viKeys.has(k))).toEqual([]);
  });

  it('hold every key the UI names, literal or built from the model’s lists', () => {
    const files: string[] = [];
    const walk = (dir: string) =>
      readdirSync(dir).forEach((f) => {
        const p = join(dir, f);
        if (statSync(p).isDirectory()) walk(p);
        else if (/\.tsx?$/.test(f)) files.push(p);
      });
    walk(resolve(__dirname, '../../src/ui'));
    const used = new Set<string>();
    for (const file of files) for (const m of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([A-Za-z0-9_.]+)'/g)) used.add(m[1] as string);
    expect(used.size).toBeGreaterThan(100);
    for (const k of KIND_IDS) used.add(`kinds.${k}`);
    for (const f of AUTHORITY_FORMS) used.add(`authority.${f}`);
    for (const type of ['heading', 'paragraph', 'list', 'table', 'indicators']) used.add(`body.type.${type}`);
    // A plural key exists as key_one / key_other.
    const has = (keys: Set<string>, k: string) => keys.has(k) || keys.has(`${k}_other`);
    expect([...used].filter((k) => !has(viKeys, k))).toEqual([]);
    expect([...used].filter((k) => !has(enKeys, k))).toEqual([]);
  });
});
