import type { FastifyInstance } from 'fastify';
import { unavailable } from './errors.ts';

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
  // Callback-style hooks: they run on every request, and cost no promise this way.
  app.addHook('onRequest', (_request, _reply, done) => {
    done(closing ? unavailable('Run Hub is restarting. Try again in a moment.') : undefined);
  });
  app.addHook('onSend', (_request, reply, payload, done) => {
    if (closing) reply.header('connection', 'close');
    done(null, payload);
  });
}
