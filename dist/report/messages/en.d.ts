/**
 * The English message catalogue: every sentence scan-keys writes for a person (reports, hook,
 * warnings, errors), as strings or functions of their values. `Messages` is this object's type,
 * so another language that misses a key, or adds one, does not compile; test/i18n.test.ts also
 * compares the keys at run time. Rule titles and remediation are data: they live in
 * patterns/*.json (`i18n`), not here. Identifiers (rule ids, severities as option values, JSON
 * fields, exit codes) are never translated.
 *
 * To add messages (a new command, a new warning): add the key here, then to every other catalogue
 * in this folder; the typecheck names each one that lacks it.
 */
import type { Severity } from '../../types.js';
export declare const en: {
    /** Severity as a person reads it (text, HTML); `--fail-on` values stay as they are. */
    severity: Record<Severity, string>;
    pairsWith: (line: number, column: number) => string;
    assignedToSecretName: string;
    publicNotBlocking: string;
    commitNote: (sha: string, author: string, date: string, count: number | undefined) => string;
    liveRootKey: (where: string, provider: string, account: string | undefined) => string;
    liveKey: (where: string, provider: string) => string;
    verifiedLive: (who: string) => string;
    rootAccount: string;
    account: (id: string) => string;
    verifiedDead: string;
    verificationUnknown: (reason: string | undefined) => string;
    listSeparator: string;
    fullStop: string;
    noteSeparator: string;
    whatToDoNow: (provider: string, n: number) => string;
    console: string;
    nextTime: string;
    guides: string;
    link: (title: string, url: string) => string;
    blockingSummary: (n: number, counts: string, files: number) => string;
    severityCount: (n: number, severity: string) => string;
    moreBelowFailOn: (n: number, failOn: string) => string;
    belowFailOn: (n: number, failOn: string) => string;
    noCredentials: string;
    scanned: (files: number, bytes: string, lines: number, seconds: string, skipped: number) => string;
    skippedLine: (file: string, reason: string) => string;
    warningSkipped: (file: string, reason: string) => string;
    /** A skip reason as the sources word it (English); other catalogues translate the ones they know. */
    skipReason: (reason: string) => string;
    allowedNote: (where: string, ruleId: string, reason: string) => string;
    baselinedNote: (n: number, file: string) => string;
    staleBaselineNote: (file: string, ruleId: string, fingerprint: string) => string;
    baselineWritten: (n: number, file: string) => string;
    progress: (commits: number | undefined, files: number, bytes: string, rate: string, findings: number) => string;
    /** An error we word ourselves; English is the thrown message. Other catalogues translate the shapes they know. */
    error: (message: string) => string;
    internalError: (message: string) => string;
    /** Directly after the previous word: ' (see scan-keys --help)' in English. */
    seeHelp: string;
    /** After a heading. */
    colon: string;
    huskyCreated: (file: string) => string;
    huskyAdded: (file: string) => string;
    hookCreated: (file: string) => string;
    hookChained: (file: string, chained: string) => string;
    alreadyInstalled: (file: string) => string;
    huskyRemovedFile: (file: string) => string;
    huskyRemovedLine: (file: string) => string;
    hookRemovedRestored: (file: string) => string;
    hookRemoved: (file: string) => string;
    notInstalled: (file: string) => string;
    sarifPairsWith: (line: number, column: number) => string;
    sarifAssigned: string;
    publicSignedUrl: string;
    temporaryCredential: string;
    disableAndCreate: (url: string) => string;
    whatToDoNowHeading: string;
    nextTimeHeading: string;
    guidesHeading: string;
    githubPairsWith: (line: number) => string;
    githubNoCredentials: (files: number) => string;
    githubSummary: (n: number, blocking: number, failOn: string, files: number) => string;
    hook: {
        skipped: (reason: string) => string;
        skipRefused: string;
        skipNoReason: string;
        errorRejected: (why: string) => string;
        errorAccepted: (why: string) => string;
        badSetting: (value: string) => string;
    };
    push: {
        rejected: (n: number) => string;
        consoleLine: (provider: string, url: string) => string;
        howTo: string;
        amend: string;
        rebase: (sha: string) => string;
        known: (n: number) => string;
        below: (n: number) => string;
        clean: (commits: number, files: number, lines: number) => string;
        notACommit: (ref: string, type: string) => string;
    };
    merge: {
        shared: (n: number) => string;
        byRepository: string;
        inRepos: (n: number) => string;
        alsoIn: (...names: string[]) => string;
        repoCounts: (findings: number, blocking: number, source: string) => string;
        summary: (keys: number, blocking: number, repos: number, shared: number) => string;
        none: string;
        title: string;
    };
    html: {
        lang: string;
        title: string;
        intro: (findings: number, scope: string, files: number, bytes: string, commits: number | undefined, version: string, masked: boolean) => string;
        fail: (n: number, failOn: string) => string;
        pass: (failOn: string) => string;
        byProvider: string;
        provider: string;
        total: string;
        stillAtHead: string;
        noCredentials: string;
        timeline: string;
        date: string;
        commit: string;
        author: string;
        fileLine: string;
        rule: string;
        severity: string;
        value: string;
        commitsHolding: string;
        workingTree: string;
        yesStill: string;
        no: string;
        remediation: string;
    };
    rules: {
        rule: string;
        alone: string;
        paired: string;
        detects: string;
        footer: (n: number) => string;
    };
};
export type Messages = typeof en;
