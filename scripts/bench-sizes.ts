// Chunk sizes of a production build, read from Vite's manifest (.vite/manifest.json) and the
// built index.html: the JavaScript the start screen loads (entry script, its static imports,
// modulepreload links) and what each feature fetches on first use.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Manifest, ManifestChunk } from 'vite';
import { kB, table } from './bench-stats';

/** The start screen's JavaScript budget, gzipped (issue 7). 1 kB = 1000 bytes. */
export const START_BUDGET_GZIP = 200_000;

export interface FileSize {
  file: string;
  raw: number;
  gzip: number;
}

export interface LazyChunk extends FileSize {
  /** Source module (dynamic entry) or the shared chunk's name. */
  what: string;
  /** Features whose first use fetches this file. */
  features: string[];
}

export interface FeatureSize {
  id: string;
  label: string;
  /** Files beyond the start screen's, with sizes. */
  files: string[];
  raw: number;
  gzip: number;
}

export interface SizeReport {
  start: { files: FileSize[]; raw: number; gzip: number; budgetGzip: number; pass: boolean; css: FileSize[] };
  lazy: LazyChunk[];
  features: FeatureSize[];
}

interface Feature {
  id: string;
  label: string;
  /** Manifest keys (source paths) of the dynamic entries the feature imports. */
  entries: string[];
  /** Also follow the entries' own dynamic imports (pdfmake and fonts, mammoth). */
  dynamic?: boolean;
  /** Left out when the build has no such entry. */
  optional?: boolean;
}

const FEATURES: Feature[] = [
  { id: 'editor', label: 'editor (opening a document)', entries: ['src/ui/editor/Editor.tsx'] },
  { id: 'docx', label: 'DOCX download', entries: ['src/render/docx/index.ts', 'src/render/chart/rasterBrowser.ts'] },
  { id: 'pdf', label: 'PDF download (pdfmake, Tinos fonts)', entries: ['src/render/pdf/browser.ts'], dynamic: true },
  {
    id: 'fonts',
    label: 'of which the four Tinos fonts',
    entries: ['400Regular/Tinos_400Regular.ttf?url', '700Bold/Tinos_700Bold.ttf?url', '400Regular_Italic/Tinos_400Regular_Italic.ttf?url', '700Bold_Italic/Tinos_700Bold_Italic.ttf?url'].map(
      (f) => `node_modules/@expo-google-fonts/tinos/${f}`,
    ),
  },
  { id: 'import', label: 'import of text or a Vanban .docx', entries: ['src/import/index.ts'] },
  { id: 'import-word', label: 'import of a Word .docx (with mammoth)', entries: ['src/import/index.ts'], dynamic: true },
  // Fetched right after the start screen, in production builds (src/main.tsx).
  { id: 'sw', label: 'service worker registration (after the start)', entries: ['virtual:pwa-register'], dynamic: true, optional: true },
];

function sizeOf(dir: string, file: string): FileSize {
  const bytes = readFileSync(join(dir, file));
  // zlib's default level, as a server compressing on the fly would.
  return { file, raw: bytes.byteLength, gzip: gzipSync(bytes).byteLength };
}

/**
 * The files chunks bring (their JS, CSS and assets such as fonts), following static imports and,
 * when asked, dynamic ones; never through `stop` (the start screen, whose own lazy imports are
 * other features).
 */
function closure(manifest: Manifest, keys: string[], dynamic: boolean, stop: ReadonlySet<string> = new Set()): Set<string> {
  const files = new Set<string>();
  const seen = new Set<string>(stop);
  const queue = [...keys];
  while (queue.length) {
    const key = queue.shift() as string;
    if (seen.has(key)) continue;
    seen.add(key);
    const chunk: ManifestChunk | undefined = manifest[key];
    if (!chunk) throw new Error(`manifest has no ${key}`);
    files.add(chunk.file);
    for (const f of [...(chunk.css ?? []), ...(chunk.assets ?? [])]) files.add(f);
    queue.push(...(chunk.imports ?? []));
    if (dynamic) queue.push(...(chunk.dynamicImports ?? []));
  }
  return files;
}

/** The manifest key of a source path; plugins' virtual modules are keyed by odd relative paths. */
function keyOf(manifest: Manifest, entry: string): string | undefined {
  if (manifest[entry]) return entry;
  const found = Object.keys(manifest).filter((k) => k.endsWith(`/${entry}`));
  return found.length === 1 ? found[0] : undefined;
}

