export { Preview } from './Preview';
export type { PreviewProps } from './Preview';
export { paginate, blockHeightPt } from './paginate';
export type { BlockMeasure, PageItem, PagePart, PageSlice, ParagraphMeasure, BoxMeasure, TableMeasure, RowMeasure } from './paginate';
