import { describe, expect, it } from 'vitest'
import type { AssemblyOutcome } from '../../../src/radio/assembleProgramme'
import { assembleExitCode, EXIT_LOCKED, EXIT_NOT_BUILT } from '../../../src/radio/assembleExitCode'

describe('assembleExitCode', () => {
  it.each([
    ['all built', ['assembled', 'unchanged'], 0],
    ['nothing due', [], 0],
    ['one failed', ['assembled', 'failed'], EXIT_NOT_BUILT],
    ['nothing to build', ['empty'], EXIT_NOT_BUILT],
    ['locked by another run', ['assembled', 'locked'], EXIT_LOCKED],
    ['failed outranks locked', ['locked', 'failed'], EXIT_NOT_BUILT],
  ] as [string, AssemblyOutcome[], number][])('%s → %i', (_label, outcomes, code) => {
    expect(assembleExitCode(outcomes)).toBe(code)
  })

  it('uses codes distinct from success and from bad arguments (2)', () => {
    expect(new Set([0, 2, EXIT_NOT_BUILT, EXIT_LOCKED]).size).toBe(4)
  })
})
