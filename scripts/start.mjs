// `npm start`: build what is stale, then run API + web UI + jobs in this process.
import { buildIfStale } from './build-if-stale.mjs';

buildIfStale();
await import('../apps/server/dist/main.js');
