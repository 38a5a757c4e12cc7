// check(doc) → findings: every rule of RULES run against the document under its rule book
// (profileFor). Rules are data-like objects with a legal basis; the engine only adds each
// code's fixed severity and the basis, and orders the result (errors first, stable otherwise).
import type { Document } from '../model';
import { profileFor } from '../standards';
import { appendixRules } from './rules/appendix';
import { authorityRules } from './rules/authority';
import { bodyRules } from './rules/body';
import { dateRules } from './rules/date';
import { districtRules } from './rules/district';
import { numberRules } from './rules/number';
import { partyIssuerCodeRules } from './rules/partyIssuerCodes';
import { placeholderRules } from './rules/placeholder';
import { recipientRules } from './rules/recipients';
import { requiredRules } from './rules/required';
import { signatureRules } from './rules/signature';
import { summaryRules } from './rules/summary';
import type { Finding, Rule, Severity } from './types';
import { localToday } from './util';

export type { CheckContext, Finding, Hit, Message, Rule, Severity, TextFinding } from './types';
export { checkDateText, checkNumberText } from './text';
export { DISTRICT_LEVEL_ENDED } from './rules/district';

export const RULES: readonly Rule[] = [
  ...requiredRules,
  ...placeholderRules,
  ...numberRules,
  ...dateRules,
  ...summaryRules,
  ...bodyRules,
  ...recipientRules,
  ...signatureRules,
  ...districtRules,
  ...partyIssuerCodeRules,
  ...appendixRules,
  ...authorityRules,
];

/** Every code any rule can report, with its severity (for the UI legend and the docs). */
export const CODES: Readonly<Record<string, Severity>> = Object.freeze(
  Object.assign({}, ...RULES.map((r) => r.codes)) as Record<string, Severity>,
);

export interface CheckOptions {
  /** ISO date the document is judged at; defaults to today in local time. */
  today?: string;
}

export function check(doc: Document, options: CheckOptions = {}): Finding[] {
  const profile = profileFor(doc);
  const ctx = { doc, profile, today: options.today ?? localToday() };
  const findings: Finding[] = [];
  for (const rule of RULES) {
    for (const hit of rule.check(ctx)) {
      const severity = rule.codes[hit.code];
      // A rule reporting a code it did not declare is a programming error, not a finding.
      if (!severity) throw new Error(`check: rule ${rule.id} reported undeclared code ${hit.code}`);
      findings.push({ code: hit.code, severity, path: hit.path, message: hit.message, basis: hit.basis || rule.basis });
    }
  }
  // Errors first; within a severity, rule order then document order (Array.sort is stable).
  return findings.sort((a, b) => rank(a.severity) - rank(b.severity));
}

function rank(s: Severity): number {
  return s === 'error' ? 0 : 1;
}

export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}
