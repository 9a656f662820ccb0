/**
 * Stops a process whose parent is gone, for the processes `npm start` runs.
 *
 * Measured with npm 11 here: `kill <npm pid>` (what `docker stop` sends) makes npm forward SIGTERM to
 * the `sh -c` that runs the script; dash dies without passing it on, and the node process under it is
 * re-parented and keeps running (with the web server and worker, holding the port). A SIGKILL to
 * scripts/start.ts leaves its children the same way. Neither can be caught, so the processes look
 * at their parent instead: when process.ppid changes, the parent is gone, and `stop` runs once.
 *
 * Opt-in (start.ts under npm, and its children through LOA_EXIT_WITH_PARENT), so a server started by
 * hand under nohup keeps running after its shell closes.
 */
export const EXIT_WITH_PARENT_ENV = 'LOA_EXIT_WITH_PARENT'

export function exitWithParent(stop: (reason: string) => void, intervalMs = 500): () => void {
  const parent = process.ppid
  const timer = setInterval(() => {
    if (process.ppid === parent) return
    clearInterval(timer)
    stop(`tiến trình cha (pid ${parent}) đã dừng`)
  }, intervalMs)
  timer.unref()
  return () => clearInterval(timer)
}

/** For the web server and the worker: watch the parent only when the launcher asked for it. */
export function exitWithParentIfAsked(stop: (reason: string) => void): void {
  if (process.env[EXIT_WITH_PARENT_ENV] === '1') exitWithParent(stop)
}
