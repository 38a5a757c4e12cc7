// The closing: Nơi nhận (ô 9b) on the left, level with the signature block (ô 7a–7c) on the right,
// in one borderless row that is never split across pages.
import type { Document } from '../model';
import type { Profile } from '../standards';
import { authorityLine, stripTrailingPunctuation } from '../standards';
import { para, run } from './blocks';
import type { ParagraphBlock, TableBlock } from './layout';
import { textWidthPt } from './measure';
import { tagRecipients } from './sources';

export function composeRecipients(doc: Document, profile: Profile): ParagraphBlock[] {
  const r = profile.recipients;
  const cleaned = doc.recipients.entries.map((e) => stripTrailingPunctuation(e.trim().replace(/^[-–+•]\s*/u, '')));
  const entries = cleaned.filter(Boolean);
  const archive = stripTrailingPunctuation(doc.recipients.archive.trim().replace(/^[-–]\s*/u, '').replace(/^Lưu\s*:?\s*/u, ''));
  const lines = entries.map((e) => `- ${e}${r.itemSeparator}`);
  if (archive) lines.push(`- ${r.archivePrefix}${archive}${r.lastEnd}`);
  else if (lines.length) lines[lines.length - 1] = lines[lines.length - 1]!.slice(0, -r.itemSeparator.length) + r.lastEnd;
  // Continuation lines hang under the text, after the dash.
  const hanging = textWidthPt('- ', r.itemStyle);
  const out = [
    para('recipients-label', [run(r.label, r.labelStyle)], { keepNext: true }),
    ...lines.map((l) => para('recipient', [run(l, r.itemStyle)], { leftIndentPt: hanging, hangingPt: hanging, keepNext: true })),
  ];
  tagRecipients(out, cleaned);
  return out;
}

export function composeSignature(doc: Document, profile: Profile): ParagraphBlock[] {
  const s = profile.signature;
  const sig = doc.signature;
  const out: ParagraphBlock[] = [];
  const authority = authorityLine(sig.authority, sig.on, profile);
  const centred = { align: 'center' as const, keepNext: true };
  for (const l of authority.split('\n').filter((x) => x.trim())) out.push(para('authority', [run(l.trim(), s.authorityStyle)], centred));
  for (const l of (sig.position ?? '').split('\n').filter((x) => x.trim())) out.push(para('position', [run(l.trim(), s.positionStyle)], centred));
  // Space for the signature and the seal; a copy's "(đã ký)" note sits in its middle.
  const note = sig.signedNote?.trim();
  const blank = (i: number) => para('signature-space', [run('', s.nameStyle)], { ...centred, keepNext: i < s.spaceLines });
  const before = note ? Math.floor((s.spaceLines - 1) / 2) : s.spaceLines;
  for (let i = 0; i < before; i++) out.push(blank(i));
  if (note) {
    out.push(para('signed-note', [run(note, s.noteStyle)], centred));
    for (let i = before + 1; i < s.spaceLines; i++) out.push(blank(i));
  }
  if (sig.name.trim()) out.push(para('signer-name', [run(sig.name.trim(), s.nameStyle)], { align: 'center' }));
  return out;
}

export function composeClosing(doc: Document, profile: Profile, contentWidthPt: number): TableBlock {
  const leftPt = Math.round(contentWidthPt * profile.closing.columns[0]);
  return {
    type: 'table',
    role: 'closing-table',
    columnsPt: [leftPt, contentWidthPt - leftPt],
    borders: false,
    cellPaddingPt: 0,
    spaceBeforePt: profile.closing.spaceBeforePt,
    rows: [
      {
        cells: [{ blocks: composeRecipients(doc, profile) }, { blocks: composeSignature(doc, profile) }],
        header: false,
        cantSplit: true,
      },
    ],
  };
}
