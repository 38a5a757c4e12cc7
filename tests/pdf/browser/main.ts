// Test page for tests/pdf/browser.test.ts: the app's browser PDF path, built by Vite as the app is.
// Nothing of the renderer loads until makePdf is called.
import { compose } from '../../../src/compose';
import { makeDoc, makePartyDoc } from '../../fixtures/docs';

interface Harness {
  ready: boolean;
  makePdf: (party: boolean) => Promise<{ type: string; base64: string }>;
}

const harness = window as unknown as Harness;

harness.makePdf = async (party) => {
  const { renderPdfBrowser } = await import('../../../src/render/pdf/browser');
  const blob = await renderPdfBrowser(compose(party ? makePartyDoc() : makeDoc()));
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return { type: blob.type, base64: btoa(binary) };
};
harness.ready = true;
