/**
 * Renders the files generated from the study format's one source,
 * `src/study/format/study-schema.ts`: the JSON Schema file and the field
 * tables of docs/study-format.md. Pure functions, so that
 * test/study/study-format-generated.test.ts can regenerate in memory and
 * compare with what is committed.
 */
import type { JsonSchema } from '../../src/study/format/json-schema.js';
import { COMMENT_KEYS } from '../../src/study/format/study-fields.js';

/** Where the generated JSON Schema lives (editors and the package exports reference it). */
export const SCHEMA_FILE = 'schema/study.schema.json';
/** The docs page whose field tables are generated. */
export const DOC_FILE = 'docs/study-format.md';
/** The markers around the generated part of {@link DOC_FILE}. */
export const BEGIN = '<!-- BEGIN generated field tables: edit src/study/format/study-schema.ts and run `npm run schema` -->';
export const END = '<!-- END generated field tables -->';

/** What a comment key may hold: anything, without effect. */
const COMMENT: JsonSchema = { description: 'For readers; no effect.' };

/**
 * The schema with the comment keys (`$schema`, `$comment`, `note`, `notes`)
 * allowed on every closed object, as the parsers allow them (`readObject`
 * ignores them): the keys are one list, COMMENT_KEYS, not repeated in the
 * source on each object.
 */
export function withCommentKeys(s: JsonSchema): JsonSchema {
  const out: Record<string, unknown> = { ...s };
  if (s.properties !== undefined) {
    const props: Record<string, JsonSchema> = Object.fromEntries(Object.entries(s.properties).map(([k, v]) => [k, withCommentKeys(v)]));
    if (s.additionalProperties === false) for (const k of COMMENT_KEYS) props[k] ??= COMMENT;
    out.properties = props;
  }
  if (s.items !== undefined) out.items = withCommentKeys(s.items);
  if (s.oneOf !== undefined) out.oneOf = s.oneOf.map(withCommentKeys);
  if (typeof s.additionalProperties === 'object') out.additionalProperties = withCommentKeys(s.additionalProperties);
  if (s.$defs !== undefined) out.$defs = Object.fromEntries(Object.entries(s.$defs).map(([k, v]) => [k, withCommentKeys(v)]));
  return out;
}

/**
 * The JSON Schema file's text: the source object, with the comment keys
 * allowed on every object the study parsers read (not on `scenarios[]`,
 * whose reader in src/scenarios refuses them), as JSON, two-space indented.
 */
export function renderSchemaJson(schema: JsonSchema): string {
  const w = withCommentKeys(schema);
  const scenarios = schema.properties?.scenarios;
  const out = scenarios === undefined ? w : { ...w, properties: { ...w.properties, scenarios } };
  return `${JSON.stringify(out, null, 2)}\n`;
}

const refName = (ref: string): string => ref.replace('#/$defs/', '');
const code = (v: unknown): string => `\`${typeof v === 'string' ? JSON.stringify(v) : String(v)}\``;

/** A short description of what a field accepts, for a table cell. */
function typeOf(s: JsonSchema, root: JsonSchema): string {
  if (s.$ref !== undefined) {
    const name = refName(s.$ref);
    if (name === 'value') return 'value';
    if (name === 'count') return 'integer ≥ 1';
    const d = root.$defs?.[name];
    const hasTable = d?.properties !== undefined || d?.oneOf?.some((o) => o.properties !== undefined) === true;
    return d !== undefined && !hasTable ? typeOf(d, root) : `[${name}](#${name})`;
  }
  if (s.const !== undefined) return code(s.const);
  if (s.enum !== undefined) return s.enum.map(code).join(', ');
  if (s.oneOf !== undefined) return s.oneOf.map((o) => typeOf(o, root)).join(' or ');
  const bounds: string[] = [];
  if (s.minimum !== undefined) bounds.push(`≥ ${s.minimum}`);
  if (s.exclusiveMinimum !== undefined) bounds.push(`> ${s.exclusiveMinimum}`);
  if (s.maximum !== undefined) bounds.push(`≤ ${s.maximum}`);
  if (s.exclusiveMaximum !== undefined) bounds.push(`< ${s.exclusiveMaximum}`);
  const b = bounds.length > 0 ? ` ${bounds.join(', ')}` : '';
  switch (s.type) {
    case 'array': {
      const item = s.items === undefined ? 'anything' : typeOf(s.items, root);
      return `list of ${item}${s.minItems !== undefined && s.minItems > 0 ? ` (at least ${s.minItems})` : ''}`;
    }
    case 'object':
      return s.properties !== undefined ? 'object (below)' : 'object';
    case 'string':
      return s.pattern !== undefined ? 'string (pattern)' : 'string';
    case undefined:
      return 'any';
    default:
      return `${s.type}${b}`;
  }
}

