// Node side of the scripts that look at the app in real Chromium (bench, preview-shot): a
// production build of a page into a temp dir, served by `vite preview` on 127.0.0.1, and the
// Debian Chromium launched headless. Pages under scripts/ are built by Vite with the app's own
// config (same plugins, same target), so they run the app's modules as the app does.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { build, preview } from 'vite';

export const ROOT = resolve(import.meta.dirname, '../..');
export const APP_CONFIG = join(ROOT, 'vite.config.ts');

export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'];

export interface BuildOptions {
  /** HTML entry pages relative to the repository root; absent: the app's index.html. */
  input?: Record<string, string>;
  /** Write .vite/manifest.json (chunk graph) into the output. */
  manifest?: boolean;
}

/** A production build into a fresh temp dir (never dist/); returns the dir. */
export async function buildToTemp(prefix: string, options: BuildOptions = {}): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), prefix));
  // The build a user gets: React's production build and no dev-only code paths.
  process.env.NODE_ENV = 'production';
  await build({
    root: ROOT,
    configFile: APP_CONFIG,
    mode: 'production',
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: true,
      manifest: options.manifest ?? false,
      ...(options.input ? { rollupOptions: { input: Object.fromEntries(Object.entries(options.input).map(([k, v]) => [k, join(ROOT, v)])) } } : {}),
    },
  });
  return outDir;
}

export interface Served {
  /** The origin, ending with "/". */
  url: string;
  close: () => Promise<void>;
}

/** `vite preview` of a built dir on 127.0.0.1 at a free port; close() also deletes the dir when asked. */
export async function serveBuilt(outDir: string, removeOnClose = true): Promise<Served> {
  const server = await preview({
    root: ROOT,
    configFile: false,
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview has no URL');
  return {
    url: url.endsWith('/') ? url : `${url}/`,
    close: async () => {
      await server.close();
      if (removeOnClose) rmSync(outDir, { recursive: true, force: true });
    },
  };
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
}
