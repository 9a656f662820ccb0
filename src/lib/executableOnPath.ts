import { accessSync, constants, statSync } from 'node:fs'
import path from 'node:path'

/** Whether an executable file of this name is on the PATH (Debian packages Loa runs when installed). */
export function executableOnPath(name: string, env: Record<string, string | undefined> = process.env): boolean {
  return (env.PATH ?? '').split(path.delimiter).some((dir) => {
    if (!dir) return false
    try {
      accessSync(path.join(dir, name), constants.X_OK)
      return statSync(path.join(dir, name)).isFile()
    } catch {
      return false
    }
  })
}
