export { chartSvg } from './svg';
/** Turns a chart's SVG into PNG bytes; the browser and Node each bring their own. */
export type Rasterize = (svg: string, widthPt: number, heightPt: number) => Promise<Uint8Array>;