/** A source path as a reader knows it. */
function shortSource(src: string): string {
  return src.replace(/^(\.\.\/)+/, '').replace(/^node_modules\//, '');
}

/** Script and modulepreload URLs of the built index.html, as paths relative to the build dir. */
function htmlScripts(html: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g)) out.push(m[1] as string);
  for (const m of html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g)) out.push(m[1] as string);
  return out.map((u) => u.replace(/^\//, ''));
}

export function measureSizes(outDir: string): SizeReport {
  const manifest = JSON.parse(readFileSync(join(outDir, '.vite/manifest.json'), 'utf8')) as Manifest;
  const entryKey = Object.keys(manifest).find((k) => manifest[k]?.isEntry && k.endsWith('index.html'));
  if (!entryKey) throw new Error('the manifest has no index.html entry');
  const fromManifest = closure(manifest, [entryKey], false);
  const startKeys = new Set(Object.keys(manifest).filter((k) => fromManifest.has(manifest[k]?.file ?? '')));
  const fromHtml = htmlScripts(readFileSync(join(outDir, 'index.html'), 'utf8'));
  const startAll = new Set([...fromManifest, ...fromHtml]);
  const startJs = [...startAll].filter((f) => f.endsWith('.js')).map((f) => sizeOf(outDir, f));
  const css = [...startAll].filter((f) => f.endsWith('.css')).map((f) => sizeOf(outDir, f));
  const raw = startJs.reduce((a, f) => a + f.raw, 0);
  const gzip = startJs.reduce((a, f) => a + f.gzip, 0);

  const featureFiles: { feature: Feature; files: string[] }[] = [];
  for (const feature of FEATURES) {
    const keys = feature.entries.map((e) => keyOf(manifest, e));
    if (keys.some((k) => k === undefined)) {
      if (feature.optional) continue;
      throw new Error(`the build has no chunk for ${feature.entries.join(', ')}: update FEATURES in scripts/bench-sizes.ts`);
    }
    const files = [...closure(manifest, keys as string[], feature.dynamic ?? false, startKeys)].filter((x) => !startAll.has(x));
    featureFiles.push({ feature, files });
  }
  const what = new Map<string, string>();
  for (const [key, chunk] of Object.entries(manifest)) {
    what.set(chunk.file, chunk.src ? shortSource(chunk.src) : `shared chunk "${chunk.name ?? key}"`);
    for (const a of chunk.assets ?? []) if (!what.has(a)) what.set(a, `asset of ${shortSource(chunk.src ?? key)}`);
  }
  const lazyFiles = new Set(featureFiles.flatMap((f) => f.files));
  // Chunks no listed feature reaches still count: a new lazy import shows up here unnamed.
  for (const chunk of Object.values(manifest)) if (!startAll.has(chunk.file) && chunk.file.endsWith('.js')) lazyFiles.add(chunk.file);
  const lazy: LazyChunk[] = [...lazyFiles]
    .map((file) => ({
      ...sizeOf(outDir, file),
      what: what.get(file) ?? file,
      features: featureFiles.filter((f) => f.files.includes(file)).map((f) => f.feature.id),
    }))
    .sort((a, b) => b.raw - a.raw);
  const sizes = new Map(lazy.map((c) => [c.file, c]));
  const features: FeatureSize[] = featureFiles.map(({ feature, files }) => ({
    id: feature.id,
    label: feature.label,
    files,
    raw: files.reduce((a, f) => a + (sizes.get(f)?.raw ?? 0), 0),
    gzip: files.reduce((a, f) => a + (sizes.get(f)?.gzip ?? 0), 0),
  }));
  return { start: { files: startJs, raw, gzip, budgetGzip: START_BUDGET_GZIP, pass: gzip <= START_BUDGET_GZIP, css }, lazy, features };
}

export function sizeTables(r: SizeReport): string {
  const start = table(
    ['start screen JavaScript', 'raw kB', 'gzip kB', `budget ≤ ${kB(r.start.budgetGzip)} kB gzip`],
    [
      ...r.start.files.map((f) => [f.file, kB(f.raw), kB(f.gzip), '']),
      ['**total**', `**${kB(r.start.raw)}**`, `**${kB(r.start.gzip)}**`, r.start.pass ? '**PASS**' : '**FAIL**'],
      ...r.start.css.map((f) => [`${f.file} (CSS, not counted)`, kB(f.raw), kB(f.gzip), '']),
      ...r.features
        .filter((f) => f.id === 'editor')
        .map((f) => {
          // The first visit opens the sample in the editor, and a return opens the last draft: the
          // editor's chunks follow the start screen's at once. Shown for information, not judged.
          const gzip = r.start.gzip + f.gzip;
          return [`start screen + editor (first visit, last draft reopened)`, kB(r.start.raw + f.raw), kB(gzip), gzip <= r.start.budgetGzip ? 'within budget' : 'over budget'];
        }),
    ],
    ['l', 'r', 'r', 'l'],
  );
  const lazy = table(
    ['lazily loaded file', 'what', 'fetched for', 'raw kB', 'gzip kB'],
    r.lazy.map((c) => [c.file, c.what, c.features.join(', ') || '–', kB(c.raw), kB(c.gzip)]),
    ['l', 'l', 'l', 'r', 'r'],
  );
  const features = table(
    ['first use of', 'fetches beyond the start screen', 'raw kB', 'gzip kB'],
    r.features.map((f) => [f.label, `${f.files.length} files`, kB(f.raw), kB(f.gzip)]),
    ['l', 'r', 'r', 'r'],
  );
  return `${start}\n\n${lazy}\n\n${features}`;
}
