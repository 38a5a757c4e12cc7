// How the surface types, as one Tiptap extension: Word's keys (Enter, Shift+Enter, Tab,
// Backspace), the input rules that turn a typed label or marker into a heading or a list, the
// heading labels and block paths shown on the blocks (decorations), and Ctrl+Z/Y left to the
// app's own undo over the form value.
import { Extension, InputRule } from '@tiptap/core';
import { Fragment } from '@tiptap/pm/model';
import { Plugin, PluginKey, TextSelection } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { FoundScheme } from '../../../import/patterns';
import { listMarker, matchNumbered } from '../../../import/patterns';
import { headingLabels, type Profile } from '../../../standards';
import { backspace, enter, shiftLevel } from './commands';
import { NODE } from './schema';

export interface BehaviourOptions {
  /** The rule book the document is laid out by (heading labels, their styles). */
  profile: () => Profile;
  /** The level a numbering scheme has in that rule book (the import's levelFor). */
  levelFor: (scheme: FoundScheme) => 1 | 2 | 3 | 4;
  /** The form path of the list of blocks ("body", "appendices.0.body"). */
  basePath: () => string;
}

export const decorationsKey = new PluginKey<DecorationSet>('vanbanBlocks');

/** Heading labels as they will print, the heading's style from the rule book, each block's path. */
function blockDecorations(doc: import('@tiptap/pm/model').Node, options: BehaviourOptions): DecorationSet {
  const profile = options.profile();
  const base = options.basePath();
  const kinds: { type: string; level?: number }[] = [];
  doc.forEach((node) => kinds.push(node.type.name === NODE.heading ? { type: 'heading', level: Number(node.attrs.level) || 1 } : { type: node.type.name }));
  const labels = headingLabels(kinds, profile);
  const decorations: Decoration[] = [];
  doc.forEach((node, pos, index) => {
    const attrs: Record<string, string> = { 'data-path': `${base}.${index}` };
    if (node.type.name === NODE.heading) {
      const level = Math.min(4, Math.max(1, Number(node.attrs.level) || 1));
      const style = profile.body.headings[level - 1]?.style;
      attrs['data-label'] = labels[index] ?? '';
      attrs.class = ['rb-heading', style?.bold ? 'rb-bold' : '', style?.italic ? 'rb-italic' : '', style?.caps ? 'rb-caps' : ''].filter(Boolean).join(' ');
    }
    decorations.push(Decoration.node(pos, pos + node.nodeSize, attrs));
  });
  return DecorationSet.create(doc, decorations);
}

/** A typed label ("I. ", "1. ", "a) ", "1.1. ") or marker ("- ", "+ ") at the start of a paragraph. */
const START = /^(\S{1,8}) $/u;

export const Behaviour = Extension.create<BehaviourOptions>({
  name: 'vanbanBehaviour',
  priority: 1000,

  addOptions() {
    return {
      profile: () => {
        throw new Error('profile not set');
      },
      levelFor: () => 1,
      basePath: () => 'body',
    };
  },

  addKeyboardShortcuts() {
    const run = (cmd: typeof enter) => () => cmd(this.editor.state, this.editor.view.dispatch);
    return {
      Enter: run(enter),
      Backspace: run(backspace),
      Tab: run(shiftLevel(1)),
      'Shift-Tab': run(shiftLevel(-1)),
      // Undo and redo are the app's, over the whole draft: the keys go on to its window handler.
      'Mod-z': () => false,
      'Mod-y': () => false,
      'Shift-Mod-z': () => false,
    };
  },

  addInputRules() {
    const options = this.options;
    return [
      new InputRule({
        find: START,
        handler: ({ state, range, match }) => {
          const $from = state.doc.resolve(range.from);
          const para = $from.parent;
          if (para.type.name !== NODE.paragraph || $from.parentOffset !== 0) return null;
          const token = match[1] ?? '';
          const tr = state.tr;
          const schema = state.schema;
          const start = $from.before();
          const rest = para.content.cut(range.to - $from.start());
          const numbered = matchNumbered(`${token} X`);
          const marker = listMarker(`${token} X`);
          if (numbered && numbered.rest === 'X') {
            const title = Fragment.from(Array.from({ length: rest.childCount }, (_, i) => rest.child(i).mark([])));
            const heading = schema.nodes[NODE.heading]!.create({ level: options.levelFor(numbered.scheme) }, [
              schema.nodes[NODE.headingTitle]!.create(null, title),
              schema.nodes[NODE.headingText]!.create(),
            ]);
            tr.replaceWith(start, start + para.nodeSize, heading);
            tr.setSelection(TextSelection.create(tr.doc, start + 2));
            return;
          }
          if (marker && marker.rest === 'X' && (token === '-' || token === '+')) {
            const list = schema.nodes[NODE.list]!.create({ marker: marker.marker }, schema.nodes[NODE.listItem]!.create(null, rest));
            tr.replaceWith(start, start + para.nodeSize, list);
            tr.setSelection(TextSelection.create(tr.doc, start + 2));
            return;
          }
          return null;
        },
      }),
    ];
  },

  addProseMirrorPlugins() {
    const options = this.options;
    return [
      new Plugin({
        key: decorationsKey,
        state: {
          init: (_config, state) => blockDecorations(state.doc, options),
          // Recomputed on every change of the document, and when the rule book changes (the meta).
          apply: (tr, old, _oldState, state) => (tr.docChanged || tr.getMeta(decorationsKey) ? blockDecorations(state.doc, options) : old),
        },
        props: {
          decorations: (state) => decorationsKey.getState(state),
          // A run-in heading: the space typed after its title's colon ("1. Về công nghệ thông tin: ")
          // goes on into the heading's own text, which is not bold.
          handleTextInput: (view, from, to, text) => {
            if (text !== ' ' || from !== to) return false;
            const $from = view.state.doc.resolve(from);
            const title = $from.parent;
            if (title.type.name !== NODE.headingTitle || $from.parentOffset !== title.content.size || !title.textContent.endsWith(':')) return false;
            const heading = $from.node($from.depth - 1);
            if (heading.childCount < 2 || heading.child(1).content.size > 0) return false;
            view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, $from.after() + 1)));
            return true;
          },
          handleDOMEvents: {
            // The browser's own undo of a contenteditable would change the page behind the model's back.
            beforeinput: (_view, event) => {
              const type = (event as InputEvent).inputType;
              if (type === 'historyUndo' || type === 'historyRedo') {
                event.preventDefault();
                return true;
              }
              return false;
            },
          },
        },
      }),
    ];
  },
});
