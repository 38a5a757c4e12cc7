export * from './layout';
export { compose, pageGeometry } from './compose';
export { textWidthPt, mmToPt, ptToMm } from './measure';
export { appendixReference } from './appendix';
