/**
 * A small validator for the JSON Schema subset our schemas use (type, enum, pattern, required,
 * additionalProperties: false, properties, items, $ref to #/$defs, minLength, minItems, minimum,
 * maximum, oneOf of those, beside other keywords; alternatives that are each one `required` field
 * read "needs one of …"). It reports every problem with the path of the field, so one run shows
 * them all. Kept in-house: the subset is small and a full validator (ajv) would triple start-up time.
 */
function typeOf(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'array';
    if (typeof value === 'number')
        return Number.isInteger(value) ? 'integer' : 'number';
    return typeof value;
}
function typeMatches(actual, expected) {
    return actual === expected || (expected === 'number' && actual === 'integer');
}
export function validateSchema(value, schema, root = schema, path = '') {
    if (schema.$ref) {
        const name = schema.$ref.replace(/^#\/\$defs\//, '');
        const target = root.$defs?.[name];
        if (!target)
            return [{ path, message: `schema error: unknown $ref ${schema.$ref}` }];
        return validateSchema(value, target, root, path);
    }
    if (schema.oneOf) {
        const { oneOf, ...rest } = schema;
        // Siblings of oneOf apply too (as in JSON Schema); a value of the wrong type stops there.
        const issues = Object.keys(rest).length === 0 ? [] : validateSchema(value, rest, root, path);
        if (issues.some((i) => i.path === path && i.message.startsWith('must be ')))
            return issues;
        return [...issues, ...checkOneOf(value, oneOf ?? [], root, path)];
    }
    const issues = [];
    const actual = typeOf(value);
    if (schema.type) {
        const types = Array.isArray(schema.type) ? schema.type : [schema.type];
        if (!types.some((t) => typeMatches(actual, t))) {
            return [{ path, message: `must be ${types.join(' or ')}, got ${actual}` }];
        }
    }
    if (schema.enum && !schema.enum.includes(value)) {
        issues.push({ path, message: `must be one of ${schema.enum.map((e) => JSON.stringify(e)).join(', ')}` });
    }
    if (typeof value === 'string') {
        if (schema.minLength !== undefined && value.length < schema.minLength) {
            issues.push({ path, message: `must be at least ${schema.minLength} characters` });
        }
        if (schema.pattern !== undefined && !new RegExp(schema.pattern, 'u').test(value)) {
            issues.push({ path, message: `must match /${schema.pattern}/` });
        }
    }
    if (typeof value === 'number') {
        if (schema.minimum !== undefined && value < schema.minimum)
            issues.push({ path, message: `must be >= ${schema.minimum}` });
        if (schema.maximum !== undefined && value > schema.maximum)
            issues.push({ path, message: `must be <= ${schema.maximum}` });
    }
    if (Array.isArray(value)) {
        if (schema.minItems !== undefined && value.length < schema.minItems) {
            issues.push({ path, message: `must have at least ${schema.minItems} item(s)` });
        }
        if (schema.items) {
            value.forEach((item, i) => issues.push(...validateSchema(item, schema.items, root, `${path}[${i}]`)));
        }
    }
    if (actual === 'object') {
        const obj = value;
        for (const key of schema.required ?? []) {
            if (!(key in obj))
                issues.push({ path: join(path, key), message: 'is required' });
        }
        for (const [key, child] of Object.entries(obj)) {
            const sub = schema.properties?.[key];
            if (sub)
                issues.push(...validateSchema(child, sub, root, join(path, key)));
            else if (schema.additionalProperties === false)
                issues.push({ path: join(path, key), message: 'is not a known field' });
            else if (typeof schema.additionalProperties === 'object') {
                issues.push(...validateSchema(child, schema.additionalProperties, root, join(path, key)));
            }
        }
    }
    return issues;
}
/** Names of the fields when every alternative is just `{ "required": [one field] }`. */
function requiredAlternatives(alternatives) {
    const names = [];
    for (const alt of alternatives) {
        const keys = Object.keys(alt);
        if (keys.length !== 1 || alt.required?.length !== 1)
            return undefined;
        names.push(alt.required[0]);
    }
    return names;
}
function checkOneOf(value, alternatives, root, path) {
    const results = alternatives.map((s) => validateSchema(value, s, root, path));
    const matched = results.filter((r) => r.length === 0).length;
    if (matched === 1)
        return [];
    const fields = typeOf(value) === 'object' ? requiredAlternatives(alternatives) : undefined;
    if (fields) {
        const list = fields.map((f) => `"${f}"`).join(', ');
        return [{ path, message: matched === 0 ? `needs one of ${list}` : `must have only one of ${list}` }];
    }
    if (matched > 1)
        return [{ path, message: 'matches more than one alternative' }];
    return results.sort((a, b) => a.length - b.length)[0] ?? [];
}
function join(path, key) {
    return path ? `${path}.${key}` : key;
}
