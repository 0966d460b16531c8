import type { Report } from './types.js';
import { type Locale } from './messages/index.js';
export declare function escapeData(s: string): string;
export declare function escapeProperty(s: string): string;
/** One workflow command: `::name key=value,…::message`. */
export declare function workflowCommand(name: string, properties: Array<[string, string | number]>, message: string): string;
export declare function renderGithub(report: Report, t?: Locale): string;
