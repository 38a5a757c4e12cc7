// "Kính gửi:" and the addressees it lists, between the title block and the body.
import type { SourceLine } from './lines';
import { MAX_LINE } from './defaults';
import { ADDRESSEES_LABEL, SHORT, listMarker, matchNumbered, startsLower } from './patterns';

const MAX_ADDRESSEES = 200;
/** A lone addressee under "Kính gửi:" is a name, not a paragraph. */
const LONE_MAX = 120;

export interface Addressees {
  entries: string[];
  /** Index of the first line after the list. */
  end: number;
}

/** "Kính gửi: …" on its line, then "- …;" entries up to the one that ends with ".". */
export function readAddressees(lines: readonly SourceLine[], at: number): Addressees | undefined {
  const first = lines[at];
  if (!first || first.text.length > SHORT) return undefined;
  const label = ADDRESSEES_LABEL.exec(first.text);
  if (!label) return undefined;
  const entries: string[] = [];
  const add = (s: string): void => {
    const marker = listMarker(s);
    const text = (marker ? marker.rest : s).replace(/[\s;,.:]+$/u, '').trim();
    if (text) entries.push(text);
  };
  const rest = (label[1] ?? '').trim();
  let k = at + 1;
  if (rest) add(rest);
  let closed = rest !== '' && /\.$/u.test(rest);
  /** The last entry's line as typed, to tell whether the copy wrapped it. */
  let lastRaw = rest;
  while (!closed && k < lines.length) {
    const t = (lines[k] as SourceLine).text;
    if (t.length > MAX_LINE || matchNumbered(t)) break;
    const marked = listMarker(t) !== null;
    // "… thành phố trực thuộc trung" / "ương": a wrapped entry runs on to its end mark.
    const lastOpen = entries.length > 0 && !/[;,.:]$/u.test(lastRaw);
    if (!marked && lastOpen && t.length <= 200 && (entries[entries.length - 1] ?? '').length + t.length < MAX_LINE && (startsLower(t) || /[;.]$/u.test(t))) {
      entries[entries.length - 1] = `${entries[entries.length - 1] ?? ''} ${t.replace(/[\s;,.:]+$/u, '')}`.trim();
      lastRaw = t;
      k++;
      closed = /\.$/u.test(t);
      continue;
    }
    // "Kính gửi:" alone, then one addressee without a dash, perhaps wrapped.
    const firstPlain = entries.length === 0 && !rest && !marked && t.length <= 200 && !/:$/u.test(t);
    const isEntry = marked || /[;,]$/u.test(t) || (/\.$/u.test(t) && t.length <= 200) || firstPlain;
    if (!isEntry) break;
    add(t);
    lastRaw = t;
    k++;
    closed = /\.$/u.test(t);
  }
  // A lone first line that nothing closed is the one addressee ("Kính gửi:" / "Sở Tài chính"),
  // unless it reads as running text (a lead-in "…như sau:", or a long sentence): then the label
  // and the line stay in the body, so that neither is lost.
  if (!rest && (entries.length === 0 || (entries.length === 1 && !/[;,.]$/u.test(lastRaw) && k === at + 2 && lastRaw.length > LONE_MAX))) return undefined;
  if (entries.length > MAX_ADDRESSEES || entries.some((e) => e.length > MAX_LINE)) return undefined;
  return { entries, end: k };
}
