/**
 * What a notebook shows, reduced to what matters for staleness: per code
 * cell, its source and its outputs as text (streams, text/plain, text/html
 * with the SVG charts, markdown), with the things that change on every run
 * masked (ISO timestamps, durations in ms) and without Jupyter's metadata
 * (execution counts, timings, ids). Pure functions, no Jupyter needed: the
 * notebook runner and test/notebooks use them.
 */

/** The parts of an .ipynb file this module reads (nbformat 4). */
export interface Notebook {
  readonly cells: readonly NotebookCell[];
  readonly metadata?: Record<string, unknown>;
}

/** One cell of an .ipynb file. */
export interface NotebookCell {
  readonly cell_type: string;
  readonly source: string | readonly string[];
  readonly outputs?: readonly NotebookOutput[];
}

/** One output of a code cell (stream, display_data, execute_result or error). */
export interface NotebookOutput {
  readonly output_type: string;
  readonly name?: string;
  readonly text?: string | readonly string[];
  readonly data?: Record<string, unknown>;
  readonly ename?: string;
  readonly evalue?: string;
}

/** The figures of one code cell: its index among all cells, source and outputs. */
export interface CellFigures {
  readonly cell: number;
  readonly source: string;
  readonly outputs: readonly string[];
}

/** A code cell that failed: a runtime error, or text on stderr (tslab's type errors). */
export interface CellFailure {
  readonly cell: number;
  readonly source: string;
  readonly message: string;
}

/** MIME types compared; others (widgets, javascript) are ignored. */
const COMPARED_MIME = ['text/plain', 'text/html', 'text/markdown', 'image/svg+xml', 'application/json'];

function joinText(t: unknown): string {
  if (typeof t === 'string') return t;
  if (Array.isArray(t)) return t.join('');
  return JSON.stringify(t);
}

/** Mask what changes from run to run without meaning anything: timestamps and millisecond durations. */
export function maskVolatile(text: string): string {
  return text
    .replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})/g, '<timestamp>')
    .replace(/\b\d+(?:\.\d+)?\s?ms\b/g, '<duration>');
}

function outputText(o: NotebookOutput): string[] {
  if (o.output_type === 'stream') return [`${o.name ?? 'stdout'}: ${joinText(o.text ?? '')}`];
  if (o.output_type === 'error') return [`error: ${o.ename ?? ''}: ${o.evalue ?? ''}`];
  const data = o.data ?? {};
  return COMPARED_MIME.filter((m) => m in data).map((m) => `${m}: ${joinText(data[m])}`);
}

/** Per code cell: source and outputs as text, volatile parts masked. */
export function notebookFigures(nb: Notebook): CellFigures[] {
  const out: CellFigures[] = [];
  nb.cells.forEach((c, i) => {
    if (c.cell_type !== 'code') return;
    out.push({ cell: i, source: joinText(c.source), outputs: (c.outputs ?? []).flatMap(outputText).map(maskVolatile) });
  });
  return out;
}

/**
 * Code cells that failed. tslab reports a type error as text on stderr and
 * then skips every later cell without a word, and nbconvert exits 1 with an
 * empty message: this finds the cell and its message.
 */
export function cellFailures(nb: Notebook): CellFailure[] {
  const out: CellFailure[] = [];
  nb.cells.forEach((c, i) => {
    if (c.cell_type !== 'code') return;
    for (const o of c.outputs ?? []) {
      if (o.output_type === 'error') out.push({ cell: i, source: joinText(c.source), message: `${o.ename ?? 'Error'}: ${o.evalue ?? ''}` });
      else if (o.output_type === 'stream' && o.name === 'stderr') out.push({ cell: i, source: joinText(c.source), message: joinText(o.text ?? '').trim() });
    }
  });
  return out;
}

const NUMBER = /-?\d+(?:\.\d+)?(?:e[-+]?\d+)?/gi;

/**
 * Whether two output texts show the same figures: the text between numbers
 * is equal and each number agrees to `relTol` (relative) — so a float printed
 * to 17 digits may differ in its last bit across machines, but a displayed,
 * rounded figure may not change.
 */
export function sameFigures(a: string, b: string, relTol = 1e-9): boolean {
  if (a.replace(NUMBER, '#') !== b.replace(NUMBER, '#')) return false;
  const x = a.match(NUMBER) ?? [];
  const y = b.match(NUMBER) ?? [];
  return x.every((s, i) => {
    const u = Number(s);
    const v = Number(y[i]);
    return u === v || Math.abs(u - v) <= relTol * Math.max(Math.abs(u), Math.abs(v));
  });
}

function firstDifference(a: string, b: string): string {
  const la = a.split('\n');
  const lb = b.split('\n');
  for (let i = 0; i < Math.max(la.length, lb.length); i += 1) {
    if (!sameFigures(la[i] ?? '', lb[i] ?? '')) {
      const cut = (s: string | undefined): string => (s === undefined ? '(no line)' : s.length > 200 ? `${s.slice(0, 200)}…` : s);
      return `line ${i + 1}:\n    committed: ${cut(la[i])}\n    fresh:     ${cut(lb[i])}`;
    }
  }
  return '(texts differ)';
}

/**
 * Differences between the committed notebook and a fresh execution of it,
 * in words (empty when the committed outputs are up to date).
 */
export function staleFigures(committed: Notebook, fresh: Notebook): string[] {
  const a = notebookFigures(committed);
  const b = notebookFigures(fresh);
  if (a.length !== b.length) return [`${a.length} code cells committed, ${b.length} executed`];
  const out: string[] = [];
  a.forEach((ca, k) => {
    const cb = b[k];
    if (ca.source !== cb.source) out.push(`cell ${ca.cell}: the source differs from the executed one`);
    else if (ca.outputs.length !== cb.outputs.length) out.push(`cell ${ca.cell}: ${ca.outputs.length} outputs committed, ${cb.outputs.length} after execution`);
    else ca.outputs.forEach((oa, j) => {
      const ob = cb.outputs[j];
      if (!sameFigures(oa, ob)) out.push(`cell ${ca.cell}, output ${j}: ${firstDifference(oa, ob)}`);
    });
  });
  return out;
}
