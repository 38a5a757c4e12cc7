// The PDF renderer. The browser entry loads pdfmake and the fonts on first use; Node code (CLI, tests)
// imports './node' directly, which this index leaves out so that no Node module reaches the bundle.
export { pdfDefinition, lineBoxPt, lineHeightFactor, PDF_FONT_FAMILY } from './definition';
export { renderPdfBrowser } from './browser';
