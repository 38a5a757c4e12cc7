// Tên loại, the optional author line, the trích yếu and its rule or "-----" (ô 5a), then the
// Kính gửi block (ô 9a) when the document has addressees.
import type { Document } from '../model';
import type { Profile } from '../standards';
import { KINDS, stripTrailingPunctuation, summaryCase } from '../standards';
import { centredLines, para, rule, run, widestLinePt } from './blocks';
import type { LayoutBlock } from './layout';
import { textWidthPt } from './measure';

export function composeTitle(doc: Document, profile: Profile, contentWidthPt: number): LayoutBlock[] {
  const t = profile.title;
  const blocks: LayoutBlock[] = [];
  const typeName = doc.title.typeName?.trim() || KINDS[doc.kind].typeName;
  if (typeName) {
    const lines = centredLines('type-name', typeName, t.typeName);
    const first = lines[0];
    if (first) first.spaceBeforePt = t.spaceBeforePt;
    blocks.push(...lines);
  }
  if (doc.title.author?.trim()) blocks.push(...centredLines('author', doc.title.author, t.author));

  const summary = summaryCase(doc.title.summary.trim(), profile);
  const summaryLines = summary.split('\n').filter((s) => s.trim());
  blocks.push(...centredLines('summary', summary, t.summary));

  const sep = t.separator;
  if (summaryLines.length > 0 || typeName) {
    if (sep.kind === 'rule') {
      // ⅓–½ of the trích yếu line; a wrapped line counts as the full text width.
      const measured = summaryLines.length
        ? widestLinePt(summaryLines, t.summary, contentWidthPt)
        : widestLinePt([typeName], t.typeName, contentWidthPt);
      blocks.push(rule('summary-mark', sep, measured, { spaceBeforePt: 3, spaceAfterPt: 6 }));
    } else {
      blocks.push(para('summary-mark', [run(sep.text, sep.style)], { align: 'center', spaceAfterPt: 6 }));
    }
  }
  blocks.push(...composeAddressees(doc, profile, contentWidthPt));
  return blocks;
}

function composeAddressees(doc: Document, profile: Profile, contentWidthPt: number): LayoutBlock[] {
  const a = profile.addressees;
  const names = (doc.addressees ?? []).map((s) => stripTrailingPunctuation(s.trim())).filter(Boolean);
  if (names.length === 0) return [];
  const labelRun = run(a.label + ' ', a.labelStyle);
  if (names.length === 1) {
    return [para('addressees', [labelRun, run(names[0] ?? '', a.itemStyle)], { align: 'center', spaceBeforePt: 6, spaceAfterPt: 6 })];
  }
  // Several: the label, then one "- …;" per line with the dashes under the colon (NĐ30 §6.2).
  const labelWidth = textWidthPt(a.label + ' ', a.labelStyle);
  const longest = Math.max(...names.map((n) => textWidthPt(`- ${n}${a.itemSeparator}`, a.itemStyle)));
  const blockWidth = Math.min(labelWidth + longest, contentWidthPt);
  const leftPt = Math.max(0, Math.round((contentWidthPt - blockWidth) / 2));
  const out: LayoutBlock[] = [para('addressees', [labelRun], { leftIndentPt: leftPt, spaceBeforePt: 6 })];
  names.forEach((n, i) => {
    const end = i === names.length - 1 ? a.lastEnd : a.itemSeparator;
    out.push(para('addressees', [run(`- ${n}${end}`, a.itemStyle)], {
      leftIndentPt: leftPt + labelWidth,
      spaceAfterPt: i === names.length - 1 ? 6 : 0,
    }));
  });
  return out;
}
