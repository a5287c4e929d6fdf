import { FileError, type FilePosition } from '../errors/index.js';

/** Split at commas outside brackets. */
function topLevel(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (c === '[') depth += 1;
    else if (c === ']') depth -= 1;
    else if (c === ',' && depth === 0) {
      out.push(text.slice(start, i));
      start = i + 1;
    }
  }
  out.push(text.slice(start));
  return out;
}

const RANGE = /^(\d+)(?:-(\d+))?$/;

/**
 * Expand a Slurm host list (`NodeList`): `gpu[01-03,07],cpu12` →
 * `gpu01 gpu02 gpu03 gpu07 cpu12`. Several bracket groups in one name
 * (`r[1-2]n[1-2]`) expand to every combination; zero-padding follows the
 * range's first bound. At most 100,000 names.
 *
 * @param text - the NodeList cell
 * @param at - file, row and column, for the error
 * @throws {@link FileError} for unbalanced brackets, an empty name, a reversed or malformed range
 * @example
 * expandHostlist('gpu[01-03,07],cpu12', { file: 'sacct.txt' }); // => ['gpu01', 'gpu02', 'gpu03', 'gpu07', 'cpu12']
 */
export function expandHostlist(text: string, at: FilePosition): string[] {
  const bad = (what: string): FileError => new FileError(at, `NodeList "${text.slice(0, 60)}" ${what}`, 'export NodeList as sacct prints it, e.g. gpu[01-04] or gpu01,gpu07');
  const out: string[] = [];
  for (const item of topLevel(text)) {
    if (item === '') throw bad('has an empty host name');
    let names = [''];
    const parts = item.split(/(\[[^\]]*\])/);
    for (const part of parts) {
      if (part.startsWith('[')) {
        const values: string[] = [];
        for (const r of part.slice(1, -1).split(',')) {
          const m = RANGE.exec(r);
          if (!m) throw bad(`has a malformed range "${r}"`);
          const lo = Number(m[1]);
          const hi = m[2] === undefined ? lo : Number(m[2]);
          if (hi < lo) throw bad(`has a reversed range "${r}"`);
          if (values.length + hi - lo > 100_000) throw bad('names more than 100,000 hosts');
          for (let k = lo; k <= hi; k += 1) values.push(String(k).padStart(m[1].length, '0'));
        }
        names = names.flatMap((n) => values.map((v) => n + v));
      } else {
        if (/[[\]]/.test(part)) throw bad('has unbalanced brackets');
        names = names.map((n) => n + part);
      }
      if (names.length > 100_000) throw bad('names more than 100,000 hosts');
    }
    out.push(...names);
  }
  return out;
}
