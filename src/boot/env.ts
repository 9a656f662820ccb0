import { existsSync } from 'node:fs'
import path from 'node:path'

/**
 * Loads .env from the working directory into process.env (values already set win). Next reads .env
 * only inside prepare() and getPayload never does, so servers and scripts call this first.
 */
export function loadDotEnv(): void {
  const file = path.resolve(process.cwd(), '.env')
  if (existsSync(file)) process.loadEnvFile(file)
}
