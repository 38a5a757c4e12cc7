// Shared helpers for the check tests: run check() at a fixed "today" and look findings up.
import { expect } from 'vitest';
import { check, type Finding } from '../../src/check';
import type { Document } from '../../src/model';

/** Far enough ahead that no fixture date is "in the future" unless a test says so. */
export const LATER = '2030-01-01';

export function run(doc: Document, today = LATER): Finding[] {
  return check(doc, { today });
}

export function find(findings: Finding[], code: string, path?: string): Finding[] {
  return findings.filter((f) => f.code === code && (path === undefined || f.path === path));
}

/** Exactly one finding of that code (at that path), returned for further checks. */
export function expectOne(findings: Finding[], code: string, path?: string): Finding {
  const hits = find(findings, code, path);
  expect(hits, `${code}${path ? ` at ${path}` : ''} in ${JSON.stringify(findings.map((f) => [f.code, f.path]))}`).toHaveLength(1);
  return hits[0]!;
}

export function expectNone(findings: Finding[], code: string): void {
  expect(find(findings, code).map((f) => f.path), code).toEqual([]);
}

export function errors(findings: Finding[]): Finding[] {
  return findings.filter((f) => f.severity === 'error');
}
