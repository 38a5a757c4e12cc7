// The import screen of the built app (with its Content-Security-Policy and service worker)
// takes a PDF and a Word 97–2003 .doc: pdf.js and its worker, and cfb, arrive only then, from
// the app's own origin, the policy refuses nothing, and the draft opens with the issuer read.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { convertSamples, type Converted } from '../import/libreoffice';
import { appUrl, openSession, shot, type Session } from './browser';

const SAMPLE = 'sample-002-tb-ket-luan-vp-ubnd-kien-giang';

let session: Session;
let baseUrl: string;
const requests: string[] = [];
/** The page's own requests, not the service worker's precache (which fetches every chunk). */
const pageRequests: string[] = [];
let pdf: Converted;
let doc: Converted;

beforeAll(async () => {
  baseUrl = appUrl();
  const find = (list: Converted[]): Converted => {
    const c = list.find((x) => x.id === SAMPLE);
    if (!c) throw new Error(`${SAMPLE} not among the samples`);
    return c;
  };
  pdf = find(await convertSamples('pdf'));
  doc = find(await convertSamples('doc'));
  session = await openSession();
  session.context.on('request', (r) => {
    requests.push(r.url());
    if (r.serviceWorker() === null) pageRequests.push(r.url());
  });
});

afterAll(async () => {
  await session?.close();
});

describe('import screen: PDF and .doc', () => {
  it('loads no PDF or .doc reader on the start screen', async () => {
    const { page } = session;
    await page.goto(`${baseUrl}#/start`);
    await page.locator('[data-testid="import-docx"]').waitFor({ state: 'attached' });
    expect(pageRequests.filter((u) => /pdfjsBrowser|pdf\.worker|\/cfb-/.test(u))).toEqual([]);
  });

  for (const [label, file, mime] of [
    ['PDF', () => pdf, 'application/pdf'],
    ['.doc', () => doc, 'application/msword'],
  ] as const) {
    it(`imports a ${label} and opens it as a draft`, async () => {
      const { page } = session;
      await page.goto(`${baseUrl}#/start`);
      const c = file();
      await page.locator('[data-testid="import-docx"]').setInputFiles({ name: `thong-bao${label === 'PDF' ? '.pdf' : '.doc'}`, mimeType: mime, buffer: Buffer.from(c.bytes) });
      const result = page.locator('[data-testid="import-result"]');
      await result.waitFor();
      await shot(session, `import-${label === 'PDF' ? 'pdf' : 'doc'}.png`);
      await result.locator('.button.primary').click();
      await expect.poll(() => page.locator('[name="issuer.name"]').inputValue()).toBe(c.document.issuer.name);
    });
  }

  it('took pdf.js, its worker and cfb from its own origin, and the policy refused nothing', () => {
    const origin = new URL(baseUrl).origin;
    expect(pageRequests.some((u) => /\/assets\/pdf\.worker[\w.-]*\.js$/.test(u))).toBe(true);
    expect(pageRequests.some((u) => /\/assets\/cfb-[\w-]+\.js$/.test(u))).toBe(true);
    expect(requests.filter((u) => !u.startsWith('blob:') && !u.startsWith('data:') && new URL(u).origin !== origin)).toEqual([]);
    expect(session.cspViolations).toEqual([]);
  });
});
