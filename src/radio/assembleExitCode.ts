import type { AssemblyOutcome } from './assembleProgramme'

/** `npm run assemble` exit status when a programme could not be built (failed, or nothing to build). */
export const EXIT_NOT_BUILT = 1
/** … when a programme was being built by another run and was skipped (2 is for bad arguments). */
export const EXIT_LOCKED = 3

/** Not built outranks locked: a failure needs the technician, a lock only a later look. */
export function assembleExitCode(outcomes: AssemblyOutcome[]): number {
  if (outcomes.some((outcome) => outcome === 'failed' || outcome === 'empty')) return EXIT_NOT_BUILT
  if (outcomes.includes('locked')) return EXIT_LOCKED
  return 0
}
