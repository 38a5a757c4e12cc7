// Small builders: a rule-book TextStyle becomes runs and paragraphs of the Layout.
import type { LineSpacing, Profile, RuleSpec, TextStyle } from '../standards';
import { upper } from '../standards';
import type { Align, ParagraphBlock, Role, RuleBlock, Run } from './layout';
import type { RunStyle } from './inline';
import { textWidthPt } from './measure';

export const SINGLE: LineSpacing = { rule: 'auto', multiple: 1 };

export function runStyle(style: TextStyle): RunStyle {
  return { sizePt: style.sizePt, bold: !!style.bold, italic: !!style.italic, underline: !!style.underline };
}

export function run(text: string, style: TextStyle): Run {
  return { ...runStyle(style), text: style.caps ? upper(text) : text };
}

export interface ParaOptions {
  align?: Align;
  firstLineIndentPt?: number;
  leftIndentPt?: number;
  hangingPt?: number;
  spaceBeforePt?: number;
  spaceAfterPt?: number;
  line?: LineSpacing;
  keepNext?: boolean;
  keepLines?: boolean;
  framed?: boolean;
  frame?: { widthPt: number; heightPt: number };
}

export function para(role: Role, runs: Run[], o: ParaOptions = {}): ParagraphBlock {
  return {
    type: 'paragraph',
    role,
    runs,
    align: o.align ?? 'left',
    firstLineIndentPt: o.firstLineIndentPt ?? 0,
    leftIndentPt: o.leftIndentPt ?? 0,
    hangingPt: o.hangingPt ?? 0,
    spaceBeforePt: o.spaceBeforePt ?? 0,
    spaceAfterPt: o.spaceAfterPt ?? 0,
    line: o.line ?? SINGLE,
    keepNext: o.keepNext ?? false,
    keepLines: o.keepLines ?? false,
    framed: o.framed ?? false,
    ...(o.frame ? { frame: o.frame } : {}),
  };
}

/** One centred single-spaced line per "\n"-separated part of text. */
export function centredLines(role: Role, text: string, style: TextStyle, o: ParaOptions = {}): ParagraphBlock[] {
  return text
    .split('\n')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => para(role, [run(s, style)], { align: 'center', keepNext: true, ...o }));
}

/** Width of the widest of the given lines as printed (caps applied), capped at maxPt. */
export function widestLinePt(lines: string[], style: TextStyle, maxPt: number): number {
  const widths = lines.map((l) => textWidthPt(style.caps ? upper(l) : l, style));
  return Math.min(Math.max(0, ...widths), maxPt);
}

export function rule(role: Role, spec: RuleSpec, measuredPt: number, o: { spaceBeforePt?: number; spaceAfterPt?: number } = {}): RuleBlock {
  return {
    type: 'rule',
    role,
    lengthPt: Math.round(measuredPt * spec.fraction * 10) / 10,
    thicknessPt: spec.thicknessPt,
    spaceBeforePt: o.spaceBeforePt ?? 3,
    spaceAfterPt: o.spaceAfterPt ?? 0,
  };
}

export function bodyLine(profile: Profile): LineSpacing {
  return profile.body.line;
}
