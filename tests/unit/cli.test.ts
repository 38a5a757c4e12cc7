import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SEEDS_DIR } from '../fixtures/seeds';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { parseDocument } from '../../src/model';

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) }, out, err };
}

describe('vanban CLI', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vanban-cli-'));

  it('lists the templates', async () => {
    const c = io();
    expect(await main(['templates'], c.io)).toBe(0);
    expect(c.out.length).toBeGreaterThanOrEqual(6);
    expect(c.out.join('\n')).toContain('party-chi-thi\tChỉ thị (Đảng)');
  });

  it('makes a new document from a template and renders it to DOCX', async () => {
    const json = join(dir, 'ct.json');
    const docx = join(dir, 'ct.docx');
    expect(await main(['new', 'party-chi-thi', '-o', json, '--date', '2026-11-20'], io().io)).toBe(0);
    const doc = parseDocument(JSON.parse(readFileSync(json, 'utf8')));
    expect(doc.ok).toBe(true);
    expect(await main(['render', json, '-o', docx], io().io)).toBe(0);
    // A DOCX is a zip: "PK".
    expect(readFileSync(docx).subarray(0, 2).toString()).toBe('PK');
  });

  it('refuses invalid JSON and schema failures with exit 2, naming each field, writing nothing', async () => {
    const notJson = join(dir, 'broken.json');
    writeFileSync(notJson, '{"schemaVersion": 1,');
    const c1 = io();
    expect(await main(['render', notJson, '-o', join(dir, 'a.docx')], c1.io)).toBe(2);
    expect(c1.err.join('\n')).toMatch(/JSON/);
    expect(existsSync(join(dir, 'a.docx'))).toBe(false);

    const bad = join(dir, 'bad.json');
    const doc = JSON.parse(readFileSync(join(dir, 'ct.json'), 'utf8')) as Record<string, unknown>;
    writeFileSync(bad, JSON.stringify({ ...doc, date: '2026-13-01', signature: { authority: 'thay-mat' } }));
    const c2 = io();
    expect(await main(['render', bad, '-o', join(dir, 'b.docx')], c2.io)).toBe(2);
    const msg = c2.err.join('\n');
    expect(msg).toContain('date');
    expect(msg).toContain('signature.name');
    expect(existsSync(join(dir, 'b.docx'))).toBe(false);
  });

  it('refuses an unknown template and an unknown output format', async () => {
    expect(await main(['new', 'no-such', '-o', join(dir, 'x.json')], io().io)).toBe(2);
    expect(await main(['render', join(dir, 'ct.json'), '-o', join(dir, 'x.odt')], io().io)).toBe(2);
  });
});

describe('vanban check and import', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vanban-cli2-'));
  const seeds = SEEDS_DIR;

  it('exits 0 on a clean sample and 1 when there is an error', async () => {
    const clean = io();
    expect(await main(['check', join(__dirname, '../../samples/sample-001-chi-thi-party.json')], clean.io)).toBe(0);
    expect(clean.out.at(-1)).toMatch(/^0 lỗi/);
    const doc = JSON.parse(readFileSync(join(__dirname, '../../samples/sample-002-thong-bao-ket-luan-state.json'), 'utf8')) as {
      document: { recipients: { archive: string } };
    };
    doc.document.recipients.archive = '';
    const bad = join(dir, 'no-luu.json');
    writeFileSync(bad, JSON.stringify(doc));
    const c = io();
    expect(await main(['check', bad], c.io)).toBe(1);
    expect(c.out.join('\n')).toContain('recipients.archive');
  });

  it('imports a seed to a document that render accepts', async () => {
    const out = join(dir, 'imp.json');
    expect(await main(['import', join(seeds, '001_82d615ad9c9b7193.txt'), '-o', out], io().io)).toBe(0);
    const doc = parseDocument(JSON.parse(readFileSync(out, 'utf8')));
    expect(doc.ok && doc.document.number.value).toBe(13);
    expect(await main(['render', out, '-o', join(dir, 'imp.docx')], io().io)).toBe(0);
    // The DOCX made from it imports back to the same document.
    const back = join(dir, 'back.json');
    expect(await main(['import', join(dir, 'imp.docx'), '-o', back], io().io)).toBe(0);
    expect(JSON.parse(readFileSync(back, 'utf8'))).toEqual(JSON.parse(readFileSync(out, 'utf8')));
  });

  it('refuses a file that cannot be read, exit 2, writing nothing', async () => {
    // Read by its content (a PDF, whatever its name), and that PDF is broken.
    const fake = join(dir, 'fake.docx');
    writeFileSync(fake, '%PDF-1.4 not a zip');
    const c = io();
    expect(await main(['import', fake, '-o', join(dir, 'fake.json')], c.io)).toBe(2);
    expect(c.err.join('\n')).toContain('import.unreadable');
    expect(existsSync(join(dir, 'fake.json'))).toBe(false);
  });
});
