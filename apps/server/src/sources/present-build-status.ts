import type { BuildStatus } from '@runhub/contracts/sources';

/** A stored build status as the API shows it (on its own endpoint and on every project). */
export function presentBuildStatus(row: { status: BuildStatus['status']; url: string | null; message: string | null; updated_at: Date }): BuildStatus {
  return { status: row.status, url: row.url, message: row.message, updatedAt: row.updated_at.toISOString() };
}
