/**
 * A small validator for the JSON Schema subset our schemas use (type, enum, pattern, required,
 * additionalProperties: false, properties, items, $ref to #/$defs, minLength, minItems, minimum,
 * maximum, oneOf of those, beside other keywords; alternatives that are each one `required` field
 * read "needs one of …"). It reports every problem with the path of the field, so one run shows
 * them all. Kept in-house: the subset is small and a full validator (ajv) would triple start-up time.
 */
export type JsonSchema = {
    type?: string | string[];
    enum?: unknown[];
    pattern?: string;
    required?: string[];
    additionalProperties?: boolean | JsonSchema;
    properties?: Record<string, JsonSchema>;
    items?: JsonSchema;
    $ref?: string;
    $defs?: Record<string, JsonSchema>;
    minLength?: number;
    minItems?: number;
    minimum?: number;
    maximum?: number;
    oneOf?: JsonSchema[];
    description?: string;
    [key: string]: unknown;
};
export interface SchemaIssue {
    /** JSON path of the field, e.g. `rules[1].severity`. */
    path: string;
    message: string;
}
export declare function validateSchema(value: unknown, schema: JsonSchema, root?: JsonSchema, path?: string): SchemaIssue[];
