/**
 * The part of JSON Schema (draft 2020-12) that the study format uses; a
 * keyword added to {@link STUDY_SCHEMA} must be added here first, so that the
 * generated `schema/study.schema.json` holds no keyword the tools that read
 * it (the docs renderer, the parsers' key lists) do not know.
 *
 * @internal
 * @example
 * // a quantity field: a number in its canonical unit, or a string with a unit
 * const lifetime = { description: 'years', oneOf: [{ type: 'number', exclusiveMinimum: 0 }, { type: 'string' }] };
 * lifetime.oneOf.length; // => 2
 */
export interface JsonSchema {
  /** The dialect (root only). */
  readonly $schema?: string;
  /** The schema's URI (root only). */
  readonly $id?: string;
  /** A reference to a definition, `#/$defs/NAME`. */
  readonly $ref?: string;
  /** Named definitions (root only). */
  readonly $defs?: Readonly<Record<string, JsonSchema>>;
  /** A title (root only). */
  readonly title?: string;
  /** What the value means: its unit, default and rules, for readers and the docs tables. */
  readonly description?: string;
  /** The JSON type. */
  readonly type?: 'object' | 'array' | 'string' | 'number' | 'integer' | 'boolean';
  /** The value when the field is left out (documentation only: the parsers apply defaults). */
  readonly default?: string | number | boolean | readonly string[];
  /** The only value allowed. */
  readonly const?: string | number | boolean;
  /** The values allowed. */
  readonly enum?: readonly (string | number | boolean)[];
  /** The value must match exactly one of these. */
  readonly oneOf?: readonly JsonSchema[];
  /** Fields of an object, in the order error messages list them. */
  readonly properties?: Readonly<Record<string, JsonSchema>>;
  /** Fields an object must have. */
  readonly required?: readonly string[];
  /** `false`: no field besides `properties`; a schema: what every other field must match. */
  readonly additionalProperties?: boolean | JsonSchema;
  /** What every item of an array must match. */
  readonly items?: JsonSchema;
  /** Fewest items of an array. */
  readonly minItems?: number;
  /** Whether the items of an array must differ. */
  readonly uniqueItems?: boolean;
  /** Shortest string. */
  readonly minLength?: number;
  /** Pattern a string must match. */
  readonly pattern?: string;
  /** Least number allowed. */
  readonly minimum?: number;
  /** Greatest number allowed. */
  readonly maximum?: number;
  /** Numbers must be greater. */
  readonly exclusiveMinimum?: number;
  /** Numbers must be smaller. */
  readonly exclusiveMaximum?: number;
}
