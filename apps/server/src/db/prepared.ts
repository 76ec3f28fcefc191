import { createHash } from 'node:crypto';
import type pg from 'pg';
import type { CompiledQuery, PostgresPool, PostgresPoolClient, QueryResult } from 'kysely';
import type { Db } from './pool.ts';

/**
 * Hot statements run as named prepared statements: each pooled connection parses and plans such a
 * statement once, then only binds and executes it. On the request paths that run several small
 * statements (sign-in check, overview, ingestion) parsing and planning cost PostgreSQL more than
 * executing. Only statements whose text is fixed belong here (values go in parameters, lists in
 * one array parameter), because every text becomes a statement kept by every connection.
 */
const MAX_STATEMENTS = 200;
const statementNames = new Map<string, string>();

function nameOf(text: string): string | undefined {
  const known = statementNames.get(text);
  if (known || statementNames.size >= MAX_STATEMENTS) return known;
  const name = `rh_${createHash('sha256').update(text).digest('hex').slice(0, 20)}`;
  statementNames.set(text, name);
  return name;
}

/** Runs a query as a named prepared statement (see above); its rows as kysely returns them. */
export async function executePrepared<R>(db: Db, query: { compile(db: Db): CompiledQuery<R> }): Promise<QueryResult<R>> {
  const compiled = query.compile(db);
  nameOf(compiled.sql);
  return await db.executeQuery(compiled);
}

/** A compiled statement as a named prepared query for a pg client used directly. */
export function preparedConfig(compiled: CompiledQuery): pg.QueryConfig {
  return { name: nameOf(compiled.sql), text: compiled.sql, values: compiled.parameters as unknown[] };
}

/**
 * The pool kysely uses, with statement names added to the texts executePrepared has seen. Every
 * other statement goes through unchanged.
 */
export function preparingPool(pool: pg.Pool): PostgresPool {
  return {
    async connect(): Promise<PostgresPoolClient> {
      const client = await pool.connect();
      return {
        query: ((textOrCursor: string, values?: unknown[]) => {
          const name = typeof textOrCursor === 'string' ? statementNames.get(textOrCursor) : undefined;
          return name ? client.query({ name, text: textOrCursor, values }) : client.query(textOrCursor, values);
        }) as unknown as PostgresPoolClient['query'],
        release: () => client.release(),
      };
    },
    end: () => pool.end(),
  };
}
