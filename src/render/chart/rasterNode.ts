// SVG → PNG in Node (CLI, tests) with resvg compiled to WebAssembly and the Tinos fonts, so the
// DOCX made from the command line carries the same chart as the one made in the browser.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import { TINOS_FILES } from '../pdf/fonts';

const require = createRequire(import.meta.url);
let ready: Promise<Uint8Array[]> | undefined;

function init(): Promise<Uint8Array[]> {
  ready ??= (async () => {
    await initWasm(readFileSync(require.resolve('@resvg/resvg-wasm/index_bg.wasm')));
    return Object.values(TINOS_FILES).map((f) => new Uint8Array(readFileSync(require.resolve(`@expo-google-fonts/tinos/${f}`))));
  })();
  return ready;
}

/** PNG bytes of the SVG at `scale` pixels per point. */
export async function rasterizeSvgNode(svg: string, widthPt: number, scale = 3): Promise<Uint8Array> {
  const fontBuffers = await init();
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: Math.round(widthPt * scale) },
    font: { fontBuffers, defaultFontFamily: 'Tinos', serifFamily: 'Tinos' },
    background: '#ffffff',
  });
  const png = resvg.render().asPng();
  resvg.free();
  return png;
}
