/** `scan-keys rules`: the rules in force, what each detects and its severity alone and paired. */
import type { RuleSet, Severity } from '../types.js';
import { type Locale } from './messages/index.js';
export interface RuleRow {
    id: string;
    provider: string;
    title: string;
    detects: string;
    /** Severity of a lone finding; undefined when the rule only reports beside its partner. */
    alone: Severity | undefined;
    /** Severity beside its partner; undefined when the rule never pairs. */
    paired: Severity | undefined;
    temporary: boolean;
}
export declare function ruleRows(rules: RuleSet): RuleRow[];
export declare function renderRulesJson(rules: RuleSet, t?: Locale): string;
export declare function renderRulesText(rules: RuleSet, width?: number, t?: Locale): string;
