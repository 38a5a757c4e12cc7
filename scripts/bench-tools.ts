// What a user would otherwise run on the same content, from Debian's packages: pandoc (Markdown →
// DOCX) and LibreOffice (DOCX → PDF). Each is a fresh process per run, as on the command line.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { timeRuns } from './bench-stats';

export function hasCommand(cmd: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
}

export function version(cmd: string, args: string[] = ['--version']): string {
  const out = spawnSync(cmd, args, { encoding: 'utf8' });
  return (out.stdout || out.stderr || '').split('\n')[0]?.trim() ?? '';
}

/** Pages of a PDF by poppler's pdfinfo, or undefined when it is not installed. */
export function pdfPages(file: string): number | undefined {
  if (!hasCommand('pdfinfo')) return undefined;
  const m = /^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }));
  return m ? Number(m[1]) : undefined;
}

export interface ToolRun {
  samples: number[];
  outFile: string;
  bytes: number;
}

/** pandoc turning a Markdown file into DOCX; one warm-up run (disk cache), then `runs`. */
export async function pandocDocx(markdownFile: string, outFile: string, runs: number): Promise<ToolRun> {
  const samples = await timeRuns(runs, () => {
    execFileSync('pandoc', ['-f', 'markdown', '-t', 'docx', '-o', outFile, markdownFile], { stdio: 'pipe' });
  });
  return { samples, outFile, bytes: statSync(outFile).size };
}

/**
 * LibreOffice converting a DOCX to PDF with its own profile in `workDir` (never the user's, and no
 * clash with another soffice). The warm-up run also creates the profile.
 */
export async function libreOfficePdf(docxFile: string, workDir: string, runs: number): Promise<ToolRun> {
  const profile = join(workDir, 'lo-profile');
  const outDir = join(workDir, 'lo-out');
  mkdirSync(outDir, { recursive: true });
  const outFile = join(outDir, basename(docxFile).replace(/\.docx$/i, '.pdf'));
  const samples = await timeRuns(runs, () => {
    rmSync(outFile, { force: true });
    execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, docxFile], {
      stdio: 'pipe',
      timeout: 300_000,
    });
    if (!existsSync(outFile)) throw new Error(`LibreOffice wrote no ${outFile}`);
  });
  return { samples, outFile, bytes: statSync(outFile).size };
}
