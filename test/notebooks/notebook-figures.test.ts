import { describe, expect, it } from 'vitest';
import { cellFailures, maskVolatile, notebookFigures, sameFigures, staleFigures, type Notebook } from '../../scripts/notebooks/notebook-figures.js';

// Hand-made notebooks in the shape nbconvert writes (nbformat 4): a markdown
// cell, a code cell with a stream and an HTML display, and a code cell whose
// result is text.
function notebook(total: string, svg: string, extra: Record<string, unknown> = {}): Notebook {
  return {
    metadata: { kernelspec: { name: 'tslab' } },
    cells: [
      { cell_type: 'markdown', source: ['# Title'] },
      {
        cell_type: 'code',
        source: ['const r = assess(study);\n', 'console.log(r)'],
        outputs: [
          { output_type: 'stream', name: 'stdout', text: [`annualised total ${total} kgCO2e/year\n`] },
          { output_type: 'display_data', data: { 'text/html': [svg] } },
        ],
        ...extra,
      },
      { cell_type: 'code', source: '1 + 1', outputs: [{ output_type: 'execute_result', data: { 'text/plain': '2' } }] },
    ],
  };
}

describe('notebookFigures', () => {
  it('notebookFigures keeps code cells only, with their index among all cells, joined source and one text per output and MIME type', () => {
    const f = notebookFigures(notebook('1,869.1', '<svg>a</svg>'));
    expect(f).toEqual([
      { cell: 1, source: 'const r = assess(study);\nconsole.log(r)', outputs: ['stdout: annualised total 1,869.1 kgCO2e/year\n', 'text/html: <svg>a</svg>'] },
      { cell: 2, source: '1 + 1', outputs: ['text/plain: 2'] },
    ]);
  });

  it('notebookFigures ignores execution counts and cell metadata (timings)', () => {
    const a = notebookFigures(notebook('1', '<svg/>', { execution_count: 3, metadata: { execution: { 'iopub.status.busy': '2026-11-23T13:01:20.628000Z' } } }));
    const b = notebookFigures(notebook('1', '<svg/>', { execution_count: 9, metadata: {} }));
    expect(a).toEqual(b);
  });
});

describe('maskVolatile', () => {
  it('maskVolatile replaces ISO timestamps and millisecond durations, nothing else', () => {
    expect(maskVolatile('date 2026-11-23T13:00:21.038Z, took 12.5 ms, 3 s, 1,869.1 kgCO2e')).toBe('date <timestamp>, took <duration>, 3 s, 1,869.1 kgCO2e');
    expect(maskVolatile('at 2026-11-23T13:00:21+01:00')).toBe('at <timestamp>');
  });
});

describe('sameFigures', () => {
  it('sameFigures is true for equal text', () => {
    expect(sameFigures('p50 2,311.5 kgCO2e', 'p50 2,311.5 kgCO2e')).toBe(true);
  });

  it('sameFigures tolerates a last-bit difference in a full-precision number (relative 1e-9)', () => {
    // 0.1 + 0.2 = 0.30000000000000004 on one machine, 0.3 on another: relative difference 1.9e-16
    expect(sameFigures('x = 0.30000000000000004', 'x = 0.3')).toBe(true);
  });

  it('sameFigures is false when a displayed, rounded figure changes', () => {
    // 1,869.1 → 1,869.2 changes the second number token from 869.1 to 869.2: relative 1.2e-4 ≫ 1e-9
    expect(sameFigures('total 1,869.1', 'total 1,869.2')).toBe(false);
  });

  it('sameFigures is false when the words around the numbers change', () => {
    expect(sameFigures('mean 3 kg', 'median 3 kg')).toBe(false);
    expect(sameFigures('3 kg', '3 kg 4')).toBe(false);
  });
});

describe('staleFigures', () => {
  it('staleFigures is empty for a re-execution with the same figures and another timestamp', () => {
    const a = notebook('1,869.1', '<svg><text>2026-11-23T13:00:21Z</text></svg>');
    const b = notebook('1,869.1', '<svg><text>2026-11-24T09:12:00Z</text></svg>');
    expect(staleFigures(a, b)).toEqual([]);
  });

  it('staleFigures names the cell, output and line of a changed figure', () => {
    const a = notebook('1,869.1', '<svg>\n<rect height="10"/>\n</svg>');
    const b = notebook('1,869.1', '<svg>\n<rect height="12"/>\n</svg>');
    const d = staleFigures(a, b);
    expect(d).toHaveLength(1);
    expect(d[0]).toContain('cell 1, output 1: line 2:');
    expect(d[0]).toContain('committed: <rect height="10"/>');
    expect(d[0]).toContain('fresh:     <rect height="12"/>');
  });

  it('staleFigures reports an edited source and a changed number of outputs or cells', () => {
    const a = notebook('1', '<svg/>');
    const edited = { ...a, cells: a.cells.map((c, i) => (i === 2 ? { ...c, source: '1 + 2' } : c)) };
    expect(staleFigures(a, edited)).toEqual(['cell 2: the source differs from the executed one']);
    const fewer = { ...a, cells: a.cells.map((c, i) => (i === 1 ? { ...c, outputs: c.outputs!.slice(0, 1) } : c)) };
    expect(staleFigures(a, fewer)).toEqual(['cell 1: 2 outputs committed, 1 after execution']);
    expect(staleFigures(a, { ...a, cells: a.cells.slice(0, 2) })).toEqual(['2 code cells committed, 1 executed']);
  });
});

describe('cellFailures', () => {
  it('cellFailures finds a tslab type error (text on stderr) and a runtime error, with the cell source', () => {
    const nb = {
      cells: [
        { cell_type: 'code', source: "const x: number = 'a';", outputs: [{ output_type: 'stream', name: 'stderr', text: ["1:7 - Type 'string' is not assignable to type 'number'.\n"] }] },
        { cell_type: 'code', source: "throw new Error('boom')", outputs: [{ output_type: 'error', ename: 'Error', evalue: 'boom', traceback: [] }] },
        { cell_type: 'code', source: 'console.log(1)', outputs: [{ output_type: 'stream', name: 'stdout', text: '1\n' }] },
      ],
    } as unknown as Notebook;
    expect(cellFailures(nb)).toEqual([
      { cell: 0, source: "const x: number = 'a';", message: "1:7 - Type 'string' is not assignable to type 'number'." },
      { cell: 1, source: "throw new Error('boom')", message: 'Error: boom' },
    ]);
  });

  it('cellFailures is empty for a notebook that ran cleanly', () => {
    expect(cellFailures(notebook('1', '<svg/>'))).toEqual([]);
  });
});
