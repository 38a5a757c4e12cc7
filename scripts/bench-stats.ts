// Timing and tables for `npm run bench`: medians of several runs after one warm-up, printed as
// markdown tables. Speed is measured here, never in tests.

/** BENCH_RUNS: how many timed runs of each measure (after one warm-up); the slow tools default to fewer. */
export function runCounts(env: NodeJS.ProcessEnv = process.env): { runs: number; slowRuns: number } {
  const raw = env.BENCH_RUNS;
  const n = raw === undefined || raw === '' ? NaN : Math.floor(Number(raw));
  if (raw !== undefined && raw !== '' && !(n >= 1)) throw new Error(`BENCH_RUNS must be a whole number ≥ 1, not "${raw}"`);
  // LibreOffice takes seconds per run: 3 unless BENCH_RUNS asks for a count.
  return Number.isNaN(n) ? { runs: 7, slowRuns: 3 } : { runs: n, slowRuns: n };
}

export function median(xs: readonly number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

export interface Timing {
  label: string;
  runs: number;
  medianMs: number;
  samplesMs: number[];
  /** Output size in bytes, or another count named by `note`. */
  output?: string;
  note?: string;
}

/** One warm-up (module loading and JIT are not what a user waits for twice), then `runs` timed runs. */
export async function timeRuns(runs: number, fn: () => Promise<unknown> | unknown): Promise<number[]> {
  await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
  }
  return samples;
}

/** Runs that time themselves (in the page): one warm-up, then `runs` samples. */
export async function selfTimedRuns<T extends { ms: number }>(runs: number, fn: () => Promise<T>): Promise<{ samples: number[]; last: T }> {
  let last = await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    last = await fn();
    samples.push(last.ms);
  }
  return { samples, last };
}

export function timing(label: string, samplesMs: number[], extra: Pick<Timing, 'output' | 'note'> = {}): Timing {
  return { label, runs: samplesMs.length, medianMs: median(samplesMs), samplesMs, ...extra };
}

export const ms = (x: number): string => (Number.isFinite(x) ? (x >= 100 ? x.toFixed(0) : x.toFixed(1)) : '–');
export const kB = (bytes: number): string => (bytes / 1000).toFixed(1);

/** A markdown table; `align` is one of 'l' | 'r' per column. */
export function table(header: string[], rows: string[][], align: ('l' | 'r')[] = []): string {
  const rule = header.map((_, i) => (align[i] === 'r' ? '---:' : '---'));
  return [header, rule, ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');
}

export function timingTable(rows: Timing[]): string {
  return table(
    ['measure', 'median ms', 'runs', 'output'],
    rows.map((r) => [r.label, ms(r.medianMs), String(r.runs), [r.output, r.note].filter(Boolean).join('; ')]),
    ['l', 'r', 'r', 'l'],
  );
}
