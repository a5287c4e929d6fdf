import type { ReportFigure } from './report-figures.js';

/** A column of a document table. */
export interface DocumentColumn {
  /** The column's heading. */
  readonly title: string;
  /** `right` for numbers. */
  readonly align: 'left' | 'right';
}

/** A section (level 2) or subsection (level 3) heading. */
export interface HeadingBlock {
  /** `heading`. */
  readonly kind: 'heading';
  /** 2 for a section, 3 for a subsection. */
  readonly level: 2 | 3;
  /** The heading's text. */
  readonly text: string;
  /** Anchor id (`impact`), stable across reports. */
  readonly id: string;
}

/** A paragraph of prose. */
export interface ParagraphBlock {
  /** `paragraph`. */
  readonly kind: 'paragraph';
  /** The text. */
  readonly text: string;
}

/** A highlighted note (the rounding note). */
export interface NoteBlock {
  /** `note`. */
  readonly kind: 'note';
  /** The text. */
  readonly text: string;
}

/** A bulleted list. */
export interface ListBlock {
  /** `list`. */
  readonly kind: 'list';
  /** One text per item. */
  readonly items: readonly string[];
}

/** A table of text cells (numbers already rounded). */
export interface TableBlock {
  /** `table`. */
  readonly kind: 'table';
  /** What the table shows, with units. */
  readonly caption: string;
  /** Column headings and alignment. */
  readonly columns: readonly DocumentColumn[];
  /** Rows of cells, one cell per column. */
  readonly rows: readonly (readonly string[])[];
}

/** A rendered figure. */
export interface FigureBlock {
  /** `figure`. */
  readonly kind: 'figure';
  /** The SVG, its number and caption. */
  readonly figure: ReportFigure;
}

/**
 * One block of a rendered report, in plain text (renderers escape it): the
 * layout the HTML and Markdown renderers share, so that both show the same
 * words and the same rounded numbers.
 */
export type DocumentBlock = HeadingBlock | ParagraphBlock | NoteBlock | ListBlock | TableBlock | FigureBlock;

/** A report laid out as blocks under a title. */
export interface ReportDocument {
  /** The report's title. */
  readonly title: string;
  /** Lines under the title (study file, date, library version). */
  readonly byline: readonly string[];
  /** The body, in reading order. */
  readonly blocks: readonly DocumentBlock[];
}

/** Shorthands for building blocks. @internal */
export const block = {
  h2: (text: string, id: string): DocumentBlock => ({ kind: 'heading', level: 2, text, id }),
  h3: (text: string, id: string): DocumentBlock => ({ kind: 'heading', level: 3, text, id }),
  p: (text: string): DocumentBlock => ({ kind: 'paragraph', text }),
  note: (text: string): DocumentBlock => ({ kind: 'note', text }),
  list: (items: readonly string[]): DocumentBlock => ({ kind: 'list', items }),
  table: (caption: string, columns: readonly (string | [string, 'left' | 'right'])[], rows: readonly (readonly string[])[]): DocumentBlock => ({
    kind: 'table',
    caption,
    columns: columns.map((c) => (typeof c === 'string' ? { title: c, align: 'left' as const } : { title: c[0], align: c[1] })),
    rows,
  }),
  figure: (figure: ReportFigure): DocumentBlock => ({ kind: 'figure', figure }),
};
