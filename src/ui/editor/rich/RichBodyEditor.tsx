// The body (or an appendix's body) as one rich-text surface, typed as in Word: its document is
// the model's list of blocks, read from and written to the react-hook-form value at `name` — the
// form stays the one state. Changes from outside (undo, find/replace, an import) come back in as
// the least change to the document; what the editor itself emitted is not taken back.
//
// Window events shared with the rest of the editor (their names: FOCUS_PATH_EVENT, EDITING_PATH_EVENT in ../paths):
//   'vanban:focus-path'   { path, offset? } → when the path is under `name`, the cursor goes there;
//   'vanban:editing-path' { path }          ← sent when the cursor moves into another block.
import type { FoundScheme } from '../../../import/patterns';
import { levelFor } from '../../../import/body';
import { Fragment, Slice, type Node as PMNode } from '@tiptap/pm/model';
import { NodeSelection, TextSelection } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import { EditorContent, ReactNodeViewRenderer, useEditor, useEditorState, type Editor } from '@tiptap/react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { get, useFormState, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { headingLabel, type Profile } from '../../../standards';
import { errorText, type ErrorLike } from '../../fieldErrors';
import { FieldError, Section, useFieldError } from '../Field';
import { fieldId, useDocForm, type BlockInput, type BodyPath } from '../form';
import { EDITING_PATH_EVENT, FOCUS_PATH_EVENT, type FocusPathDetail } from '../paths';
import { emptyIndicatorRow } from '../IndicatorsEditor';
import { useProfile } from '../useProfile';
import { makeIndicatorsView, makeTableView } from './AtomViews';
import { Behaviour, decorationsKey } from './behaviour';
import { blockIndexAt, kindAt, positionForPath, setBlockKind, topBlock, type BlockKind } from './commands';
import { blockToNode, fromBlocks } from './fromBlocks';
import { blocksFromHtml, blocksFromText, clipboardText, looksLikeWholeDocument, type PasteContext } from './paste';
import { schemaExtensions } from './schema';
import { EXTERNAL, replaceBlocksTr } from './sync';
import { toBlocks } from './toBlocks';
import './rich.css';

interface Props {
  /** The list edited: "body", or "appendices.N.body". */
  name: BodyPath;
  /** Where the list is ("Phụ lục I"), added to the names so two surfaces never share them. */
  context?: string;
  /** A whole document was pasted and the user chose to import it as a new draft. */
  onImportDocument?: (text: string) => void;
}

const KINDS: BlockKind[] = ['paragraph', 'heading-1', 'heading-2', 'heading-3', 'heading-4', 'list--', 'list-+'];

/** Puts blocks at the selection: one paragraph merges into the text there, more are inserted as blocks. */
export function insertBlocks(view: EditorView, blocks: readonly BlockInput[]): void {
  if (blocks.length === 0) return;
  const schema = view.state.schema;
  const nodes: PMNode[] = blocks.map((b) => schema.nodeFromJSON(blockToNode(b)));
  const first = nodes[0];
  const last = nodes[nodes.length - 1];
  const open = (n: PMNode | undefined) => (n?.type.name === 'paragraph' ? 1 : 0);
  const slice = new Slice(Fragment.from(nodes), open(first), open(last));
  view.dispatch(view.state.tr.replaceSelection(slice).scrollIntoView());
}

