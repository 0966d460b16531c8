/** Shared data model: rules as read and compiled, and findings. No I/O here. */
export const SEVERITIES = ['low', 'medium', 'high', 'critical'];
export const LANGS = ['en', 'zh-CN'];
export function severityRank(s) {
    return SEVERITIES.indexOf(s);
}
