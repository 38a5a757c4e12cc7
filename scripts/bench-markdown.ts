// The same Document as Markdown, the way someone would write it by hand for pandoc: the header
// lines, headings with their printed labels, paragraphs, bullet lists, tables as pipe tables, the
// recipients and the signature. It is the input of the "pandoc md→docx" comparison only; no rule
// of the rule books is applied beyond the labels a writer would type.
import type { Block, Document } from '../src/model';
import { authorityLine, formatNumberLine, formatPlaceDate, headingLabels, KINDS, profileFor } from '../src/standards';

/** Text as Markdown that renders literally: emphasis, code and HTML characters escaped. */
function inline(s: string): string {
  return s.replace(/([\\`*_[\]<>#])/g, '\\$1').replace(/\n/g, ' ');
}

/** A paragraph that would otherwise start a list or a numbered list ("1. ", "- ", "+ "). */
function paragraph(s: string): string {
  return inline(s).replace(/^(\d+)\. /, '$1\\. ').replace(/^([-+]) /, '\\$1 ');
}

function cell(s: string): string {
  return inline(s).replace(/\|/g, '\\|');
}

function pipeTable(header: string[], rows: string[][], align: ('left' | 'center' | 'right')[] = []): string {
  const rule = header.map((_, i) => ({ left: ':---', center: ':---:', right: '---:' })[align[i] ?? 'left']);
  return [header, rule, ...rows].map((r, i) => `| ${(i === 1 ? r : r.map(cell)).join(' | ')} |`).join('\n');
}

function blocks(body: readonly Block[], labels: (string | null)[]): string[] {
  return body.map((b, i): string => {
    switch (b.type) {
      case 'heading': {
        const title = `${labels[i] ?? ''} ${b.title}`.trim();
        // A heading with running text is a bold lead-in of its paragraph, as in the document.
        return b.text ? `**${inline(title)}** ${inline(b.text)}` : `${'#'.repeat(b.level + 1)} ${inline(title)}`;
      }
      case 'paragraph':
        return paragraph(b.text);
      case 'list':
        return b.items.map((item) => `${b.marker} ${inline(item)}`).join('\n');
      case 'table':
        return [b.caption ? `**${inline(b.caption)}**\n\n` : '', pipeTable(b.header, b.rows, b.align)].join('');
      case 'indicators': {
        const n = (x: number | null): string => (x === null ? '' : x.toLocaleString('vi-VN'));
        const rows = b.rows.map((r) => [r.name, r.unit, n(r.plan), n(r.actual), n(r.previous)]);
        const table = pipeTable(['Chỉ tiêu', 'Đơn vị tính', 'Kế hoạch', 'Thực hiện', 'Cùng kỳ'], rows, ['left', 'center', 'right', 'right', 'right']);
        return [b.caption ? `**${inline(b.caption)}**\n\n` : '', table].join('');
      }
    }
  });
}

export function documentMarkdown(doc: Document): string {
  const profile = profileFor(doc);
  const out: string[] = [];
  if (doc.issuer.parent) out.push(inline(doc.issuer.parent));
  out.push(`**${inline(doc.issuer.name)}**`, inline(formatNumberLine(doc, profile)), `*${inline(formatPlaceDate(doc.place, doc.date))}*`);
  const typeName = doc.title.typeName || KINDS[doc.kind].typeName;
  out.push(`# ${inline(typeName)}`, `**${inline(doc.title.summary)}**`);
  if (doc.addressees?.length) out.push(`Kính gửi: ${doc.addressees.map(inline).join('; ')}`);
  out.push(...blocks(doc.body, headingLabels(doc.body, profile)));
  out.push(`***Nơi nhận:***\n\n${[...doc.recipients.entries, `Lưu: ${doc.recipients.archive}`].map((e) => `- ${inline(e)}`).join('\n')}`);
  const sig = doc.signature;
  out.push(
    [authorityLine(sig.authority, sig.on, profile), sig.position, sig.signedNote, sig.name]
      .filter((s): s is string => Boolean(s))
      .map((s) => `**${inline(s)}**`)
      .join('\\\n'),
  );
  for (const a of doc.appendices ?? []) out.push(`# ${inline(a.title)}`, ...blocks(a.body, headingLabels(a.body, profile)));
  return `${out.join('\n\n')}\n`;
}