export function RichBodyEditor({ name, context, onImportDocument }: Props) {
  const { t } = useTranslation();
  const { control, getValues, setValue, getFieldState } = useDocForm();
  const profile = useProfile();
  const value = useWatch({ control, name }) as BlockInput[] | undefined;
  const [family, date] = useWatch({ control, name: ['standard.family', 'date'] });
  const error = useFieldError(name);
  const main = name === 'body';

  const profileRef = useRef<Profile>(profile);
  profileRef.current = profile;
  const nameRef = useRef(name);
  nameRef.current = name;
  const pasteRef = useRef<PasteContext>({ family: 'state', date: '' });
  pasteRef.current = { family: family === 'party' ? 'party' : 'state', date: typeof date === 'string' ? date : '' };
  const lastEmitted = useRef<string>('');
  const lastPath = useRef<string>('');
  const importRef = useRef(onImportDocument);
  importRef.current = onImportDocument;
  const [pending, setPending] = useState<{ text: string; blocks: BlockInput[] } | null>(null);

  const extensions = useMemo(
    () => [
      ...schemaExtensions({ tableView: ReactNodeViewRenderer(makeTableView(name)), indicatorsView: ReactNodeViewRenderer(makeIndicatorsView(name)) }),
      Behaviour.configure({
        profile: () => profileRef.current,
        levelFor: (scheme: FoundScheme) => levelFor(scheme, pasteRef.current.family, pasteRef.current.date),
        basePath: () => nameRef.current,
      }),
    ],
    [name],
  );

  const label = main ? t('rich.label') : t('rich.labelIn', { context: context ?? '' });
  // The document the editor starts from (once: later values come in through the sync below).
  const [initialContent] = useState(() => {
    const initial = (getValues(name) as BlockInput[] | undefined) ?? [];
    lastEmitted.current = JSON.stringify(initial);
    return fromBlocks(initial);
  });

  const editor = useEditor(
    {
      extensions,
      content: initialContent,
      immediatelyRender: true,
      shouldRerenderOnTransaction: false,
      editorProps: {
        attributes: {
          class: 'rb-surface',
          role: 'textbox',
          'aria-multiline': 'true',
          'aria-label': label,
          lang: 'vi',
          id: fieldId(name),
          'data-testid': main ? 'rich-body' : `${name}.rich-body`,
        },
        handlePaste: (view, event) => {
          const html = event.clipboardData?.getData('text/html') ?? '';
          const text = event.clipboardData?.getData('text/plain') ?? '';
          // A copy from this editor carries its own slice: ProseMirror reads it back exactly.
          if (/data-pm-slice/u.test(html)) return false;
          if (!html.trim() && !text.trim()) return false;
          const blocks = html.trim() ? blocksFromHtml(html, pasteRef.current) : blocksFromText(text, pasteRef.current);
          const whole = clipboardText(html, text);
          if (importRef.current && looksLikeWholeDocument(whole)) {
            setPending({ text: whole, blocks });
            return true;
          }
          insertBlocks(view, blocks);
          return true;
        },
      },
      onUpdate: ({ editor: ed, transaction }) => {
        if (transaction.getMeta(EXTERNAL)) return;
        const blocks = toBlocks(ed.getJSON());
        const json = JSON.stringify(blocks);
        if (json === lastEmitted.current) return;
        lastEmitted.current = json;
        // Errors shown under the surface clear as soon as the blocks are right again.
        setValue(nameRef.current, blocks, { shouldDirty: true, shouldTouch: true, shouldValidate: getFieldState(nameRef.current).invalid });
      },
      onSelectionUpdate: ({ editor: ed }) => announce(ed),
      onFocus: ({ editor: ed }) => announce(ed),
    },
    [extensions],
  );

  function announce(ed: Editor): void {
    const index = blockIndexAt(ed.state);
    if (index < 0) return;
    const path = `${nameRef.current}.${index}`;
    if (path === lastPath.current) return;
    lastPath.current = path;
    window.dispatchEvent(new CustomEvent(EDITING_PATH_EVENT, { detail: { path } }));
  }

  // The form value changed from outside: take it in, unless it is what the editor emitted.
  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    const blocks = Array.isArray(value) ? value : [];
    const json = JSON.stringify(blocks);
    if (json === lastEmitted.current) return;
    lastEmitted.current = json;
    const tr = replaceBlocksTr(editor.state, blocks);
    if (tr) editor.view.dispatch(tr);
  }, [editor, value]);

  // Labels follow the rule book: a change of standard or date renumbers at once.
  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    editor.view.dispatch(editor.state.tr.setMeta(decorationsKey, true).setMeta(EXTERNAL, true));
  }, [editor, profile.id]);

  useEffect(() => {
    if (!editor) return;
    const onFocusPath = (e: Event) => {
      const detail = (e as CustomEvent<FocusPathDetail>).detail;
      const base = nameRef.current;
      if (!detail || typeof detail.path !== 'string' || editor.isDestroyed) return;
      if (detail.path !== base && !detail.path.startsWith(`${base}.`)) return;
      const rest = detail.path === base ? ['0'] : detail.path.slice(base.length + 1).split('.');
      const doc = editor.state.doc;
      const target = positionForPath(doc, rest, Math.max(0, Number(detail.offset) || 0));
      if (!target) return;
      const selection = target.node ? NodeSelection.create(doc, target.pos) : TextSelection.create(doc, target.pos);
      editor.view.dispatch(editor.state.tr.setSelection(selection).scrollIntoView());
      editor.view.focus();
      const block = topBlock(editor.state.selection.$from) ?? (target.node ? { pos: target.pos } : null);
      const dom = block ? (editor.view.nodeDOM(block.pos) as HTMLElement | null) : null;
      dom?.scrollIntoView?.({ block: 'center' });
      // A cell of a table: the grid editor's own field, when it is open.
      if (target.node) document.querySelector<HTMLElement>(`[name="${CSS.escape(detail.path)}"]`)?.focus();
    };
    window.addEventListener(FOCUS_PATH_EVENT, onFocusPath);
    return () => window.removeEventListener(FOCUS_PATH_EVENT, onFocusPath);
  }, [editor]);

  const surface = (
    <div className="rb-editor" data-body={name}>
      <Toolbar editor={editor} name={name} context={context} />
      {pending ? (
        <div className="rb-confirm" role="alert" data-testid={main ? 'paste-whole-document' : `${name}.paste-whole-document`}>
          <p>{t('rich.wholeDocument')}</p>
          <div className="rb-confirm-actions">
            <button
              type="button"
              className="button primary small"
              onClick={() => {
                const text = pending.text;
                setPending(null);
                importRef.current?.(text);
              }}
            >
              {t('rich.importAsNew')}
            </button>
            <button
              type="button"
              className="button small"
              onClick={() => {
                const blocks = pending.blocks;
                setPending(null);
                if (editor) {
                  insertBlocks(editor.view, blocks);
                  editor.view.focus();
                }
              }}
            >
              {t('rich.pasteHere')}
            </button>
            <button type="button" className="button small" onClick={() => setPending(null)}>
              {t('rich.cancel')}
            </button>
          </div>
        </div>
      ) : null}
      <EditorContent editor={editor} className="rb-content" />
      <FieldError id={fieldId(name)} message={error} />
      <BlockErrors name={name} />
    </div>
  );

  if (main) {
    return (
      <Section id="sec-body" title={t('section.body')} path="body">
        <p className="field-hint">{t('rich.hint')}</p>
        {surface}
      </Section>
    );
  }
  const groupId = `${fieldId(name)}-label`;
  return (
    <div className="appendix-body" role="group" aria-labelledby={groupId} data-path={name}>
      <p className="group-label" id={groupId}>
        {context ? t('appendix.bodyOf', { label: context }) : t('appendix.body')}
      </p>
      {surface}
    </div>
  );
}

