// The two atoms of the surface: a table and an indicator table show as a read-only grid with
// one "edit" button (one tab stop each); the button opens the form's own grid editor for that
// block (TableEditor, IndicatorsEditor), which writes the form value — the editor then takes the
// changed block back as an outside change, without remounting this view.
import { NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumberVi } from '../../../standards';
import type { BlockInput, BlockPath, BodyPath } from '../form';
import { IndicatorsEditor } from '../IndicatorsEditor';
import { TableEditor } from '../TableEditor';

type TableInput = Extract<BlockInput, { type: 'table' }>;
type IndicatorsInput = Extract<BlockInput, { type: 'indicators' }>;

/** The block's index in its list: its position among the document's top-level nodes. */
function indexOf(props: ReactNodeViewProps): number {
  const pos = props.getPos();
  if (typeof pos !== 'number') return -1;
  return props.editor.state.doc.resolve(pos).index(0);
}

function AtomFrame({ props, name, kind, children }: { props: ReactNodeViewProps; name: BodyPath; kind: 'table' | 'indicators'; children: (base: BlockPath) => { grid: React.ReactNode; editor: React.ReactNode } }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const index = indexOf(props);
  const base = `${name}.${index}` as BlockPath;
  const parts = children(base);
  return (
    <NodeViewWrapper className={`rb-atom rb-atom-${kind}${props.selected ? ' is-selected' : ''}`} data-path={base}>
      <div className="rb-atom-head" contentEditable={false}>
        <span className="rb-atom-kind">{t(`body.type.${kind}`)}</span>
        <button type="button" className="button small" aria-expanded={open} onClick={() => setOpen((o) => !o)} data-testid={`${base}.edit`}>
          {open ? t('rich.closeGrid') : t(kind === 'table' ? 'rich.editTable' : 'rich.editIndicators')}
        </button>
      </div>
      <div contentEditable={false}>{open ? parts.editor : parts.grid}</div>
    </NodeViewWrapper>
  );
}

interface GridCell {
  text: string;
  className?: string;
  align?: 'left' | 'center' | 'right';
}

/** The read-only grid both atoms show: a caption, one header row, the body rows. */
function ReadGrid({ caption, head, rows }: { caption?: string | null; head: readonly string[]; rows: readonly GridCell[][] }) {
  return (
    <table className="rb-grid">
      {caption ? <caption>{caption}</caption> : null}
      <thead>
        <tr>
          {head.map((h, c) => (
            <th key={c}>{h}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r, i) => (
          <tr key={i}>
            {r.map((cell, c) => (
              <td key={c} className={cell.className} style={cell.align ? { textAlign: cell.align } : undefined}>
                {cell.text}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function makeTableView(name: BodyPath) {
  return function TableView(props: ReactNodeViewProps) {
    const block = props.node.attrs.block as TableInput | null;
    return (
      <AtomFrame props={props} name={name} kind="table">
        {(base) => ({
          grid: (
            <ReadGrid
              caption={block?.caption}
              head={block?.header ?? []}
              rows={(block?.rows ?? []).map((r) => (block?.header ?? []).map((_h, c) => ({ text: r[c] ?? '', align: block?.align?.[c] ?? 'left' })))}
            />
          ),
          editor: <TableEditor base={base} />,
        })}
      </AtomFrame>
    );
  };
}

export function makeIndicatorsView(name: BodyPath) {
  return function IndicatorsView(props: ReactNodeViewProps) {
    const { t } = useTranslation();
    const block = props.node.attrs.block as IndicatorsInput | null;
    // The figures as the printed table writes them (standards), blank where none is given.
    const figure = (n: number | null | undefined) => (typeof n === 'number' ? formatNumberVi(n) : '');
    return (
      <AtomFrame props={props} name={name} kind="indicators">
        {(base) => ({
          grid: (
            <ReadGrid
              caption={block?.caption}
              head={[t('rich.indicatorName'), t('rich.indicatorUnit'), t('rich.indicatorPlan'), t('rich.indicatorActual'), t('rich.indicatorPrevious')]}
              rows={(block?.rows ?? []).map((r) => [{ text: r.name }, { text: r.unit }, ...[r.plan, r.actual, r.previous].map((n) => ({ text: figure(n), className: 'num' }))])}
            />
          ),
          editor: <IndicatorsEditor base={base} />,
        })}
      </AtomFrame>
    );
  };
}
