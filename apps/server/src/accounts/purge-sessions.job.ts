import { z } from 'zod';
import { defineJob } from '../jobs/job.ts';
import { deleteOldRateLimitWindows } from '../platform/rate-limit.ts';
import { deleteExpiredSessions } from './sessions.queries.ts';

/** Deletes expired sessions and rate-limit windows older than a day. */
export const purgeSessionsJob = defineJob({
  name: 'accounts.purge-sessions',
  payload: z.object({}).passthrough(),
  policy: 'singleton',
  async handle(_payload, { db, log, now }) {
    const at = now();
    const sessions = await deleteExpiredSessions(db, at);
    const windows = await deleteOldRateLimitWindows(db, new Date(at.getTime() - 86_400_000));
    log.info({ sessions, windows }, 'purged expired sessions and rate-limit windows');
    return { sessions, windows };
  },
});
