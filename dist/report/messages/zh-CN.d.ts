/**
 * 简体中文 (zh-CN): the same keys as en.ts (the type makes a missing or extra key a compile error).
 * Wording follows the providers' own consoles and guides: AccessKey, RAM 用户, 子用户, CAM,
 * 临时凭证, 禁用, 轮换. Rule titles and remediation are in patterns/*.json (`i18n`).
 */
import type { Messages } from './en.js';
export declare const zhCN: Messages;