const cell = (t: string): string => t.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function table(s: JsonSchema, root: JsonSchema): string[] {
  const required = new Set(s.required ?? []);
  const rows = Object.entries(s.properties ?? {})
    .filter(([k]) => !COMMENT_KEYS.includes(k))
    .map(([k, f]) => {
      const d = f.$ref !== undefined && f.description === undefined ? root.$defs?.[refName(f.$ref)]?.description : f.description;
      const desc = [d ?? '', f.default !== undefined && !(d ?? '').includes('default') ? `Default ${code(f.default)}.` : ''].filter((x) => x !== '').join(' ');
      return `| \`${k}\` | ${cell(typeOf(f, root))} | ${required.has(k) ? 'yes' : ''} | ${cell(desc)} |`;
    });
  return ['| field | value | required | meaning |', '| --- | --- | --- | --- |', ...rows];
}

interface Section {
  readonly title: string;
  /** Which variant of a definition (`type "ic"`). */
  readonly variant?: string;
  readonly anchor?: string;
  readonly schema: JsonSchema;
  readonly note?: string;
}

/** Every object of the format with named fields, depth first, each titled by its path in a study. */
function sections(root: JsonSchema): Section[] {
  const out: Section[] = [];
  const visit = (s: JsonSchema, path: string, anchor?: string, note?: string): void => {
    if (s.properties !== undefined) {
      out.push({ title: path, schema: s, ...(anchor !== undefined ? { anchor } : {}), ...(note !== undefined ? { note } : {}) });
      for (const [k, f] of Object.entries(s.properties)) visit(f, path === 'study' ? k : `${path}.${k}`);
    }
    if (s.items !== undefined) visit(s.items, `${path}[]`);
    s.oneOf?.forEach((o) => visit(o, path));
  };
  visit(root, 'study', undefined, 'The top level of a study file.');
  // where each definition is used
  const uses = new Map<string, string[]>();
  const find = (s: JsonSchema, path: string): void => {
    if (s.$ref !== undefined) uses.set(refName(s.$ref), [...(uses.get(refName(s.$ref)) ?? []), path]);
    for (const [k, f] of Object.entries(s.properties ?? {})) find(f, path === '' ? k : `${path}.${k}`);
    if (s.items !== undefined) find(s.items, `${path}[]`);
    s.oneOf?.forEach((o) => find(o, path));
  };
  find(root, '');
  for (const [k, f] of Object.entries(root.$defs ?? {})) find(f, k);
  for (const [name, d] of Object.entries(root.$defs ?? {})) {
    const at = [...new Set(uses.get(name) ?? [])];
    const where = at.length > 0 && at.length <= 6 ? `Used at ${at.map((p) => `\`${p}\``).join(', ')}.` : undefined;
    if (d.oneOf !== undefined && d.properties === undefined) {
      const variants = d.oneOf.filter((o) => o.properties !== undefined);
      if (variants.length === 0) continue;
      variants.forEach((v, i) => {
        const t = v.properties?.type;
        const plain = (x: unknown): string => JSON.stringify(x);
        const kind = t?.const !== undefined ? `type ${plain(t.const)}` : t?.enum !== undefined ? `type ${t.enum.map(plain).join(' or ')}` : `with ${(v.required ?? []).map(plain).join(', ')}`;
        out.push({ title: name, variant: kind, ...(i === 0 ? { anchor: name } : {}), schema: v, ...(i === 0 && where !== undefined ? { note: where } : {}) });
        for (const [k, f] of Object.entries(v.properties ?? {})) visitDef(f, `${name}.${k}`);
      });
      continue;
    }
    if (d.properties === undefined) continue;
    out.push({ title: name, anchor: name, schema: d, ...(where !== undefined ? { note: [d.description, where].filter((x) => x !== undefined).join(' ') } : {}) });
    for (const [k, f] of Object.entries(d.properties)) visitDef(f, `${name}.${k}`);
  }
  function visitDef(s: JsonSchema, path: string): void {
    if (s.properties !== undefined) {
      out.push({ title: path, schema: s });
      for (const [k, f] of Object.entries(s.properties)) visitDef(f, `${path}.${k}`);
    }
    if (s.items !== undefined) visitDef(s.items, `${path}[]`);
    s.oneOf?.forEach((o) => visitDef(o, path));
  }
  return out;
}

/** The generated Markdown: one table per object of the format. */
export function renderFieldTables(root: JsonSchema): string {
  const lines = [
    BEGIN,
    '',
    'Generated from `src/study/format/study-schema.ts`, the one description of the',
    'format (also written out as `schema/study.schema.json`); every object also',
    'accepts `$comment`, `note` and `notes`, which have no effect. A **value** is',
    'any of the forms in [Values](#values).',
  ];
  for (const s of sections(root)) {
    lines.push('', `#### \`${s.title}\`${s.variant !== undefined ? ` (${s.variant})` : ''}`);
    if (s.anchor !== undefined) lines.push('', `<a id="${s.anchor}"></a>`);
    if (s.note !== undefined) lines.push('', s.note);
    lines.push('', ...table(s.schema, root));
  }
  lines.push('', END);
  return lines.join('\n');
}

/**
 * The docs page with its generated part replaced by `tables`.
 * @throws {Error} when the page lacks the markers
 */
export function spliceGenerated(doc: string, tables: string): string {
  const b = doc.indexOf(BEGIN);
  const e = doc.indexOf(END);
  if (b < 0 || e < b) throw new Error(`${DOC_FILE}: the markers of the generated field tables are missing`);
  return doc.slice(0, b) + tables + doc.slice(e + END.length);
}
