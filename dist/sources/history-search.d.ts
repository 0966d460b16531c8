/** Indices of the `needles` found in the patches of `revs`; stops reading once all are found. */
export declare function findInHistory(dir: string, revs: string[], needles: readonly Buffer[]): Promise<Set<number>>;
/** True when the repository has at least one ref (a first push into an empty repository has none). */
export declare function hasRefs(dir: string): Promise<boolean>;
