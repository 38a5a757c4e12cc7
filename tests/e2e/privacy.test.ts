// Nothing leaves the browser: a whole working session (start screen, the Báo cáo sample with its
// chart, an edit, DOCX and PDF, a Word file imported through mammoth, the language switched) asks
// for nothing outside the app's own origin — the page's requests and the service worker's alike —
// and the Content-Security-Policy of the build refuses nothing the app does.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document as DocxDocument, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { unzipSync } from 'fflate';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { appDir, appUrl, docxText, download, keep, norm, openSession, pdfText, shot, waitSaved, type Session } from './browser';

const SAMPLE = 'sample-003-bao-cao-tong-ket-so-tttt-bac-giang';
const EDITED = 'Tổng kết công tác năm 2008 — bản thử quyền riêng tư';

let session: Session;
let baseUrl: string;
let origin: string;

interface Seen {
  url: string;
  byWorker: boolean;
}
const seen: Seen[] = [];
const sockets: string[] = [];
const refused: string[] = [];

/** A Word file not made by Vanban, so the importer reads it with mammoth. */
async function foreignDocx(): Promise<Buffer> {
  const p = (t: string): Paragraph => new Paragraph({ text: t });
  const cell = (...l: string[]): TableCell => new TableCell({ children: l.map(p) });
  const doc = new DocxDocument({
    sections: [
      {
        children: [
          new Table({ rows: [new TableRow({ children: [cell('UBND TỈNH KIÊN GIANG', 'VĂN PHÒNG NHẬP THỬ', 'Số: 134/TB-VP'), cell('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Kiên Giang, ngày 13 tháng 02 năm 2019')] })] }),
          p('THÔNG BÁO'),
          p('Ý kiến kết luận của Phó Chủ tịch UBND tỉnh'),
          p('1. Về công nghệ thông tin'),
          p('Nội dung thông báo./.'),
          new Table({ rows: [new TableRow({ children: [cell('Nơi nhận:', '- Như trên;', '- Lưu: VT, TH.'), cell('KT. CHÁNH VĂN PHÒNG', 'PHÓ CHÁNH VĂN PHÒNG', 'Huỳnh Vĩnh Lạc')] })] }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

beforeAll(async () => {
  baseUrl = appUrl();
  origin = new URL(baseUrl).origin;
  session = await openSession();
  // The context sees the pages' requests and, in Chromium, the service worker's own (its precache).
  session.context.on('request', (r) => seen.push({ url: r.url(), byWorker: r.serviceWorker() !== null }));
  session.page.on('websocket', (ws) => sockets.push(ws.url()));
  // Nothing the app asks for is missing (the favicon once was: Chromium reports that only on the console).
  session.context.on('response', (r) => {
    if (r.status() >= 400) refused.push(`${r.status()} ${r.url()}`);
  });
  session.context.on('console', (m) => {
    if (m.type() === 'error') refused.push(`console: ${m.text()}`);
  });
});

afterAll(async () => {
  await session?.close();
});

afterEach(() => {
  expect(session.cspViolations.splice(0)).toEqual([]);
});

describe('a working session that stays in the browser', () => {
  it('ships the Content-Security-Policy in the built page', async () => {
    const html = readFileSync(join(appDir(), 'index.html'), 'utf8');
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    const directives = new Map(meta.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values.join(' ')]));
    expect(directives.get('default-src')).toBe("'self'");
    expect(directives.get('script-src')).toBe("'self'");
    expect(directives.get('connect-src')).toBe("'self' blob: data:");
    expect(directives.get('object-src')).toBe("'none'");
    expect(directives.get('form-action')).toBe("'none'");
    // Before every script and stylesheet of the page, so it governs them all.
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));
  });

  it('opens the start screen and the Báo cáo sample with its chart', async () => {
    const { page } = session;
    await page.goto(`${baseUrl}#/start`);
    await page.locator(`[data-template-id="${SAMPLE}"] .template-use`).click();
    await page.locator('[name="title.summary"]').waitFor();
    await page.locator('[data-testid="preview"] .vb-chart svg').first().waitFor();
    await page.locator('[data-testid="preview"] .vb-chart').first().scrollIntoViewIfNeeded();
    await shot(session, 'privacy-chart.png');
  });

  it('edits a field', async () => {
    const { page } = session;
    await page.locator('[name="title.summary"]').fill(EDITED);
    await waitSaved(page);
    await expect.poll(async () => norm((await page.locator('[data-testid="preview"]').textContent()) ?? '')).toContain(norm(EDITED));
  });

  it('downloads a DOCX with the chart drawn as a picture', async () => {
    const { file } = await download(session, 'download-docx', 'report.docx');
    keep(file, 'privacy-report.docx');
    const bytes = readFileSync(file);
    expect(norm(docxText(bytes))).toContain(norm(EDITED));
    // The chart went through a blob: image onto a canvas: a PNG in the package.
    const pictures = Object.entries(unzipSync(bytes)).filter(([name]) => /^word\/media\/.+\.png$/.test(name));
    expect(pictures.length).toBeGreaterThan(0);
    for (const [, png] of pictures) expect(Buffer.from(png.subarray(1, 4)).toString('latin1')).toBe('PNG');
  });

  it('downloads a PDF', async () => {
    const { file } = await download(session, 'download-pdf', 'report.pdf');
    keep(file, 'privacy-report.pdf');
    expect(readFileSync(file).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(norm(pdfText(file))).toContain(norm(EDITED));
  });

  it('imports a Word file and opens it as a draft', async () => {
    const { page } = session;
    await page.goto(`${baseUrl}#/start`);
    await page.locator('[data-testid="import-docx"]').setInputFiles({
      name: 'thong-bao.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: await foreignDocx(),
    });
    const result = page.locator('[data-testid="import-result"]');
    await result.waitFor();
    await result.locator('.button.primary').click();
    await expect.poll(() => page.locator('[name="issuer.name"]').inputValue()).toBe('VĂN PHÒNG NHẬP THỬ');
  });

  it('switches the language', async () => {
    const { page } = session;
    await page.locator('[data-testid="language-switch"]').click();
    await expect.poll(() => page.locator('label[for="f-issuer.name"]').textContent()).toBe('Issuing body');
  });

  it('asked for nothing outside its own origin, the service worker included', async () => {
    const { page } = session;
    // Let the worker finish its precache, so that its requests are part of what is checked.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    const outside = seen.map((s) => s.url).filter((url) => !url.startsWith('blob:') && !url.startsWith('data:') && new URL(url).origin !== origin);
    expect(outside).toEqual([]);
    expect(sockets).toEqual([]);
    expect(refused).toEqual([]);
    // The record is not empty: the page's scripts, pdfmake and the fonts, and the worker's precache.
    expect(seen.some((s) => /\/assets\/pdfmake-[\w-]+\.js$/.test(s.url))).toBe(true);
    expect(seen.filter((s) => s.url.endsWith('.ttf')).length).toBeGreaterThanOrEqual(4);
    expect(seen.some((s) => s.byWorker)).toBe(true);
  });

  it('has the policy in force: a request to another origin is refused', async () => {
    const { page } = session;
    const outcome = await page.evaluate(() =>
      fetch('http://example.invalid/track').then(
        () => 'sent',
        () => 'refused',
      ),
    );
    expect(outcome).toBe('refused');
    // Refused by connect-src (not merely unreachable), and the watch the other tests rely on saw it.
    await expect.poll(() => session.cspViolations.join('\n')).toMatch(/connect-src/);
    session.cspViolations.splice(0);
  });
});
