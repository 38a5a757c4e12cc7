// The two atoms of the surface: a table and an indicator table show as a read-only grid with
// one "edit" button (one tab stop each); the button opens the form's own grid editor for that
// block (TableEditor, IndicatorsEditor), which writes the form value — the editor then takes the
// changed block back as an outside change, without remounting this view.
import { NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
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

export function makeTableView(name: BodyPath) {
  return function TableView(props: ReactNodeViewProps) {
    const block = props.node.attrs.block as TableInput | null;
    return (
      <AtomFrame props={props} name={name} kind="table">
        {(base) => ({
          grid: (
            <table className="rb-grid">
              {block?.caption ? <caption>{block.caption}</caption> : null}
              <thead>
                <tr>
                  {(block?.header ?? []).map((h, c) => (
                    <th key={c}>{h}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {(block?.rows ?? []).map((r, i) => (
                  <tr key={i}>
                    {(block?.header ?? []).map((_h, c) => (
                      <td key={c} style={{ textAlign: block?.align?.[c] ?? 'left' }}>
                        {r[c] ?? ''}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
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
    const figure = (n: number | null | undefined) => (typeof n === 'number' ? n.toLocaleString('vi-VN') : '');
    return (
      <AtomFrame props={props} name={name} kind="indicators">
        {(base) => ({
          grid: (
            <table className="rb-grid">
              {block?.caption ? <caption>{block.caption}</caption> : null}
              <thead>
                <tr>
                  <th>{t('rich.indicatorName')}</th>
                  <th>{t('rich.indicatorUnit')}</th>
                  <th>{t('rich.indicatorPlan')}</th>
                  <th>{t('rich.indicatorActual')}</th>
                  <th>{t('rich.indicatorPrevious')}</th>
                </tr>
              </thead>
              <tbody>
                {(block?.rows ?? []).map((r, i) => (
                  <tr key={i}>
                    <td>{r.name}</td>
                    <td>{r.unit}</td>
                    <td className="num">{figure(r.plan)}</td>
                    <td className="num">{figure(r.actual)}</td>
                    <td className="num">{figure(r.previous)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ),
          editor: <IndicatorsEditor base={base} />,
        })}
      </AtomFrame>
    );
  };
}
