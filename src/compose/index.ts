export * from './layout';
export { compose, pageGeometry } from './compose';
export { textWidthPt, mmToPt, ptToMm } from './measure';
export { stripEmphasis } from './inline';
export { appendixReference } from './appendix';
