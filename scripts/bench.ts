// npm run bench: medians of several runs, printed as a table. Speed is measured here, never in tests.
import { existsSync } from 'node:fs';
import { compose } from '../src/compose';
import { renderDocx } from '../src/render/docx';
import { makeLongReport } from '../tests/fixtures/longReport';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);

async function median(label: string, fn: () => Promise<unknown> | unknown): Promise<[string, number]> {
  await fn(); // warm-up: module loading and JIT are not what a user waits for twice
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return [label, times[Math.floor(times.length / 2)] ?? NaN];
}

const doc = makeLongReport(30);
const rows: [string, number][] = [];
rows.push(await median('compose, 30-page Báo cáo (Node)', () => compose(doc)));
rows.push(await median('DOCX, 30-page Báo cáo (Node, compose included)', () => renderDocx(compose(doc), doc)));
if (existsSync(new URL('../src/render/pdf/node.ts', import.meta.url))) {
  const { renderPdfNode } = await import('../src/render/pdf/node');
  rows.push(await median('PDF, 30-page Báo cáo (Node, compose included)', () => renderPdfNode(compose(doc))));
}

console.log(`\nmedian of ${RUNS} runs after one warm-up`);
console.log('| measure | median ms |');
console.log('|---|---:|');
for (const [label, ms] of rows) console.log(`| ${label} | ${ms.toFixed(1)} |`);
