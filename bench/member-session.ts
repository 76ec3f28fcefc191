import { createHash, randomBytes } from 'node:crypto';
import type pg from 'pg';

/**
 * A user who is owner of every project, signed in: rows written with SQL the way the accounts area
 * stores them (the cookie carries a random token, the table its SHA-256). Returns the Cookie header.
 */
export async function createMemberSession(pool: pg.Pool): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  const tokenHash = createHash('sha256').update(token).digest();
  const user = await pool.query<{ id: string }>(
    `INSERT INTO users (email, name, password_hash) VALUES ('bench-overview@example.com', 'Bench', 'not-a-real-hash') RETURNING id`,
  );
  const userId = user.rows[0]!.id;
  await pool.query(`INSERT INTO project_members (project_id, user_id, role) SELECT id, $1, 'owner' FROM projects`, [userId]);
  await pool.query(`INSERT INTO sessions (token_hash, user_id, expires_at) VALUES ($1, $2, now() + interval '365 days')`, [tokenHash, userId]);
  return `runhub_session=${token}`;
}
