import type { FastifyInstance } from 'fastify';
import { AppError } from './errors.ts';

const RETRY_AFTER_SECONDS = '5';

/**
 * While the app shuts down, requests still arriving on open keep-alive connections are refused
 * with a 503 in the API's own envelope (Fastify's built-in answer has another shape), asking the
 * client to retry elsewhere or later. Requests already running finish, and every answer sent
 * during the shutdown closes its connection: a keep-alive connection left idle would otherwise
 * hold the shutdown until its keep-alive timeout (72 s). Needs Fastify's `return503OnClosing: false`.
 */
export function installClosingAnswer(app: FastifyInstance): void {
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onRequest', async () => {
    if (closing) throw new AppError('unavailable', 'Run Hub is restarting. Try again in a moment.', { 'retry-after': RETRY_AFTER_SECONDS });
  });
  app.addHook('onSend', async (_request, reply) => {
    if (closing) reply.header('connection', 'close');
  });
}
