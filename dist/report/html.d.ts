import type { Report } from './types.js';
export declare function escapeHtml(s: string): string;
export declare function renderHtml(report: Report): string;
