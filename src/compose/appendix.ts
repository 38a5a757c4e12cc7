// Phụ lục: each on a new page with its page numbers restarting — the label, the title, the
// "(Kèm theo …)" reference and the rule book's mark, then its own numbered content.
import type { Appendix, Document } from '../model';
import type { Profile } from '../standards';
import { appendixLabel, formatDateWords, formatNumberLine, KINDS, reportYear } from '../standards';
import { centredLines, para, rule, run, widestLinePt } from './blocks';
import { composeBody } from './body';
import type { LayoutSection } from './layout';

export function appendixReference(doc: Document, profile: Profile): string {
  const kind = KINDS[doc.kind];
  const typeName = (doc.title.typeName?.trim() || kind.typeName || kind.label).toLocaleLowerCase('vi');
  const name = typeName.charAt(0).toLocaleUpperCase('vi') + typeName.slice(1);
  // One space goes with "Số:"; the rest of a blank number's space stays for the văn thư.
  const number = formatNumberLine(doc, profile).replace(/^Số:? ?/u, '');
  // The issuer is printed in capitals in the header; its sentence-case name is the drafter's to
  // add (appendix.reference), so the default reference stops at the date.
  return `(Kèm theo ${name} số ${number} ${formatDateWords(doc.date, doc.dateBlank, profile.header.fillIn)})`;
}

export function composeAppendix(doc: Document, appendix: Appendix, index: number, profile: Profile, contentWidthPt: number): LayoutSection {
  const a = profile.appendix;
  const label = appendixLabel(profile, index);
  const reference = appendix.reference?.trim() || appendixReference(doc, profile);
  const blocks: LayoutSection['blocks'] = [
    para('appendix-label', [run(label, a.labelStyle)], { align: 'center', keepNext: true }),
    ...centredLines('appendix-title', appendix.title, a.titleStyle),
    ...centredLines('appendix-reference', reference, a.referenceStyle),
  ];
  if (a.separator.kind === 'rule') {
    const lines = appendix.title.split('\n');
    blocks.push(rule('appendix-mark', a.separator, widestLinePt(lines, a.titleStyle, contentWidthPt), { spaceBeforePt: 4, spaceAfterPt: 6 }));
  } else {
    blocks.push(para('appendix-mark', [run(a.separator.text, a.separator.style)], { align: 'center', spaceAfterPt: 6 }));
  }
  // The appendix's own head leads back to its title or its reference line.
  for (const b of blocks) b.source ??= b.role === 'appendix-reference' ? `appendices.${index}.reference` : `appendices.${index}.title`;
  blocks.push(...composeBody(appendix.body, profile, contentWidthPt, { endMark: false, reportYear: reportYear(doc.date), sourcePath: `appendices.${index}.body` }));
  return { role: 'appendix', blocks, restartPageNumbers: true };
}
