import type { Report } from './types.js';
import { type Locale } from './messages/index.js';
export declare function escapeHtml(s: string): string;
export declare function renderHtml(report: Report, t?: Locale): string;
