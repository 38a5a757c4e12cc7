// A Vanban DOCX opened and saved again by another editor (LibreOffice: its own XML, runs split
// its own way, the embedded part rewritten with &quot;): unchanged, it still imports exactly; edited
// after that, the edits come through.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importDocx } from '../../src/import';
import { SAMPLES } from '../../src/templates';
import { edited, exported, removeParagraph } from './wordEditFiles';

const dir = mkdtempSync(join(tmpdir(), 'vanban-lo-docx-'));
const saved = new Map<string, Uint8Array>();

beforeAll(async () => {
  const files: string[] = [];
  for (const s of SAMPLES) {
    const path = join(dir, `${s.id}.docx`);
    writeFileSync(path, await exported(s.document));
    files.push(path);
  }
  const out = join(dir, 'out');
  execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${dir}/lo-profile`, '--convert-to', 'docx:MS Word 2007 XML', '--outdir', out, ...files], {
    stdio: 'ignore',
    timeout: 300_000,
  });
  for (const s of SAMPLES) saved.set(s.id, new Uint8Array(readFileSync(join(out, `${s.id}.docx`))));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const samples = SAMPLES.map((s) => [s.id, s.document] as const);

describe('importDocx: a Vanban file saved again by LibreOffice', () => {
  it.each(samples)('%s: unchanged, imports exactly with no changes', async (id, doc) => {
    const result = await importDocx(saved.get(id) as Uint8Array);
    expect(result.document).toEqual(doc);
    expect(result.changes).toEqual([]);
  });

  it.each(samples)("%s: the signer's name and a Nơi nhận entry edited after that", async (id, doc) => {
    const second = doc.recipients.entries[1] as string;
    const file = edited(saved.get(id) as Uint8Array, (xml) => {
      expect(xml.split(doc.signature.name).length).toBe(2);
      return removeParagraph(xml.replace(doc.signature.name, 'Trần Thị Bình'), second);
    });
    const result = await importDocx(file);
    const entries = doc.recipients.entries.filter((_e, k) => k !== 1);
    expect(result.document).toEqual({ ...doc, signature: { ...doc.signature, name: 'Trần Thị Bình' }, recipients: { ...doc.recipients, entries } });
    expect(result.changes).toEqual([
      { path: 'recipients.entries.1', kind: 'removed', before: second },
      { path: 'signature.name', kind: 'changed', before: doc.signature.name, after: 'Trần Thị Bình' },
    ]);
  });
});