function Toolbar({ editor, name, context }: { editor: Editor | null; name: BodyPath; context?: string }) {
  const { t } = useTranslation();
  const profile = useProfile();
  const state = useEditorState({
    editor,
    selector: ({ editor: ed }) =>
      ed
        ? { bold: ed.isActive('bold'), italic: ed.isActive('italic'), underline: ed.isActive('underline'), kind: kindAt(ed.state) }
        : { bold: false, italic: false, underline: false, kind: 'other' as const },
  });
  if (!editor) return null;
  const main = name === 'body';
  const id = (s: string) => (main ? s : `${name}.${s}`);
  const named = (action: string) => (context ? t('body.inContext', { action, context }) : action);
  const keep = (e: React.MouseEvent) => e.preventDefault();
  const mark = (type: 'bold' | 'italic' | 'underline', key: string, text: string) => (
    <button
      type="button"
      className={`rb-tool rb-tool-${type}`}
      aria-pressed={state?.[type] ?? false}
      aria-label={named(t(`rich.${type}`))}
      title={`${t(`rich.${type}`)} (${key})`}
      onMouseDown={keep}
      onClick={() => editor.chain().focus().toggleMark(type).run()}
      data-testid={id(`tool-${type}`)}
    >
      {text}
    </button>
  );
  const insertAtom = (block: BlockInput) => {
    const { state: s, view } = editor;
    const b = topBlock(s.selection.$head);
    const at = b ? b.pos + b.node.nodeSize : s.doc.content.size;
    const node = s.schema.nodeFromJSON(blockToNode(block));
    const tr = s.tr.insert(at, node);
    tr.setSelection(NodeSelection.create(tr.doc, at));
    view.dispatch(tr.scrollIntoView());
    view.focus();
  };
  const kindLabel = (k: BlockKind): string => {
    if (k === 'paragraph') return t('rich.kindParagraph');
    if (k === 'list--') return t('rich.kindListDash');
    if (k === 'list-+') return t('rich.kindListPlus');
    const level = Number(k.slice(8));
    const spec = profile.body.headings[level - 1];
    return t('body.levelOption', { level, example: spec ? headingLabel(spec.label, [1, 1, 1, 1], level) : '' });
  };
  const kindId = `${fieldId(name)}-kind`;
  return (
    <div className="rb-toolbar" role="toolbar" aria-label={named(t('rich.toolbar'))}>
      {mark('bold', 'Ctrl+B', 'B')}
      {mark('italic', 'Ctrl+I', 'I')}
      {mark('underline', 'Ctrl+U', 'U')}
      <label className="visually-hidden" htmlFor={kindId}>
        {named(t('rich.kind'))}
      </label>
      <select
        id={kindId}
        className="rb-kind"
        value={state?.kind === 'other' ? '' : (state?.kind ?? '')}
        disabled={state?.kind === 'other'}
        onChange={(e) => {
          const k = e.target.value as BlockKind;
          if (!KINDS.includes(k)) return;
          setBlockKind(k)(editor.state, editor.view.dispatch);
          editor.view.focus();
        }}
        data-testid={id('tool-kind')}
      >
        {state?.kind === 'other' ? <option value="">{t('rich.kindOther')}</option> : null}
        {KINDS.map((k) => (
          <option key={k} value={k}>
            {kindLabel(k)}
          </option>
        ))}
      </select>
      <button type="button" className="rb-tool" onMouseDown={keep} onClick={() => insertAtom({ type: 'table', header: ['', ''], rows: [['', '']] })} data-testid={id('tool-table')} aria-label={named(t('rich.insertTable'))}>
        {t('rich.insertTableShort')}
      </button>
      <button type="button" className="rb-tool" onMouseDown={keep} onClick={() => insertAtom({ type: 'indicators', rows: [emptyIndicatorRow()] })} data-testid={id('tool-indicators')} aria-label={named(t('rich.insertIndicators'))}>
        {t('rich.insertIndicatorsShort')}
      </button>
      <span className="rb-keys" aria-hidden="true">
        {t('rich.keys')}
      </span>
    </div>
  );
}

