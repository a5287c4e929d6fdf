import type { ReportFigure } from './report-figures.js';

/** A column of a document table. */
export interface DocumentColumn {
  readonly title: string;
  readonly align: 'left' | 'right';
}

/**
 * One block of a rendered report, in plain text (renderers escape it): the
 * layout the HTML and Markdown renderers share, so that both show the same
 * words and the same rounded numbers.
 */
export type DocumentBlock =
  | { readonly kind: 'heading'; readonly level: 2 | 3; readonly text: string; readonly id: string }
  | { readonly kind: 'paragraph'; readonly text: string }
  | { readonly kind: 'note'; readonly text: string }
  | { readonly kind: 'list'; readonly items: readonly string[] }
  | { readonly kind: 'table'; readonly caption: string; readonly columns: readonly DocumentColumn[]; readonly rows: readonly (readonly string[])[] }
  | { readonly kind: 'figure'; readonly figure: ReportFigure };

/** A report laid out as blocks under a title. */
export interface ReportDocument {
  readonly title: string;
  /** Lines under the title (study file, date, library version). */
  readonly byline: readonly string[];
  readonly blocks: readonly DocumentBlock[];
}

/** Shorthands for building blocks. */
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
