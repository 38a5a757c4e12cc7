// vanban templates | new | render | check | import — the core from Node.
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, extname, resolve } from 'node:path';
import { compose } from '../compose';
import { parseDocument, type Document, type FieldIssue } from '../model';
import { BUILTIN_TEMPLATES, SAMPLES, findTemplate, instantiate } from '../templates';

export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}

const consoleIo: Io = { out: (l) => process.stdout.write(`${l}\n`), err: (l) => process.stderr.write(`${l}\n`) };

const USAGE = `Cách dùng / usage:
  vanban templates                           list the built-in templates and samples
  vanban new TEMPLATE_ID -o DOC.json [--date YYYY-MM-DD]
  vanban render DOC.json -o OUT.docx|OUT.pdf
  vanban check DOC.json                      findings; exit 1 when there is an error
  vanban import FILE.docx|FILE.pdf|FILE.doc|FILE.txt -o DOC.json`;

interface Args {
  positional: string[];
  out?: string;
  date?: string;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { positional: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (a === '-o' || a === '--out') args.out = argv[++i];
    else if (a === '--date') args.date = argv[++i];
    else args.positional.push(a);
  }
  return args;
}

function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Exit code 2 and one line per bad field; nothing is written. */
class InputError extends Error {
  constructor(readonly lines: string[]) {
    super(lines.join('\n'));
  }
}

/** A document file is a Document, or a template/sample file that holds one under "document". */
export function readDocumentFile(path: string): Document {
  if (!existsSync(path)) throw new InputError([`${path}: không tìm thấy tệp / file not found`]);
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new InputError([`${path}: không phải JSON hợp lệ / not valid JSON: ${(e as Error).message}`]);
  }
  const inner = value && typeof value === 'object' && 'document' in value ? (value as { document: unknown }).document : value;
  const result = parseDocument(inner);
  if (!result.ok) throw new InputError(result.issues.map((i: FieldIssue) => `${path}: ${i.path}: ${i.message}`));
  return result.document;
}

function write(path: string, data: string | Uint8Array): void {
  mkdirSync(dirname(resolve(path)), { recursive: true });
  writeFileSync(path, data);
}

async function render(doc: Document, out: string): Promise<void> {
  const layout = compose(doc);
  const ext = extname(out).toLowerCase();
  if (ext === '.docx') {
    const { renderDocx } = await import('../render/docx');
    const { rasterizeSvgNode } = await import('../render/chart/rasterNode');
    write(out, await renderDocx(layout, doc, { rasterize: (svg, widthPt) => rasterizeSvgNode(svg, widthPt) }));
  } else if (ext === '.pdf') {
    const { renderPdfNode } = await import('../render/pdf/node');
    write(out, await renderPdfNode(layout));
  } else {
    throw new InputError([`${out}: định dạng chưa hỗ trợ (.docx, .pdf) / unsupported output format`]);
  }
}

export async function main(argv: string[], io: Io = consoleIo): Promise<number> {
  const [command, ...rest] = argv;
  const args = parseArgs(rest);
  try {
    switch (command) {
      case 'templates':
        for (const t of [...BUILTIN_TEMPLATES, ...SAMPLES]) io.out(`${t.id}\t${t.title}`);
        return 0;
      case 'new': {
        const id = args.positional[0];
        if (!id || !args.out) throw new InputError([USAGE]);
        const template = findTemplate(id);
        if (!template) throw new InputError([`${id}: không có mẫu này / no such template (vanban templates)`]);
        const doc = instantiate(template, args.date ?? today());
        write(args.out, `${JSON.stringify(doc, null, 2)}\n`);
        return 0;
      }
      case 'render': {
        const input = args.positional[0];
        if (!input || !args.out) throw new InputError([USAGE]);
        await render(readDocumentFile(input), args.out);
        return 0;
      }
      case 'check': {
        const input = args.positional[0];
        if (!input) throw new InputError([USAGE]);
        const doc = readDocumentFile(input);
        const { check } = await import('../check');
        const findings = check(doc);
        for (const f of findings) io.out(`${f.severity}\t${f.code}\t${f.path}\t${f.message.vi}`);
        const errors = findings.filter((f) => f.severity === 'error').length;
        io.out(`${errors} lỗi, ${findings.length - errors} cảnh báo / ${errors} errors, ${findings.length - errors} warnings`);
        return errors > 0 ? 1 : 0;
      }
      case 'import': {
        const input = args.positional[0];
        if (!input || !args.out) throw new InputError([USAGE]);
        if (!existsSync(input)) throw new InputError([`${input}: không tìm thấy tệp / file not found`]);
        const { importFile, ImportError, changeMessage } = await import('../import');
        const { viText } = await import('./messages');
        let result;
        try {
          // .docx, .pdf, .doc or text (.txt, any encoding): chosen by the file's content.
          result = await importFile(input, new Uint8Array(readFileSync(input)));
        } catch (e) {
          if (!(e instanceof ImportError)) throw e;
          const en = await import('../i18n/en.json');
          const enText = (en.default as { importError?: Record<string, string> }).importError?.[e.code] ?? e.message;
          throw new InputError([`${input}: ${viText(`importError.${e.code}`, { defaultValue: e.message })} / ${enText} (${e.message})`]);
        }
        if (result.legacyEncoding) io.err(`encoding: ${result.legacyEncoding} → Unicode`);
        write(args.out, `${JSON.stringify(result.document, null, 2)}\n`);
        io.err(`recognised: ${result.recognised.join(', ')}`);
        // What the draft still needs, what stayed in the body unplaced, what was kept out of it.
        for (const m of result.missing) io.err(`missing: ${m.part} (${m.path}) — ${viText(`import.missing.${m.part}`)}`);
        for (const l of result.unplaced) io.err(`unplaced (kept in the body): ${l}`);
        for (const l of result.leftovers) io.err(`leftover (not in the body): ${l}`);
        // A Vanban DOCX edited since export: what the file's text changed, one per line.
        if (result.changes?.length) {
          io.out(viText('importChanges.intro'));
          for (const change of result.changes) io.out(`- ${changeMessage(change, viText)}`);
        }
        return 0;
      }
      default:
        io.err(USAGE);
        return command ? 2 : 0;
    }
  } catch (e) {
    if (e instanceof InputError) {
      for (const l of e.lines) io.err(l);
      return 2;
    }
    io.err(`vanban: ${(e as Error).message}`);
    return 2;
  }
}
