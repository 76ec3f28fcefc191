// `npm run runhub -- <command>`: the operator CLI (migrate, grant-admin, set-password, …).
import { buildIfStale } from './build-if-stale.mjs';

buildIfStale({ only: ['server'] });
await import('../apps/server/dist/cli.js');
