// The no-database baseline: Fastify with the same zod validation and ingestion rules as the real
// endpoint, answering 201 without storing anything.
import Fastify from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { businessEventInput } from '../packages/contracts/src/events.ts';
import { checkEventRules } from '../apps/server/src/events/event-rules.ts';
import { toPublicId } from '../apps/server/src/events/public-id.ts';

const app = Fastify({ logger: false });
app.setValidatorCompiler(validatorCompiler);
app.setSerializerCompiler(serializerCompiler);
let id = 0;
app.withTypeProvider<ZodTypeProvider>().post('/v1/inhouse/projects/:projectId/business-events', { schema: { body: businessEventInput } }, async (request, reply) => {
  const violation = checkEventRules(request.body, new Date());
  if (violation) return reply.status(400).send({ ok: false, error: violation });
  return reply.status(201).send({ ok: true, data: { id: ++id, publicId: toPublicId(id), deduplicated: false } });
});
await app.listen({ port: 0, host: '127.0.0.1' });
const address = app.server.address();
console.log(`baseline is up on http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`);
