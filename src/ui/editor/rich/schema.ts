// The rich body editor's ProseMirror schema, as Tiptap extensions: one top-level node per block
// of the model, so that a position in the editor is a block and an offset in its text.
//   paragraph      inline content; a hard break is the text's "\n"
//   heading        level 1–4; a run-in title (bold by the rule book, no marks) and its text
//   list           marker "-" or "+"; one listItem (inline content) per item
//   table          an atom: the model's table block as an attribute, edited in its own grid
//   indicators     an atom: the model's indicator table, edited in IndicatorsEditor
// Marks: bold, italic, underline — the model's MARK_TYPES.
import { Node, type Extensions, type NodeViewRenderer } from '@tiptap/core';
import Bold from '@tiptap/extension-bold';
import HardBreak from '@tiptap/extension-hard-break';
import Italic from '@tiptap/extension-italic';
import Underline from '@tiptap/extension-underline';

export const NODE = {
  doc: 'doc',
  text: 'text',
  paragraph: 'paragraph',
  heading: 'heading',
  headingTitle: 'headingTitle',
  headingText: 'headingText',
  list: 'list',
  listItem: 'listItem',
  table: 'table',
  indicators: 'indicators',
  hardBreak: 'hardBreak',
} as const;

const Doc = Node.create({ name: NODE.doc, topNode: true, content: 'block+' });
const Text = Node.create({ name: NODE.text, group: 'inline' });

const Paragraph = Node.create({
  name: NODE.paragraph,
  group: 'block',
  content: 'inline*',
  priority: 1000,
  addAttributes() {
    // The one paragraph an empty list of blocks is shown as (the document needs one to type in).
    return { empty: { default: false, rendered: false } };
  },
  parseHTML: () => [{ tag: 'p' }],
  renderHTML: () => ['p', { class: 'rb-p' }, 0],
});

const HeadingTitle = Node.create({
  name: NODE.headingTitle,
  content: 'inline*',
  marks: '',
  parseHTML: () => [{ tag: 'span.rb-title' }],
  renderHTML: () => ['span', { class: 'rb-title' }, 0],
});

const HeadingText = Node.create({
  name: NODE.headingText,
  content: 'inline*',
  parseHTML: () => [{ tag: 'span.rb-text' }],
  renderHTML: () => ['span', { class: 'rb-text' }, 0],
});

const Heading = Node.create({
  name: NODE.heading,
  group: 'block',
  content: `${NODE.headingTitle} ${NODE.headingText}`,
  defining: true,
  addAttributes() {
    return {
      level: {
        default: 1,
        parseHTML: (el) => Math.min(4, Math.max(1, Number(el.getAttribute('data-level')) || 1)),
        renderHTML: (attrs) => ({ 'data-level': String(attrs.level) }),
      },
    };
  },
  parseHTML: () => [{ tag: 'div.rb-heading' }],
  renderHTML: ({ HTMLAttributes }) => ['div', { ...HTMLAttributes, class: 'rb-heading' }, 0],
});

const ListItem = Node.create({
  name: NODE.listItem,
  content: 'inline*',
  defining: true,
  parseHTML: () => [{ tag: 'li' }],
  renderHTML: () => ['li', { class: 'rb-item' }, 0],
});

const List = Node.create({
  name: NODE.list,
  group: 'block',
  content: `${NODE.listItem}+`,
  addAttributes() {
    return {
      marker: {
        default: '-',
        parseHTML: (el) => (el.getAttribute('data-marker') === '+' ? '+' : '-'),
        renderHTML: (attrs) => ({ 'data-marker': attrs.marker === '+' ? '+' : '-' }),
      },
    };
  },
  parseHTML: () => [{ tag: 'ul' }],
  renderHTML: ({ HTMLAttributes }) => ['ul', { ...HTMLAttributes, class: 'rb-list' }, 0],
});

/** The model's table block as a plain HTML table: what a copy to Word or a mail carries. */
function tableHtml(block: unknown): [string, Record<string, string>, ...unknown[]] {
  const b = (block ?? {}) as { header?: string[]; rows?: string[][] };
  const row = (cells: string[], tag: 'th' | 'td') => ['tr', {}, ...cells.map((c) => [tag, {}, c])];
  return ['table', { class: 'rb-table-copy' }, ['tbody', {}, row(b.header ?? [], 'th'), ...(b.rows ?? []).map((r) => row(r, 'td'))]];
}

function atom(name: string) {
  return Node.create({
    name,
    group: 'block',
    atom: true,
    selectable: true,
    draggable: false,
    addAttributes() {
      return { block: { default: null, rendered: false } };
    },
    parseHTML: () => [{ tag: `div[data-rb-atom="${name}"]`, getAttrs: (el) => ({ block: safeJson((el as HTMLElement).getAttribute('data-block')) }) }],
    renderHTML: ({ node }) =>
      name === NODE.table
        ? ['div', { 'data-rb-atom': name, 'data-block': JSON.stringify(node.attrs.block) }, tableHtml(node.attrs.block)]
        : ['div', { 'data-rb-atom': name, 'data-block': JSON.stringify(node.attrs.block) }],
  });
}

function safeJson(s: string | null): unknown {
  if (!s) return null;
  try {
    return JSON.parse(s);
  } catch {
    return null;
  }
}

export interface SchemaOptions {
  /** Node views of the two atoms (React, in the app; none for a schema in tests). */
  tableView?: NodeViewRenderer;
  indicatorsView?: NodeViewRenderer;
}

/** The extensions that make the schema (and only those: behaviour is added by the editor). */
export function schemaExtensions(options: SchemaOptions = {}): Extensions {
  const table = options.tableView ? atom(NODE.table).extend({ addNodeView: () => options.tableView ?? null }) : atom(NODE.table);
  const indicators = options.indicatorsView ? atom(NODE.indicators).extend({ addNodeView: () => options.indicatorsView ?? null }) : atom(NODE.indicators);
  return [
    Doc,
    Paragraph,
    Heading,
    HeadingTitle,
    HeadingText,
    List,
    ListItem,
    table,
    indicators,
    Text,
    HardBreak.configure({ keepMarks: true, HTMLAttributes: {} }),
    Bold,
    Italic,
    Underline,
  ];
}
