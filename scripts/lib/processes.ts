import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process'

/** Runs a command to completion with inherited output; rejects with its exit code. */
export function run(command: string, args: string[], options: SpawnOptions = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit', ...options })
    child.on('error', reject)
    child.on('exit', (code, signal) => {
      if (code === 0) resolve()
      else reject(new Error(`${command} ${args.join(' ')} exited with ${signal ?? code}`))
    })
  })
}

/**
 * Node flags for every Loa process. `--conditions=production` makes Lexical's packages load their
 * plain builds instead of their `.node.mjs` wrappers, whose top-level `await import()` deadlocks
 * Node 20's module loader in most runs (the process hangs or exits with code 13).
 */
export const NODE_FLAGS = ['--conditions=production', '--import', 'tsx']

/** `node --import tsx <script>`: TypeScript without a compile step, as npm scripts run it. */
export function tsxArgs(script: string, args: string[] = []): string[] {
  return [...NODE_FLAGS, script, ...args]
}

export function startLongRunning(name: string, command: string, args: string[], options: SpawnOptions = {}): ChildProcess {
  const child = spawn(command, args, { stdio: 'inherit', ...options })
  child.on('exit', (code, signal) => console.log(`[start] ${name} stopped (${signal ?? `exit ${code}`})`))
  return child
}
