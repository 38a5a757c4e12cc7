// A small test page (a folder with index.html and its module) built by Vite into a temp dir,
// served on 127.0.0.1 at a free port, and Debian's Chromium to open it: for tests that check a
// module in the browser the way the app bundles it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { build, preview } from 'vite';

export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'];

export interface TestPage {
  origin: string;
  browser: Browser;
  close(): Promise<void>;
}

export async function openTestPage(root: string, prefix: string): Promise<TestPage> {
  const out = mkdtempSync(join(tmpdir(), prefix));
  await build({ root, configFile: false, logLevel: 'error', build: { outDir: out, emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 5000 } });
  const server = await preview({ root, configFile: false, logLevel: 'error', preview: { port: 0, host: '127.0.0.1' }, build: { outDir: out } });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview has no URL');
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  return {
    origin: new URL(url).origin,
    browser,
    close: async () => {
      await browser.close();
      await server.close();
      rmSync(out, { recursive: true, force: true });
    },
  };
}
