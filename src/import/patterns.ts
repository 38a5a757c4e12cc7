// The shapes a real document's parts take in text, as recognisers, grouped by the part they
// recognise (shapes/). Each one is a pure function of one line (or one column of a line) and says
// nothing about where the line stands; regions.ts decides that. Regexes are anchored and bounded:
// pasted text can hold megabyte-long lines.
import { NATIONAL, matchNumber, matchPlaceDate } from './shapes/header';
import { ADDRESSEES_LABEL, RECIPIENTS_LABEL, matchAuthority } from './shapes/closing';

export { SHORT, endsClause, isRuleLine, isStar, isUpper, listMarker, startsLower } from './shapes/line';
export { NATIONAL, isoDate, matchMark, matchNumber, matchPlaceDate } from './shapes/header';
export type { NumberMatch, PlaceDateMatch, Secrecy, Urgency } from './shapes/header';
export { isAuthorLine, kindForTypeCode, matchTitle, refineKind } from './shapes/title';
export type { TitleMatch } from './shapes/title';
export { ADDRESSEES_LABEL, RECIPIENTS_LABEL, isPersonName, isPositionLine, isSignedNote, matchArchive, matchAuthority } from './shapes/closing';
export type { AuthorityMatch } from './shapes/closing';
export { matchNumbered } from './shapes/numbering';
export type { FoundScheme, NumberedMatch } from './shapes/numbering';

/** A line only the header or the closing holds: a table (or column block) with one is layout, not data. */
export function isLayoutLine(t: string): boolean {
  return (
    NATIONAL.some((n) => n.re.test(t)) ||
    matchNumber(t) !== null ||
    matchPlaceDate(t) !== null ||
    RECIPIENTS_LABEL.test(t) ||
    ADDRESSEES_LABEL.test(t) ||
    matchAuthority(t) !== null
  );
}
