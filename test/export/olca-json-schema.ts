import { readFileSync } from 'node:fs';

type Def = { class: { superClass?: string; properties: { name: string; type: string; optional?: boolean }[] } } | { enum: string[] };

/** olca-schema's type definitions (test/fixtures/olca-schema/README.md says where they come from). */
export const OLCA_TYPES = JSON.parse(readFileSync('test/fixtures/olca-schema/olca-schema-2.4.0.json', 'utf8')) as Record<string, Def>;

function propertiesOf(name: string): { name: string; type: string; optional?: boolean }[] {
  const d = OLCA_TYPES[name];
  if (!d || !('class' in d)) throw new Error(`not an olca-schema class: ${name}`);
  return [...(d.class.superClass ? propertiesOf(d.class.superClass) : []), ...d.class.properties];
}

/** The JSON Schema of one olca-schema type expression (`double`, `Ref[Flow]`, `List[Exchange]`, `Uncertainty`, …). */
function typeSchema(type: string): object {
  const list = /^List\[(.+)\]$/.exec(type);
  if (list) return { type: 'array', items: typeSchema(list[1]) };
  const ref = /^Ref\[(.+)\]$/.exec(type);
  if (ref) {
    // a reference: Ref's own fields, with @type naming the referenced type
    const props = Object.fromEntries(propertiesOf('Ref').map((p) => [p.name, typeSchema(p.type)]));
    return { type: 'object', properties: { ...props, '@type': { const: ref[1] } }, required: ['@id'], additionalProperties: false };
  }
  switch (type) {
    case 'string': return { type: 'string' };
    case 'double': case 'float': return { type: 'number' };
    case 'int': case 'integer': return { type: 'integer' };
    case 'boolean': return { type: 'boolean' };
    case 'date': return { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' };
    case 'dateTime': return { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}T' };
    case 'GeoJSON': return { type: 'object' };
    case 'Ref': return typeSchema('Ref[Entity]');
    default: return { $ref: `#/definitions/${type}` };
  }
}

/**
 * A JSON Schema (draft-07) of olca-schema v2: one definition per class
 * (its own and inherited properties, no others; `@type`, when present, the
 * class's name) and per enum. Every field is optional, as in olca-schema.
 */
export function olcaJsonSchema(): { definitions: Record<string, object> } {
  const definitions: Record<string, object> = {};
  for (const [name, d] of Object.entries(OLCA_TYPES)) {
    if ('enum' in d) {
      definitions[name] = { enum: d.enum };
      continue;
    }
    const properties: Record<string, object> = {};
    for (const p of propertiesOf(name)) properties[p.name] = typeSchema(p.type);
    properties['@type'] = { const: name };
    definitions[name] = { type: 'object', properties, additionalProperties: false };
  }
  return { definitions };
}
