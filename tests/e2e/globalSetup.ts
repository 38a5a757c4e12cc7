// One build and one server for every end-to-end file of a run (Vitest runs files in parallel: two
// builds into one folder would race). The app is built as a user gets it (NODE_ENV=production) into a
// temporary folder, so a developer's dist/ is left alone, and served by `vite preview` on a free port
// of 127.0.0.1. Registered for the "e2e" project only (vite.config.ts): Vitest runs it only when an
// end-to-end file is selected, so `vitest run tests/unit` builds nothing.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { preview } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The built app, e.g. "http://127.0.0.1:4173/". */
    appUrl: string;
    /** The folder the app was built into (what the server serves). */
    appDir: string;
  }
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const appDir = mkdtempSync(join(tmpdir(), 'vanban-e2e-app-'));
  try {
    // A child process: NODE_ENV is "test" inside Vitest, and the build must be the production one.
    await promisify(execFile)('npx', ['vite', 'build', '--outDir', appDir, '--emptyOutDir', '--logLevel', 'error'], {
      cwd: root,
      env: { ...process.env, NODE_ENV: 'production' },
      maxBuffer: 16 * 1024 * 1024,
    });
  } catch (e) {
    rmSync(appDir, { recursive: true, force: true });
    throw e;
  }
  // No config file: the server only hands out the built files.
  const server = await preview({
    root,
    configFile: false,
    logLevel: 'error',
    build: { outDir: appDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const appUrl = server.resolvedUrls?.local[0];
  if (!appUrl) {
    await server.close();
    rmSync(appDir, { recursive: true, force: true });
    throw new Error('vite preview has no URL');
  }
  project.provide('appUrl', appUrl);
  project.provide('appDir', appDir);
  return async () => {
    await server.close();
    rmSync(appDir, { recursive: true, force: true });
  };
}
