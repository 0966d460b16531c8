/** Shared data model: rules as read and compiled, and findings. No I/O here. */
export const SEVERITIES = ['low', 'medium', 'high', 'critical'];
export const LANGS = ['en', 'zh-CN'];
export function severityRank(s) {
    return SEVERITIES.indexOf(s);
}
/**
 * Appends every item of `items` to `target`. Not `target.push(...items)`: a spread passes each
 * item as an argument on the stack, which overflows past roughly 120,000 items (a leaked dump
 * holds more keys than that).
 */
export function appendAll(target, items) {
    for (const item of items)
        target.push(item);
}
