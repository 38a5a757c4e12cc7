import { configDefaults, defineConfig } from 'vitest/config';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

// The app's colour (--accent in src/ui/app.css): the theme colour and the icons' background.
const THEME_COLOR = '#1f4e79';

// Nothing leaves the browser: the built page may load, fetch and run only what its own origin
// serves. Styles allow inline attributes because React writes style="…"; blob:/data: carry the
// chart picture (SVG → canvas) and the downloads. Only in builds: Vite's dev server injects inline
// scripts for hot reload.
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' blob: data:",
  "font-src 'self'",
  "connect-src 'self' blob: data:",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'vanban:content-security-policy',
    apply: 'build',
    transformIndexHtml(html) {
      // Right after the charset, before any script or link, so that it governs all of them.
      const charset = /<meta charset="UTF-8" \/>/i;
      if (!charset.test(html)) throw new Error('index.html: <meta charset="UTF-8" /> not found; the CSP goes after it');
      return html.replace(charset, (m) => `${m}\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`);
    },
  };
}

export default defineConfig({
  plugins: [
    react(),
    contentSecurityPolicy(),
    // Offline: the service worker precaches the whole app, the lazily loaded chunks (docx, pdfmake,
    // import) and the Tinos fonts included, so that it works with no network after the first visit.
    // Registered from src/main.tsx in production builds only; no service worker in `npm run dev`.
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: false,
      // The icons are in the precache already (globPatterns); listing them twice is noise.
      includeManifestIcons: false,
      manifest: {
        name: 'Vanban — Soạn văn bản',
        short_name: 'Vanban',
        description: 'Soạn văn bản hành chính và văn bản của Đảng theo đúng thể thức; tải về DOCX, PDF.',
        lang: 'vi',
        start_url: '.',
        scope: '.',
        display: 'standalone',
        theme_color: THEME_COLOR,
        background_color: '#f3f4f6',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,ttf,txt,svg,png}'],
        // pdfmake's chunk is about 1 MB and each Tinos face about 0.6 MB.
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        // autoUpdate: a new version takes over at once (the plugin sets these only for its own
        // injected registration; src/main.tsx registers instead).
        skipWaiting: true,
        clientsClaim: true,
        cleanupOutdatedCaches: true,
        navigateFallback: 'index.html',
      },
    }),
  ],
  build: { target: 'es2022', chunkSizeWarningLimit: 2500 },
  test: {
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 180_000,
    pool: 'forks',
    reporters: ['default', './scripts/summary-reporter.ts'],
    // Two projects so that the end-to-end build and server (tests/e2e/globalSetup.ts) start only
    // when an end-to-end file is selected: Vitest runs a project's global setup only when that
    // project has tests queued.
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
          exclude: [...configDefaults.exclude, 'tests/e2e/**'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/globalSetup.ts'],
        },
      },
    ],
  },
});