/** The schema's errors inside the blocks (a draft from an old file, a hand edit), each under the surface with its block. */
function BlockErrors({ name }: { name: BodyPath }) {
  const { t } = useTranslation();
  const { control } = useDocForm();
  const { errors } = useFormState({ control, name });
  const root = get(errors, name) as unknown;
  if (!root || typeof root !== 'object') return null;
  const found: { path: string; index: number; error: ErrorLike }[] = [];
  const walk = (node: unknown, path: string, index: number, depth: number): void => {
    if (!node || typeof node !== 'object' || depth > 6) return;
    const e = node as ErrorLike & Record<string, unknown>;
    if (typeof e.message === 'string' || typeof e.type === 'string') {
      if (path !== name) found.push({ path, index, error: e });
      return;
    }
    for (const [k, v] of Object.entries(e)) if (k !== 'ref' && k !== 'root') walk(v, `${path}.${k}`, depth === 0 ? Number(k) : index, depth + 1);
  };
  walk(root, name, -1, 0);
  if (!found.length) return null;
  return (
    <>
      {found.slice(0, 20).map((f) => (
        <p key={f.path} className="field-error" id={`${fieldId(f.path)}-error`}>
          {t('rich.blockError', { n: f.index + 1, message: errorText(f.error, t) })}
        </p>
      ))}
    </>
  );
}
