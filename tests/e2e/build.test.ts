// The production build as globalSetup.ts made it: the first screen's script stays small (the
// service worker's registration is fetched after it), and the web app manifest names the app and
// its icons in the app's own colour.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { appDir } from './browser';

const START_SCRIPT_BUDGET_GZIP = 200 * 1024;

const html = (): string => readFileSync(join(appDir(), 'index.html'), 'utf8');

/** The scripts the page loads before it shows anything: the entry and what it preloads. */
function startScripts(): string[] {
  const page = html();
  const entry = [...page.matchAll(/<script type="module"[^>]* src="\/([^"]+)"/g)].map((m) => m[1] as string);
  const preloads = [...page.matchAll(/<link rel="modulepreload"[^>]* href="\/([^"]+)"/g)].map((m) => m[1] as string);
  return [...entry, ...preloads];
}

function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('the production build', () => {
  it('keeps the start screen under 200 KB of gzipped script, without the service worker code', () => {
    const scripts = startScripts();
    expect(scripts.length).toBeGreaterThan(0);
    const code = scripts.map((s) => readFileSync(join(appDir(), s)));
    const gzipped = code.reduce((sum, c) => sum + gzipSync(c, { level: 9 }).length, 0);
    expect(gzipped).toBeLessThanOrEqual(START_SCRIPT_BUDGET_GZIP);
    // workbox-window arrives in its own chunk, after the app has started.
    for (const c of code) expect(c.toString('utf8')).not.toContain('messageSkipWaiting');
  });

  it('has a manifest with the app\'s name, language, colour and icons', () => {
    const page = html();
    expect(page).toContain('<link rel="manifest" href="/manifest.webmanifest">');
    expect(page).toMatch(/<link rel="icon" href="\/favicon.svg" type="image\/svg\+xml" \/>/);
    const manifest = JSON.parse(readFileSync(join(appDir(), 'manifest.webmanifest'), 'utf8')) as {
      name: string;
      short_name: string;
      lang: string;
      theme_color: string;
      icons: { src: string; sizes: string; type: string }[];
    };
    expect(manifest.name).toBe('Vanban — Soạn văn bản');
    expect(manifest.short_name).toBe('Vanban');
    expect(manifest.lang).toBe('vi');
    // The app's blue, as the stylesheet has it.
    const accent = /--accent:\s*(#[0-9a-f]{6})/i.exec(readFileSync(join(import.meta.dirname, '../../src/ui/app.css'), 'utf8'))?.[1];
    expect(accent).toBeDefined();
    expect(manifest.theme_color.toLowerCase()).toBe(accent?.toLowerCase());
    expect(page).toContain(`<meta name="theme-color" content="${manifest.theme_color}" />`);
    for (const icon of manifest.icons) expect(existsSync(join(appDir(), icon.src))).toBe(true);
    const png = manifest.icons.filter((i) => i.type === 'image/png');
    expect(png.map((i) => i.sizes).sort()).toEqual(['192x192', '512x512']);
    for (const icon of png) {
      const [w, h] = icon.sizes.split('x').map(Number);
      expect(pngSize(join(appDir(), icon.src))).toEqual({ width: w, height: h });
    }
  });
});
