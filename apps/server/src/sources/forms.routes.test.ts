import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey, createProject, createTestContext, signUp, type TestContext } from '../../test/harness.ts';

let t: TestContext;
let projectId: string;
let cookie: string;
beforeAll(async () => {
  t = await createTestContext();
  ({ cookie } = await signUp(t.app));
  projectId = await createProject(t.app, cookie);
});
afterAll(() => t.close());

const fields = [
  { name: 'name', label: 'Your name', type: 'text', required: true },
  { name: 'email', type: 'email' },
  { name: 'message', type: 'textarea' },
];

async function createForm(body: object = { name: 'Contact', fields }) {
  const res = await t.app.inject({ method: 'POST', url: `/v1/inhouse/projects/${projectId}/forms`, headers: { cookie }, payload: body });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().data.form;
}

const eventsOf = (entityId: string) => t.db.selectFrom('business_events').select(['event_type', 'idempotency_key', 'customer_email', 'source', 'payload']).where('entity_id', '=', entityId).orderBy('event_type').execute();

describe('hosted forms', () => {
  it('creates a form and lists it with its last submission', async () => {
    const form = await createForm();
    expect(form).toMatchObject({ name: 'Contact', submitPath: `/v1/forms/${form.formId}/submissions`, submissionCount: 0, lastSubmissionAt: null });
    await t.app.inject({ method: 'POST', url: form.submitPath, payload: { name: 'Ann' } });
    const list = (await t.app.inject({ url: `/v1/inhouse/projects/${projectId}/forms`, headers: { cookie } })).json().data.forms;
    expect(list.find((f: { formId: string }) => f.formId === form.formId)).toMatchObject({ submissionCount: 1, lastSubmissionAt: expect.any(String) });
  });

  it.each([
    ['duplicate field names', { name: 'X', fields: [{ name: 'a' }, { name: 'a' }] }],
    ['no fields', { name: 'X', fields: [] }],
    ['a bad field name', { name: 'X', fields: [{ name: '1st' }] }],
    ['an unknown field type', { name: 'X', fields: [{ name: 'a', type: 'file' }] }],
    ['a javascript: redirect', { name: 'X', fields: [{ name: 'a' }], redirectUrl: 'javascript:alert(1)' }],
  ])('refuses %s with 400', async (_case, body) => {
    const res = await t.app.inject({ method: 'POST', url: `/v1/inhouse/projects/${projectId}/forms`, headers: { cookie }, payload: body });
    expect(res.statusCode).toBe(400);
  });

  it('a JSON submission with an email stores it and emits form_submitted and lead_created', async () => {
    const form = await createForm();
    const res = await t.app.inject({ method: 'POST', url: form.submitPath, headers: { origin: 'https://site.example' }, payload: { name: 'Ann', email: ' Ann@Example.com ', message: 'Hi', extra: 'dropped' } });
    expect(res.statusCode).toBe(201);
    expect(res.headers['access-control-allow-origin']).toBe('*');
    const { submissionId, leadCreated } = res.json().data;
    expect(leadCreated).toBe(true);
    const submission = await t.db.selectFrom('form_submissions').selectAll().where('id', '=', submissionId).executeTakeFirstOrThrow();
    expect(submission.data).toEqual({ name: 'Ann', email: 'Ann@Example.com', message: 'Hi' });
    expect(submission.email).toBe('ann@example.com');
    const events = await eventsOf(submissionId);
    expect(events.map((e) => [e.event_type, e.idempotency_key, e.customer_email, e.source])).toEqual([
      ['form_submitted', `form:${submissionId}`, 'ann@example.com', 'form'],
      ['lead_created', `lead:${submissionId}`, 'ann@example.com', 'form'],
    ]);
  });

  it('without an email only form_submitted is emitted', async () => {
    const form = await createForm();
    const res = await t.app.inject({ method: 'POST', url: form.submitPath, payload: { name: 'Bo' } });
    expect(res.json().data.leadCreated).toBe(false);
    expect((await eventsOf(res.json().data.submissionId)).map((e) => e.event_type)).toEqual(['form_submitted']);
  });

  it('a plain HTML form (urlencoded) is stored and redirected back with 303', async () => {
    const form = await createForm();
    const res = await t.app.inject({
      method: 'POST',
      url: form.submitPath,
      headers: { 'content-type': 'application/x-www-form-urlencoded', referer: 'https://salon.example/contact?x=1' },
      payload: 'name=Cy&email=cy%40example.com&message=Book+me',
    });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('https://salon.example/contact?x=1#submitted');
    const stored = await t.db.selectFrom('form_submissions').select(['data', 'referrer']).where('form_id', '=', form.formId).executeTakeFirstOrThrow();
    expect(stored.data).toEqual({ name: 'Cy', email: 'cy@example.com', message: 'Book me' });
  });

  it('answers 400 for a plain HTML form whose text holds a NUL character (%00), with a page that says why', async () => {
    const form = await createForm();
    const res = await t.app.inject({ method: 'POST', url: form.submitPath, headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'name=Di%00&email=di%40example.com' });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.body).toContain('must not contain the NUL character');
    expect(res.body).toContain('Use your browser’s back button');
  });

  it('a refused plain HTML form shows the visitor a page with the reason and a link back; nothing is stored', async () => {
    const form = await createForm();
    const referer = 'https://salon.example/contact?q="><script>alert(1)</script>#top';
    const res = await t.app.inject({ method: 'POST', url: form.submitPath, headers: { 'content-type': 'application/x-www-form-urlencoded', referer }, payload: 'email=cy%40example.com' });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.body).toContain('<h1>Your message was not sent</h1><p>name: is required</p>');
    expect(res.body).toContain('<a href="https://salon.example/contact?q=&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;">Go back to the form</a>');
    expect(res.body).not.toContain('<script>');
    const multipart = await t.app.inject({ method: 'POST', url: form.submitPath, headers: { 'content-type': 'multipart/form-data; boundary=x' }, payload: '--x\r\nContent-Disposition: form-data; name="name"\r\n\r\nCy\r\n--x--\r\n' });
    expect([multipart.statusCode, multipart.headers['content-type']]).toEqual([415, 'text/html; charset=utf-8']);
    expect(multipart.body).toContain('does not take a body of type multipart/form-data');
    expect(await t.db.selectFrom('form_submissions').selectAll().where('form_id', '=', form.formId).execute()).toHaveLength(0);
  });

  it('redirects to the form’s own redirectUrl when it has one', async () => {
    const form = await createForm({ name: 'Booking', fields, redirectUrl: 'https://salon.example/thanks' });
    const res = await t.app.inject({ method: 'POST', url: form.submitPath, headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'name=Di' });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('https://salon.example/thanks');
  });

  it('a filled honeypot gets the normal answer and stores nothing', async () => {
    const form = await createForm();
    const json = await t.app.inject({ method: 'POST', url: form.submitPath, payload: { name: 'Bot', email: 'bot@spam.example', _hp: 'http://spam' } });
    expect(json.statusCode).toBe(201);
    const html = await t.app.inject({ method: 'POST', url: form.submitPath, headers: { 'content-type': 'application/x-www-form-urlencoded', referer: 'https://site.example/' }, payload: 'name=Bot&_hp=x' });
    expect(html.statusCode).toBe(303);
    expect(await t.db.selectFrom('form_submissions').selectAll().where('form_id', '=', form.formId).execute()).toHaveLength(0);
    expect(await t.db.selectFrom('business_events').selectAll().where('customer_email', '=', 'bot@spam.example').execute()).toHaveLength(0);
  });

  it('a missing required field or a bad email is 400', async () => {
    const form = await createForm();
    const missing = await t.app.inject({ method: 'POST', url: form.submitPath, payload: { email: 'a@example.com' } });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.message).toContain('name: is required');
    const badEmail = await t.app.inject({ method: 'POST', url: form.submitPath, payload: { name: 'A', email: 'nope' } });
    expect(badEmail.statusCode).toBe(400);
  });

  it('unknown form → 404; answers the CORS preflight', async () => {
    expect((await t.app.inject({ method: 'POST', url: '/v1/forms/7d0e1c3a-1111-4222-8333-944455556666/submissions', payload: { a: 1 } })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'POST', url: '/v1/forms/nope/submissions', payload: { a: 1 } })).statusCode).toBe(404);
    const form = await createForm();
    const pre = await t.app.inject({ method: 'OPTIONS', url: form.submitPath, headers: { origin: 'https://site.example', 'access-control-request-method': 'POST' } });
    expect(pre.statusCode).toBe(204);
    expect(pre.headers['access-control-allow-origin']).toBe('*');
  });

  it('rate limits one IP to 10 submissions a minute per form', async () => {
    const form = await createForm();
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) statuses.push((await t.app.inject({ method: 'POST', url: form.submitPath, remoteAddress: '10.9.8.7', payload: { name: `P${i}` } })).statusCode);
    expect(statuses.slice(0, 10).every((s) => s === 201)).toBe(true);
    expect(statuses[10]).toBe(429);
    const html = await t.app.inject({ method: 'POST', url: form.submitPath, remoteAddress: '10.9.8.7', headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'name=P11' });
    expect([html.statusCode, html.headers['content-type'], Number(html.headers['retry-after']) > 0]).toEqual([429, 'text/html; charset=utf-8', true]);
    expect(html.body).toContain('Too many attempts');
    expect((await t.app.inject({ method: 'POST', url: form.submitPath, remoteAddress: '10.9.8.8', payload: { name: 'Other' } })).statusCode).toBe(201);
  });

  it('a secret key lists forms but cannot create them', async () => {
    const { key } = await createApiKey(t.app, cookie, projectId, 'secret');
    expect((await t.app.inject({ url: `/v1/inhouse/projects/${projectId}/forms`, headers: { authorization: `Bearer ${key}` } })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'POST', url: `/v1/inhouse/projects/${projectId}/forms`, headers: { authorization: `Bearer ${key}` }, payload: { name: 'K', fields } })).statusCode).toBe(403);
  });
});
