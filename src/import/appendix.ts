// Phụ lục after the closing: "Phụ lục I" / "PHỤ LỤC 1" on a line of its own (or with its title
// after ":"), then the title in capitals, the "(Kèm theo …)" line, a rule or "-----", and the
// appendix's own content. Only after the Nơi nhận: in the body, "Phụ lục 1" is a reference.
import type { Appendix, Block, StandardFamily } from '../model';
import { parseBody } from './body';
import type { SourceLine } from './lines';
import { isUpper, matchTitle, RECIPIENTS_LABEL } from './patterns';

const LABEL = /^ph[ụu]\s*l[ụu]c\s+([ivxlc]+|\d+)\s*(?:[:.\-–]\s*(.*))?$/iu;
/** "PHỤ LỤC" with no number: the only appendix. */
const BARE_LABEL = /^ph[ụu]\s*l[ụu]c$/iu;
const REFERENCE = /^\(\s*(?:ban\s+hành\s+)?kèm\s+theo\b/iu;
/** How far under an attached text's tên loại its "(Ban hành kèm theo …)" line may stand. */
const REFERENCE_REACH = 6;
/** How many lines a "(Kèm theo …)" reference may wrap onto before its ")". */
const REFERENCE_WRAP = 3;

/**
 * A text attached after the signature: "PHỤ LỤC …", or a tên loại ("QUY CHẾ", "QUY ĐỊNH") whose
 * "(Ban hành kèm theo Quyết định …)" line follows within a few lines.
 */
function startsAttachment(lines: readonly SourceLine[], i: number): boolean {
  const t = (lines[i] as SourceLine).text;
  if (LABEL.test(t) || BARE_LABEL.test(t)) return true;
  const title = t.length <= 60 ? matchTitle(t) : null;
  if (!title || title.rest) return false;
  for (let j = i + 1; j < Math.min(lines.length, i + REFERENCE_REACH); j++) {
    if (REFERENCE.test((lines[j] as SourceLine).text)) return true;
  }
  return false;
}
const SEPARATOR = /^[-_–—*.\s]{3,}$/u;

export interface AppendixSplit {
  main: SourceLine[];
  appendices: SourceLine[][];
}

/** The document's lines, and each appendix's lines (its label line first). */
export function splitAppendices(lines: readonly SourceLine[]): AppendixSplit {
  const recipients = lines.findIndex((l) => l.text.length <= 40 && RECIPIENTS_LABEL.test(l.cells[0] ?? l.text));
  if (recipients < 0) return { main: [...lines], appendices: [] };
  const starts: number[] = [];
  lines.forEach((_, i) => {
    if (i > recipients && startsAttachment(lines, i)) starts.push(i);
  });
  if (starts.length === 0) return { main: [...lines], appendices: [] };
  return {
    main: lines.slice(0, starts[0]),
    appendices: starts.map((s, k) => lines.slice(s, starts[k + 1] ?? lines.length)),
  };
}

/** At most this many lines make an appendix's title. */
const TITLE_LINES = 4;

export function parseAppendix(lines: readonly SourceLine[], family: StandardFamily, isoDate: string, placeholder: string): Appendix {
  const label = LABEL.exec(lines[0]?.text ?? '');
  const title: string[] = [];
  if (label?.[2]?.trim()) title.push(label[2].trim());
  // An attached text without a "Phụ lục" label: its tên loại opens the title.
  let i = label ? 1 : 0;
  // The title: capitals, until the reference, a rule or the content.
  while (i < lines.length && !title.length && isUpper((lines[i] as SourceLine).text)) title.push((lines[i++] as SourceLine).text);
  // A title is a few lines: content all in capitals (a table of names, say) stays content.
  while (i < lines.length && title.length && title.length < TITLE_LINES && isUpper((lines[i] as SourceLine).text) && !REFERENCE.test((lines[i] as SourceLine).text)) {
    title.push((lines[i++] as SourceLine).text);
  }
  let reference: string | undefined;
  if (i < lines.length && REFERENCE.test((lines[i] as SourceLine).text)) {
    const first = lines[i] as SourceLine;
    // A long reference may wrap before its ")", over a few lines at most: a copy that lost the ")"
    // must not take the appendix's content (and beyond the model's line length) for its reference.
    // Up to its ")", or up to a rule under it; else the first line alone.
    let end = i + 1;
    if (!first.text.includes(')')) {
      for (let j = i + 1; j < lines.length && j <= i + REFERENCE_WRAP; j++) {
        const t = (lines[j] as SourceLine).text;
        if (SEPARATOR.test(t)) {
          end = j;
          break;
        }
        if (t.includes(')')) {
          end = j + 1;
          break;
        }
      }
    }
    reference = lines.slice(i, end).map((l) => l.text).join(' ');
    i = end;
  }
  while (i < lines.length && SEPARATOR.test((lines[i] as SourceLine).text)) i++;
  const body: Block[] = parseBody(lines.slice(i), family, isoDate).blocks;
  return { title: title.length ? title.join('\n') : placeholder, ...(reference ? { reference } : {}), body };
}
