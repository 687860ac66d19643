/**
 * A small JSON Schema checker for the test suite (no validator package is installed): exactly
 * the keywords the vendored schemas use, and it refuses a schema with any other keyword, so a
 * schema can never be checked only in part. Local `$ref`s (`#/$defs/name`) only.
 */
export type JsonSchema = Record<string, unknown>;

const KNOWN = new Set([
  '$schema',
  '$id',
  '$defs',
  '$ref',
  'title',
  'type',
  'properties',
  'required',
  'additionalProperties',
  'items',
  'minItems',
  'maxItems',
  'enum',
  'minimum',
  'maximum',
  'minLength',
]);

const typeOf = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'array' : Number.isInteger(value) ? 'integer' : typeof value;

const matchesType = (value: unknown, type: string): boolean => {
  const actual = typeOf(value);
  return actual === type || (type === 'number' && actual === 'integer');
};

/** Every place `value` breaks `schema`, as "JSON pointer: what is wrong"; empty when it conforms. */
export function schemaProblems(schema: JsonSchema, value: unknown): string[] {
  const root = schema;
  const problems: string[] = [];
  const check = (s: JsonSchema, v: unknown, at: string): void => {
    for (const key of Object.keys(s))
      if (!KNOWN.has(key)) throw new Error(`schema keyword "${key}" at ${at || '/'} is not supported by this checker`);
    if (typeof s.$ref === 'string') {
      const name = /^#\/\$defs\/(.+)$/.exec(s.$ref)?.[1];
      const target = name ? (root.$defs as Record<string, JsonSchema> | undefined)?.[name] : undefined;
      if (!target) throw new Error(`unresolved $ref ${s.$ref}`);
      check(target, v, at);
    }
    if (typeof s.type === 'string' && !matchesType(v, s.type)) {
      problems.push(`${at || '/'}: is ${typeOf(v)}, not ${s.type}`);
      return;
    }
    if (Array.isArray(s.enum) && !s.enum.includes(v))
      problems.push(`${at}: ${JSON.stringify(v)} is not one of ${JSON.stringify(s.enum)}`);
    if (typeof v === 'number') {
      if (typeof s.minimum === 'number' && v < s.minimum) problems.push(`${at}: ${v} < ${s.minimum}`);
      if (typeof s.maximum === 'number' && v > s.maximum) problems.push(`${at}: ${v} > ${s.maximum}`);
    }
    if (typeof v === 'string' && typeof s.minLength === 'number' && [...v].length < s.minLength)
      problems.push(`${at}: shorter than ${s.minLength}`);
    if (Array.isArray(v)) {
      if (typeof s.minItems === 'number' && v.length < s.minItems)
        problems.push(`${at}: ${v.length} items, at least ${s.minItems} required`);
      if (typeof s.maxItems === 'number' && v.length > s.maxItems)
        problems.push(`${at}: ${v.length} items, at most ${s.maxItems} allowed`);
      if (s.items) for (const [i, item] of v.entries()) check(s.items as JsonSchema, item, `${at}/${i}`);
    }
    if (typeOf(v) === 'object') {
      const object = v as Record<string, unknown>;
      for (const key of (s.required as string[] | undefined) ?? [])
        if (!(key in object)) problems.push(`${at}: "${key}" is required`);
      const properties = (s.properties as Record<string, JsonSchema> | undefined) ?? {};
      for (const [key, child] of Object.entries(object)) {
        const sub =
          properties[key] ??
          (typeof s.additionalProperties === 'object' ? (s.additionalProperties as JsonSchema) : undefined);
        if (sub) check(sub, child, `${at}/${key}`);
        else if (s.additionalProperties === false) problems.push(`${at}: "${key}" is not allowed`);
      }
    }
  };
  check(schema, value, '');
  return problems;
}
