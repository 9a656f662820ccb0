/**
 * Regenerates the admin import map and src/payload-types.ts from the config. Run after changing
 * collections or admin components: `npm run generate`. Uses Payload's functions directly rather
 * than its CLI, which exits 0 without doing anything in some runs (see STACK-NOTES).
 */
import { generateImportMap } from 'payload'
import { generateTypes } from 'payload/node'
import configPromise from '../payload.config'

const config = await configPromise
await generateImportMap(config, { force: true, log: true })
await generateTypes(config, { log: true })
console.log('[generate] import map and types written')
process.exit(0)
