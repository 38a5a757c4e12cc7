// The audit engine's contract: rules read a Document under its rule book and report findings.
// A finding names a stable code, a dotted path into the Document (so the UI can point at the
// field) and a message in both languages a văn thư can act on.
import type { Document } from '../model';
import type { Profile } from '../standards';

export type Severity = 'error' | 'warning';

export interface Message {
  vi: string;
  en: string;
}

export interface Finding {
  /** Stable identifier, e.g. "summary.missing"; never reworded once released. */
  code: string;
  severity: Severity;
  /** Dotted path into the Document: "signature.name", "body.3.title", "recipients.archive". */
  path: string;
  message: Message;
  /** Legal basis of the rule that produced it, e.g. "NĐ 30/2020 Phụ lục I, II.4.b". */
  basis: string;
}

export interface CheckContext {
  doc: Document;
  /** The rule book the document is laid out by (profileFor(doc)). */
  profile: Profile;
  /** ISO date the document is judged at. */
  today: string;
}

/** What a rule reports; the engine adds the code's severity and the rule's basis. */
export interface Hit {
  code: string;
  path: string;
  message: Message;
  /** Overrides the rule's basis when one clause of several applies (State vs Party). */
  basis?: string;
}

export interface Rule {
  id: string;
  /** Legal basis, shown with every finding of the rule unless a hit names a narrower one. */
  basis: string;
  /** Every code the rule can emit, with its severity: a code's severity never varies. */
  codes: Readonly<Record<string, Severity>>;
  check(ctx: CheckContext): Hit[];
}

/** A finding in free text (import, the UI's paste box): where it is, not which field. */
export interface TextFinding {
  code: string;
  severity: Severity;
  message: Message;
  basis: string;
  /** Offsets of the offending text in the input, [start, end). */
  start: number;
  end: number;
  /** The text as the rule book writes it, when it can be said. */
  suggestion?: string;
}
