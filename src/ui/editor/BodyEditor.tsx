// A list of blocks — the content (ô 6) or an appendix's: headings, paragraphs, lists and tables,
// added, moved and deleted one block at a time. Every input is named by its path under `name`, so
// findings reach it. Heading numbers are shown as the rule book will print them (labels come from
// the debounced refresh, computed by standards/headingLabels for each list on its own, since an
// appendix numbers its headings afresh).
import { useEffect, useRef } from 'react';
import { useController, useFieldArray, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { headingLabel } from '../../standards';
import { describedBy, FieldError, Section, SelectField, TextField, useFieldError } from './Field';
import { fieldId, useDocForm, type BlockInput, type BlockPath, type BodyPath } from './form';
import { emptyIndicatorRow, IndicatorsEditor } from './IndicatorsEditor';
import { TableEditor } from './TableEditor';
import { useProfile } from './useProfile';

type BlockType = BlockInput['type'];
const BLOCK_TYPES: BlockType[] = ['heading', 'paragraph', 'list', 'table', 'indicators'];
/** The path suffix of the field a new block of each type is typed into first. */
const PRIMARY_FIELD: Record<BlockType, string> = { heading: '.title', paragraph: '.text', list: '.items', table: '.header.0', indicators: '.rows.0.name' };

function newBlock(type: BlockType, level: number): BlockInput {
  switch (type) {
    case 'heading':
      return { type: 'heading', level, title: '', text: '' };
    case 'paragraph':
      return { type: 'paragraph', text: '' };
    case 'list':
      return { type: 'list', marker: '-', items: [''] };
    case 'table':
      return { type: 'table', header: ['', ''], rows: [['', '']] };
    case 'indicators':
      return { type: 'indicators', rows: [emptyIndicatorRow()] };
  }
}

/** The level of the nearest heading above `index`, so a new heading continues its siblings. */
function levelBefore(blocks: readonly BlockInput[], index: number): number {
  for (let i = index; i >= 0; i--) {
    const b = blocks[i];
    if (b && b.type === 'heading') return b.level;
  }
  return 1;
}

/** Printed heading labels of each list of blocks, keyed by its path. */
export type HeadingLabels = Partial<Record<BodyPath, readonly (string | null)[]>>;

interface Props {
  /** The list edited: "body", or "appendices.N.body". */
  name: BodyPath;
  /** Printed heading labels, by block index (null for other blocks). */
  labels: readonly (string | null)[];
  /** Where the list is ("Phụ lục I"), added to the buttons' names so two lists never share them. */
  context?: string;
}

export function BodyEditor({ name, labels, context }: Props) {
  const { t } = useTranslation();
  const { control, getValues } = useDocForm();
  const { fields, insert, move, remove } = useFieldArray({ control, name });
  const focusTarget = useRef<{ index: number; what: 'first' | 'up' | 'down' | 'delete' } | null>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const bodyError = useFieldError(name);
  const main = name === 'body';
  const named = (action: string) => (context ? t('body.inContext', { action, context }) : action);
  // The main body keeps its plain test ids (the e2e tests use them); an appendix's are prefixed.
  const testId = (id: string) => (main ? id : `${name}.${id}`);

  useEffect(() => {
    const target = focusTarget.current;
    if (!target) return;
    focusTarget.current = null;
    const card = listRef.current?.querySelector<HTMLElement>(`[data-block-index="${target.index}"]`);
    if (!card) return;
    // A new block: the field one types into first (not the level or marker select).
    const type = card.getAttribute('data-block-type') as BlockType | null;
    const primary = type ? card.querySelector<HTMLElement>(`[name="${name}.${target.index}${PRIMARY_FIELD[type]}"]`) : null;
    const el =
      target.what === 'first'
        ? (primary ?? card.querySelector<HTMLElement>('.block-fields input, .block-fields textarea, .block-fields select'))
        : card.querySelector<HTMLElement>(`[data-action="${target.what}"]:not(:disabled)`) ?? card.querySelector<HTMLElement>('.block-fields input, .block-fields textarea');
    el?.focus();
    if (target.what === 'first') el?.scrollIntoView({ block: 'nearest' });
  });

  const add = (type: BlockType, at: number) => {
    const blocks: readonly BlockInput[] = getValues(name) ?? [];
    focusTarget.current = { index: at, what: 'first' };
    insert(at, newBlock(type, levelBefore(blocks, at - 1)), { shouldFocus: false });
  };
  const moveBlock = (from: number, to: number, what: 'up' | 'down') => {
    if (to < 0 || to >= fields.length) return;
    focusTarget.current = { index: to, what };
    move(from, to);
  };
  const removeBlock = (i: number) => {
    if (fields.length > 1) focusTarget.current = { index: Math.min(i, fields.length - 2), what: 'delete' };
    remove(i);
  };

  const list = (
    <>
      {/* An appendix's list has its own class: ".blocks > li" counts the main body's blocks only. */}
      <ol className={main ? 'blocks' : 'appendix-blocks'} ref={listRef} data-body={name}>
        {fields.map((f, i) => (
          <li key={f.id} className={`block block-${f.type}`} data-block-index={i} data-block-type={f.type} data-path={`${name}.${i}`}>
            <div className="block-head">
              <span className="block-kind">
                {t(`body.type.${f.type}`)}
                {labels[i] ? <span className="heading-label" data-testid={testId(`heading-label-${i}`)}> {labels[i]}</span> : null}
              </span>
              <span className="row-actions">
                <button type="button" className="icon-button" data-action="up" disabled={i === 0} onClick={() => moveBlock(i, i - 1, 'up')} aria-label={named(t('body.moveUp', { n: i + 1 }))} title={t('list.moveUpShort')}>
                  ↑
                </button>
                <button type="button" className="icon-button" data-action="down" disabled={i === fields.length - 1} onClick={() => moveBlock(i, i + 1, 'down')} aria-label={named(t('body.moveDown', { n: i + 1 }))} title={t('list.moveDownShort')}>
                  ↓
                </button>
                <InsertAfter id={`insert-${name}.${i}`} label={named(t('body.insertAfter', { n: i + 1 }))} onInsert={(type) => add(type, i + 1)} />
                <button type="button" className="icon-button danger" data-action="delete" onClick={() => removeBlock(i)} aria-label={named(t('body.remove', { n: i + 1 }))} title={t('list.removeShort')}>
                  ×
                </button>
              </span>
            </div>
            <div className="block-fields">
              <BlockFields base={`${name}.${i}`} type={f.type} />
            </div>
          </li>
        ))}
      </ol>
      <FieldError id={fieldId(name)} message={bodyError} />
      <div className="add-bar" role="group" aria-label={named(t('body.addLabel'))}>
        <span className="add-bar-label">{t('body.addLabel')}:</span>
        {BLOCK_TYPES.map((type) => (
          <button key={type} type="button" className="button small" onClick={() => add(type, fields.length)} data-testid={testId(`add-${type}`)}>
            + {t(`body.type.${type}`)}
          </button>
        ))}
      </div>
    </>
  );

  if (main) {
    return (
      <Section id="sec-body" title={t('section.body')} path="body">
        <p className="field-hint">{t('body.hint')}</p>
        {list}
      </Section>
    );
  }
  const groupId = `${fieldId(name)}-label`;
  return (
    <div className="appendix-body" role="group" aria-labelledby={groupId} data-path={name}>
      <p className="group-label" id={groupId}>
        {context ? t('appendix.bodyOf', { label: context }) : t('appendix.body')}
      </p>
      {fields.length === 0 ? <p className="muted">{t('appendix.bodyEmpty')}</p> : null}
      {list}
    </div>
  );
}

function InsertAfter({ id, label, onInsert }: { id: string; label: string; onInsert: (type: BlockType) => void }) {
  const { t } = useTranslation();
  return (
    <>
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <select
        id={id}
        className="insert-select"
        value=""
        onChange={(e) => {
          const type = e.target.value as BlockType | '';
          if (type) onInsert(type);
        }}
      >
        <option value="">{t('body.insertShort')}</option>
        {BLOCK_TYPES.map((type) => (
          <option key={type} value={type}>
            {t(`body.type.${type}`)}
          </option>
        ))}
      </select>
    </>
  );
}

function BlockFields({ base, type }: { base: BlockPath; type: BlockType }) {
  switch (type) {
    case 'heading':
      return <HeadingFields base={base} />;
    case 'paragraph':
      return <ParagraphFields base={base} />;
    case 'list':
      return <ListFields base={base} />;
    case 'table':
      return <TableEditor base={base} />;
    case 'indicators':
      return <IndicatorsEditor base={base} />;
  }
}

function HeadingFields({ base }: { base: BlockPath }) {
  const { t } = useTranslation();
  const profile = useProfile();
  return (
    <>
      <div className="field-row heading-row">
        <SelectField
          name={`${base}.level`}
          label={t('body.level')}
          className="narrow"
          registerOptions={{ setValueAs: (v: unknown) => Number(v) }}
          options={[1, 2, 3, 4].map((level) => {
            const spec = profile.body.headings[level - 1];
            const example = spec ? headingLabel(spec.label, [1, 1, 1, 1], level) : '';
            return { value: String(level), label: t('body.levelOption', { level, example }) };
          })}
        />
        <TextField name={`${base}.title`} label={t('body.headingTitle')} className="grow" />
      </div>
      <TextField name={`${base}.text`} label={t('body.headingText')} multiline rows={2} />
    </>
  );
}

function ParagraphFields({ base }: { base: BlockPath }) {
  const { t } = useTranslation();
  return <TextField name={`${base}.text`} label={t('body.paragraphText')} multiline rows={3} />;
}

function ListFields({ base }: { base: BlockPath }) {
  const { t } = useTranslation();
  const { control } = useDocForm();
  const name = `${base}.items` as const;
  const { field } = useController({ control, name });
  const error = useFieldError(name);
  const marker = useWatch({ control, name: `${base}.marker` });
  const id = fieldId(name);
  const items: string[] = Array.isArray(field.value) ? (field.value as string[]) : [];
  return (
    <>
      <SelectField
        name={`${base}.marker`}
        label={t('body.marker')}
        className="narrow"
        options={[
          { value: '-', label: t('body.markerDash') },
          { value: '+', label: t('body.markerPlus') },
        ]}
      />
      <div className={`field${error ? ' has-error' : ''}`}>
        <label htmlFor={id}>{t('body.items', { marker: marker ?? '-' })}</label>
        <textarea
          id={id}
          name={name}
          ref={field.ref}
          rows={Math.max(2, items.length)}
          value={items.join('\n')}
          onChange={(e) => field.onChange(e.target.value.split('\n'))}
          onBlur={field.onBlur}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, true, !!error)}
        />
        <p className="field-hint" id={`${id}-hint`}>
          {t('body.itemsHint')}
        </p>
        <FieldError id={id} message={error} />
      </div>
    </>
  );
}
