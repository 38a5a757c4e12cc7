// The header: a borderless 2 × 2 table. Row 1: issuer block | national or Party header, each
// with its rule or "*". Row 2: số và ký hiệu | địa danh, ngày tháng — on one baseline (NĐ30 ô 3/4;
// HD05's own letterhead).
import type { Document } from '../model';
import type { Profile, TextStyle } from '../standards';
import { formatNumberLine, formatPlaceDate, upper } from '../standards';
import { centredLines, para, rule, run, widestLinePt } from './blocks';
import type { ParagraphBlock, RuleBlock, TableBlock } from './layout';
import { mmToPt, textWidthPt } from './measure';

/** Narrowest blank a day or month can be left in before the line is let wrap instead. */
const MIN_FILL = 4;

/**
 * The place-date line. Its blanks take the rule book's space, narrowed (down to MIN_FILL
 * spaces) when a long place name would otherwise push "năm 2026" onto a second line.
 */
export function placeDateText(doc: Pick<Document, 'place' | 'date' | 'dateBlank'>, profile: Profile, columnPt: number): string {
  const h = profile.header;
  const full = formatPlaceDate(doc.place, doc.date, doc.dateBlank, h.fillIn);
  if (!doc.dateBlank || textWidthPt(full, h.placeDate) <= columnPt) return full;
  for (let n = h.fillIn.length - 1; n >= MIN_FILL; n--) {
    const text = formatPlaceDate(doc.place, doc.date, doc.dateBlank, ' '.repeat(n));
    if (textWidthPt(text, h.placeDate) <= columnPt) return text;
  }
  return full;
}

/**
 * Agency names too wide for their column are broken where a văn thư breaks them: into two
 * balanced lines, before "VÀ" when that is nearly as balanced ("SỞ THÔNG TIN / VÀ TRUYỀN THÔNG"),
 * instead of leaving one word alone on the second line. Lines the drafter broke stay as they are.
 */
export function fitLines(text: string, style: TextStyle, columnPt: number): string {
  return text
    .split('\n')
    .map((line) => {
      const cased = style.caps ? upper(line.trim()) : line.trim();
      if (textWidthPt(cased, style) <= columnPt) return line;
      const words = line.trim().split(/\s+/u);
      let best: { cost: number; at: number } | undefined;
      for (let at = 1; at < words.length; at++) {
        const width = (ws: string[]) => textWidthPt(style.caps ? upper(ws.join(' ')) : ws.join(' '), style);
        const widest = Math.max(width(words.slice(0, at)), width(words.slice(at)));
        // A break before "và" reads best; it may be up to 10 % less balanced.
        const cost = /^(và|VÀ)$/u.test(words[at] ?? '') ? widest * 0.9 : widest;
        if (!best || cost < best.cost) best = { cost, at };
      }
      return best ? `${words.slice(0, best.at).join(' ')}\n${words.slice(best.at).join(' ')}` : line;
    })
    .join('\n');
}

/**
 * A framed stamp's outer size: the rule book's fixed size for the mark, else the text with room
 * round it; never wider than its column.
 */
function stampFrame(mark: string, spec: Profile['header']['urgency'], columnPt: number): { widthPt: number; heightPt: number } | undefined {
  if (!spec.framed) return undefined;
  const fixed = spec.frameMm?.[mark];
  const widthPt = fixed ? mmToPt(fixed[0]) : textWidthPt(mark, spec) + 8;
  const heightPt = fixed ? mmToPt(fixed[1]) : spec.sizePt * 1.15 + 6;
  return { widthPt: Math.min(Math.max(widthPt, textWidthPt(mark, spec) + 4), columnPt), heightPt };
}

export function composeHeader(doc: Document, profile: Profile, contentWidthPt: number): TableBlock {
  const h = profile.header;
  const leftPt = Math.round(contentWidthPt * h.columns[0]);
  const rightPt = contentWidthPt - leftPt;

  const left: (ParagraphBlock | RuleBlock)[] = [];
  if (doc.issuer.parent?.trim()) left.push(...centredLines('parent', fitLines(doc.issuer.parent, h.parent, leftPt), h.parent));
  const issuerName = fitLines(doc.issuer.name, h.issuer, leftPt);
  const issuerLines = issuerName.split('\n').filter((s) => s.trim());
  left.push(...centredLines('issuer', issuerName, h.issuer));
  if (h.issuerMark.kind === 'rule') {
    left.push(rule('issuer-mark', h.issuerMark, widestLinePt(issuerLines, h.issuer, leftPt)));
  } else {
    left.push(para('issuer-mark', [run(h.issuerMark.text, h.issuerMark.style)], { align: 'center' }));
  }

  const right: (ParagraphBlock | RuleBlock)[] = [];
  let lastStyle: TextStyle | undefined;
  let lastText = '';
  for (const line of h.national) {
    // Step down to the fallback size when the line would not fit its column (Quốc hiệu 13 → 12).
    const fits = textWidthPt(line.text, line.style) <= rightPt;
    const style = fits || !line.fallbackSizePt ? line.style : { ...line.style, sizePt: line.fallbackSizePt };
    right.push(para('national', [run(line.text, style)], { align: 'center' }));
    lastStyle = style;
    lastText = line.text;
  }
  if (lastStyle) right.push(rule('national-rule', h.nationalRule, textWidthPt(lastText, lastStyle)));

  const numberCell: ParagraphBlock[] = [
    para('number', [run(formatNumberLine(doc, profile), h.number.style)], { align: 'center', spaceBeforePt: 6 }),
  ];
  for (const [role, mark, spec] of [['secrecy', doc.marks?.secrecy, h.secrecy], ['urgency', doc.marks?.urgency, h.urgency]] as const) {
    if (!mark || !spec) continue;
    numberCell.push(para(role, [run(mark, spec)], { align: 'center', spaceBeforePt: 6, framed: spec.framed, frame: stampFrame(mark, spec, leftPt) }));
  }
  const dateCell: ParagraphBlock[] = [
    para('place-date', [run(placeDateText(doc, profile, rightPt), h.placeDate)], { align: 'center', spaceBeforePt: 6 }),
  ];

  return {
    type: 'table',
    role: 'header-table',
    columnsPt: [leftPt, rightPt],
    borders: false,
    cellPaddingPt: 0,
    spaceBeforePt: 0,
    rows: [
      { cells: [{ blocks: left }, { blocks: right }], header: false, cantSplit: true },
      { cells: [{ blocks: numberCell }, { blocks: dateCell }], header: false, cantSplit: true },
    ],
  };
}
