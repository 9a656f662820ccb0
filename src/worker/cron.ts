import cron, { type ScheduledTask } from 'node-cron'

/**
 * The only importer of node-cron. A tick only starts a job; jobs do the work and can be run by hand
 * the same way. Ticks never overlap: a tick that finds the previous run still busy is skipped.
 */
export type CronJob = { name: string; expression: string; run: () => Promise<unknown> }

export function scheduleJobs(jobs: CronJob[], timeZone: string, log: (line: string) => void): { stop: () => Promise<void> } {
  const running = new Map<string, Promise<unknown>>()
  const tasks: ScheduledTask[] = jobs.map((job) =>
    cron.schedule(
      job.expression,
      () => {
        if (running.has(job.name)) return
        const work = job
          .run()
          .catch((error: unknown) => log(`${job.name}: lỗi ${error instanceof Error ? error.message : String(error)}`))
          .finally(() => running.delete(job.name))
        running.set(job.name, work)
      },
      { timezone: timeZone, name: job.name },
    ),
  )
  return {
    stop: async () => {
      for (const task of tasks) await task.stop()
      await Promise.all(running.values())
    },
  }
}
