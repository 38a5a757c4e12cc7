// What every end-to-end file shares: Debian's Chromium with a fresh profile (its own IndexedDB,
// caches and service workers), the URL of the app built once by globalSetup.ts, a watch on
// Content-Security-Policy violations, and readers for the files the app hands out.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';

export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'];

/** The built app's address, e.g. "http://127.0.0.1:4173/". */
export const appUrl = (): string => inject('appUrl');
/** The folder the app was built into. */
export const appDir = (): string => inject('appDir');

export interface Session {
  context: BrowserContext;
  page: Page;
  /** A scratch folder for downloads, removed by close(). */
  workDir: string;
  /** Every CSP violation seen so far, in the page's words. */
  cspViolations: string[];
  close(): Promise<void>;
}

/** A fresh Chromium profile with its first page; CSP violations are recorded from the start. */
export async function openSession(options: { locale?: string } = {}): Promise<Session> {
  const profileDir = mkdtempSync(join(tmpdir(), 'vanban-e2e-profile-'));
  const workDir = mkdtempSync(join(tmpdir(), 'vanban-e2e-files-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1366, height: 768 },
    acceptDownloads: true,
    locale: options.locale ?? 'vi-VN',
  });
  const cspViolations: string[] = [];
  // Chromium reports a refusal on the console; the page's own event also catches refusals that a
  // library swallowed (e.g. a try/catch around eval).
  context.on('console', (m) => {
    if (/Content Security Policy|\[csp-violation\]/.test(m.text())) cspViolations.push(m.text());
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.warn(`[csp-violation] ${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    workDir,
    cspViolations,
    async close() {
      await context.close();
      rmSync(profileDir, { recursive: true, force: true });
      rmSync(workDir, { recursive: true, force: true });
    },
  };
}

/**
 * One session for the whole file: opened before its tests, closed after them, and after each test
 * no CSP violation may have been seen. `ready` receives the session once it is open.
 */
export function useSession(ready: (session: Session) => void, options: { locale?: string } = {}): void {
  let session: Session | undefined;
  beforeAll(async () => {
    session = await openSession(options);
    ready(session);
  });
  afterAll(async () => {
    await session?.close();
  });
  afterEach(() => {
    expect(session?.cspViolations.splice(0)).toEqual([]);
  });
}

/** Text comparison that ignores case, line wrapping and Unicode composition. */
export function norm(s: string): string {
  return s.normalize('NFC').replace(/\s+/gu, ' ').toLocaleLowerCase('vi').trim();
}

/** The text of a DOCX's main part, one line per paragraph; throws when it is not a DOCX. */
export function docxText(bytes: Uint8Array): string {
  const files = unzipSync(bytes);
  const xml = files['word/document.xml'];
  if (!xml) throw new Error('word/document.xml is missing');
  return strFromU8(xml)
    .replace(/<w:tab\/>/g, ' ')
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** The text poppler reads from a PDF file. */
export function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-']).toString('utf8');
}

/** Waits until the editor has written the draft to IndexedDB. */
export async function waitSaved(p: Page): Promise<void> {
  await p.waitForFunction(() => document.querySelector('[data-testid="save-status"]')?.getAttribute('data-state') === 'saved');
}

/** Clicks a download button and saves what arrives under workDir. */
export async function download(session: Session, testId: string, name: string): Promise<{ file: string; suggested: string }> {
  const [d] = await Promise.all([session.page.waitForEvent('download'), session.page.locator(`[data-testid="${testId}"]`).click()]);
  const file = join(session.workDir, name);
  await d.saveAs(file);
  return { file, suggested: d.suggestedFilename() };
}

/** Screenshots (and files) for a person to look at, only when asked: VANBAN_E2E_SHOTS=<folder>. */
export async function shot(session: Session, name: string): Promise<void> {
  const dir = process.env.VANBAN_E2E_SHOTS;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  await session.page.screenshot({ path: join(dir, name) });
}

/** Keeps a copy of a produced file next to the screenshots, when asked (VANBAN_E2E_SHOTS). */
export function keep(file: string, name: string): void {
  const dir = process.env.VANBAN_E2E_SHOTS;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  copyFileSync(file, join(dir, name));
}
