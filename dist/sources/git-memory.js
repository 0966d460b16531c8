/**
 * Bounds on git's own memory, which counts as the scan's (a hook's or a CI job's peak RSS is the
 * largest process's). By default git keeps up to 96 MiB of delta bases and maps pack files in
 * 1 GiB windows, up to 8 GiB, every page read staying resident: `--history` of 20,000 commits
 * (a 62 MiB pack) took `git log -p` to 174 MiB while node stayed under 70 MiB. With these it
 * peaked at 67 MiB, in the same time.
 */
export const GIT_MEMORY = ['-c', 'core.deltaBaseCacheLimit=16m', '-c', 'core.packedGitLimit=32m', '-c', 'core.packedGitWindowSize=8m'];
