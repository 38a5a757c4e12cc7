// compose(document) → Layout: the one place where formatting is decided.
import type { Document } from '../model';
import type { Profile } from '../standards';
import { KINDS, profileFor, reportYear } from '../standards';
import { composeAppendix } from './appendix';
import { composeBody } from './body';
import { composeClosing } from './closing';
import { composeHeader } from './header';
import type { Layout, LayoutBlock, PageGeometry } from './layout';
import { mmToPt } from './measure';
import { composeTitle } from './titleBlock';
import { tagByRole } from './sources';

export function pageGeometry(profile: Profile): PageGeometry {
  const p = profile.page;
  const margins = {
    top: mmToPt(p.marginsMm.top),
    bottom: mmToPt(p.marginsMm.bottom),
    left: mmToPt(p.marginsMm.left),
    right: mmToPt(p.marginsMm.right),
  };
  const widthPt = mmToPt(p.widthMm);
  return {
    widthPt,
    heightPt: mmToPt(p.heightMm),
    margins,
    headerDistancePt: mmToPt(p.headerDistanceMm),
    contentWidthPt: widthPt - margins.left - margins.right,
  };
}

export function compose(doc: Document, profileOverride?: Profile): Layout {
  const profile = profileOverride ?? profileFor(doc);
  const page = pageGeometry(profile);
  const width = page.contentWidthPt;
  const body = composeBody(doc.body, profile, width, { endMark: true, reportYear: reportYear(doc.date) });
  // The last lines of the content go with the signature block onto its page.
  const last = body[body.length - 1];
  if (last && last.type === 'paragraph') last.keepNext = true;
  const main: LayoutBlock[] = [composeHeader(doc, profile, width), ...composeTitle(doc, profile, width), ...body, composeClosing(doc, profile, width)];
  // Header, title and closing lead back to their fields (the body's blocks have theirs already).
  tagByRole(main);
  const kind = KINDS[doc.kind];
  return {
    page,
    font: { family: profile.font.family },
    pageNumber: { sizePt: profile.pageNumber.style.sizePt },
    sections: [
      { role: 'main', blocks: main, restartPageNumbers: false },
      ...(doc.appendices ?? []).map((a, i) => composeAppendix(doc, a, i, profile, width)),
    ],
    meta: {
      title: `${kind.label}: ${doc.title.summary.replace(/\s+/g, ' ').trim()}`.slice(0, 250),
      subject: doc.title.summary.replace(/\s+/g, ' ').trim().slice(0, 250),
      author: doc.issuer.name.replace(/\s+/g, ' ').trim(),
      language: 'vi-VN',
      profileId: profile.id,
    },
  };
}
