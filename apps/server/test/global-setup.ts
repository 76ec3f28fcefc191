import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres, type EmbeddedServer } from '../src/db/embedded.ts';
import { prepareTemplate } from './template.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    adminUrl: string;
    templateDb: string;
  }
}

let embedded: EmbeddedServer | undefined;

/**
 * One PostgreSQL for the whole run: TEST_DATABASE_URL when set (CI points it at the machine's
 * PostgreSQL 15), otherwise the embedded server with its data in .test-pg/ (kept between runs).
 * A migrated template database is prepared once; every test file clones it.
 */
export async function setup(project: TestProject): Promise<void> {
  let adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    embedded = await startEmbeddedPostgres({ dataDir: path.resolve('.test-pg'), database: 'postgres' });
    adminUrl = embedded.url;
  }
  const templateDb = await prepareTemplate(adminUrl);
  console.log(`[tests] PostgreSQL: ${embedded ? `embedded on port ${embedded.port}` : 'TEST_DATABASE_URL'}; template ${templateDb}`);
  project.provide('adminUrl', adminUrl);
  project.provide('templateDb', templateDb);
}

export async function teardown(): Promise<void> {
  await embedded?.stop();
}
