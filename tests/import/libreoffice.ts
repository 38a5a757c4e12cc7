// The samples as Word and LibreOffice would hand them over: each sample's DOCX (rendered by
// Vanban, without its embedded Document, so only the text counts) converted by LibreOffice to
// PDF or to Word 97–2003 .doc, in a temp dir with a profile of its own (parallel runs do not clash).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document as DocxDocument, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { compose } from '../../src/compose';
import type { Document } from '../../src/model';
import { rasterizeSvgNode } from '../../src/render/chart/rasterNode';
import { renderDocx } from '../../src/render/docx';
import { formatNumberLine, profileFor } from '../../src/standards';
import { SAMPLES } from '../../src/templates';

export interface Converted {
  id: string;
  document: Document;
  docx: Uint8Array;
  bytes: Uint8Array;
}

export async function convertSamples(format: 'pdf' | 'doc'): Promise<Converted[]> {
  const dir = mkdtempSync(join(tmpdir(), `vanban-lo-${format}-`));
  try {
    const files: string[] = [];
    const docx = new Map<string, Uint8Array>();
    for (const s of SAMPLES) {
      const bytes = await renderDocx(compose(s.document), undefined, { rasterize: (svg, w) => rasterizeSvgNode(svg, w) });
      const path = join(dir, `${s.id}.docx`);
      writeFileSync(path, bytes);
      files.push(path);
      docx.set(s.id, bytes);
    }
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${dir}/lo-profile`, '--convert-to', format, '--outdir', dir, ...files], {
      stdio: 'ignore',
      timeout: 300_000,
    });
    return SAMPLES.map((s) => ({ id: s.id, document: s.document, docx: docx.get(s.id) as Uint8Array, bytes: new Uint8Array(readFileSync(join(dir, `${s.id}.${format}`))) }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The parts a reader must get right, in a form to compare: as printed, whitespace collapsed. */
export function essentials(doc: Document) {
  const flat = (s: string | undefined): string | undefined => s?.replace(/\s+/gu, ' ').trim();
  return {
    family: doc.standard.family,
    kind: doc.kind,
    issuer: { parent: flat(doc.issuer.parent), name: flat(doc.issuer.name) },
    // As printed: "Số: 134/TB-VP" whether the type code is stored or follows from the kind.
    number: formatNumberLine(doc, profileFor(doc)),
    place: doc.place,
    date: doc.date,
    summary: flat(doc.title.summary),
    signer: { authority: doc.signature.authority, position: flat(doc.signature.position), name: doc.signature.name },
    recipients: doc.recipients,
    headingLevels: doc.body.flatMap((b) => (b.type === 'heading' ? [b.level] : [])),
  };
}

export function headingTitles(doc: Document): string[] {
  return doc.body.flatMap((b) => (b.type === 'heading' ? [b.title] : []));
}

/** One file converted by LibreOffice (docx → pdf or doc), in a temp dir of its own. */
export function convertBytes(docx: Uint8Array, format: 'pdf' | 'doc'): Uint8Array {
  const dir = mkdtempSync(join(tmpdir(), `vanban-lo-one-${format}-`));
  try {
    writeFileSync(join(dir, 'in.docx'), docx);
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${dir}/lo-profile`, '--convert-to', format, '--outdir', dir, join(dir, 'in.docx')], {
      stdio: 'ignore',
      timeout: 300_000,
    });
    return new Uint8Array(readFileSync(join(dir, `in.${format}`)));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * A Thông báo typed in the old TCVN3 fonts (.VnTime; .VnTimeH for capitals), as offices kept
 * them: the header and the closing in borderless tables. The fonts are not installed, so
 * LibreOffice keeps the codes and draws them with a substitute font — what such a file gives.
 */
export async function tcvn3Docx(): Promise<Uint8Array> {
  const p = (text: string, font: string): Paragraph => new Paragraph({ children: [new TextRun({ text, font })] });
  const cell = (font: string, ...lines: string[]): TableCell => new TableCell({ children: lines.map((l) => p(l, font)) });
  const file = new DocxDocument({
    sections: [
      {
        children: [
          new Table({
            rows: [
              new TableRow({ children: [cell('.VnTimeH', 'UBND TØNH KI£N GIANG', 'V¡N PHßNG'), cell('.VnTimeH', 'CéNG HOµ X· HéI CHñ NGHÜA VIÖT NAM')] }),
              new TableRow({ children: [cell('.VnTime', 'Sè: 134/TB-VP'), cell('.VnTime', 'Kiªn Giang, ngµy 13 th¸ng 02 n¨m 2019')] }),
            ],
          }),
          p('TH¤NG B¸O', '.VnTimeH'),
          p('ý kiÕn kÕt luËn cña Phã Chñ tÞch UBND tØnh', '.VnTime'),
          p('Néi dung th«ng b¸o./.', '.VnTime'),
          new Table({
            rows: [
              new TableRow({
                children: [cell('.VnTime', 'N¬i nhËn:', '- Nh\u00ad trªn;', '- L\u00adu: VT, TH.'), cell('.VnTimeH', 'KT. CH¸NH V¡N PHßNG', 'PHã CH¸NH V¡N PHßNG', 'Huúnh VÜnh L¹c')],
              }),
            ],
          }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(file));
}
