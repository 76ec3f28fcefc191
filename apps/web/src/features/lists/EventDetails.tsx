import { useId, type ReactNode } from 'react';
import { useIntl } from 'react-intl';
import type { BusinessEvent } from '@runhub/contracts/events';
import type { MessageId } from '../../app/messages.ts';
import { formatAmount, formatFullTime } from './event-format.ts';
import { sourceLabel, trafficLabel, typeLabel } from './event-labels.ts';
import { NotGiven } from './EventRows.tsx';

/** Every field of one event, grouped as a person looks for them; the payload as readable key / value pairs. */
export function EventDetails({ event, timeZone }: { event: BusinessEvent; timeZone: string }) {
  const intl = useIntl();
  const amount = formatAmount(intl, event);
  const source = sourceLabel(event.source);
  const traffic = event.trafficSource ? trafficLabel(event.trafficSource) : null;
  const time = (iso: string) => intl.formatMessage({ id: 'lists.field.timeInZone' }, { time: formatFullTime(intl, iso, timeZone), timezone: timeZone });
  const pairs = (a: string | null, b: string | null) => (a || b ? <Code>{[a, b].filter(Boolean).join(' · ')}</Code> : null);
  const payload = payloadEntries(event.payload);

  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col items-start gap-1">
        {/* What a person looks for first: how much, or else who. */}
        {amount ? (
          <p className="text-2xl font-semibold tracking-tight text-zinc-900 tabular-nums">{amount}</p>
        ) : (
          event.customerEmail && (
            <p className="text-lg font-medium text-zinc-900 [overflow-wrap:anywhere]">
              <bdi>{event.customerEmail}</bdi>
            </p>
          )
        )}
        <p className="text-sm text-zinc-600">
          <time dateTime={event.occurredAt}>{formatFullTime(intl, event.occurredAt, timeZone)}</time>
        </p>
      </div>

      <Section title="lists.drawer.summary">
        <Field label="lists.field.publicId" value={<Code>{event.publicId}</Code>} />
        <Field label="lists.field.type" value={intl.formatMessage({ id: typeLabel(event.eventType) })} />
        <Field label="lists.field.occurredAt" value={time(event.occurredAt)} />
        <Field label="lists.field.receivedAt" value={time(event.receivedAt)} />
        <Field label="lists.field.source" value={source ? intl.formatMessage({ id: source }) : <Code>{event.source}</Code>} />
        <Field label="lists.field.amount" value={amount} />
      </Section>

      <Section title="lists.drawer.customer">
        <Field label="lists.field.customerEmail" value={event.customerEmail && <bdi>{event.customerEmail}</bdi>} />
        <Field label="lists.field.customerId" value={event.customerId && <Code>{event.customerId}</Code>} />
      </Section>

      <Section title="lists.drawer.session">
        <Field label="lists.field.sessionId" value={event.sessionId && <Code>{event.sessionId}</Code>} />
        <Field label="lists.field.anonymousId" value={event.anonymousId && <Code>{event.anonymousId}</Code>} />
      </Section>

      <Section title="lists.drawer.traffic">
        <Field label="lists.field.trafficSource" value={traffic && intl.formatMessage({ id: traffic })} />
        <Field label="lists.field.utmSource" value={event.utmSource && <bdi>{event.utmSource}</bdi>} />
        <Field label="lists.field.utmMedium" value={event.utmMedium && <bdi>{event.utmMedium}</bdi>} />
        <Field label="lists.field.utmCampaign" value={event.utmCampaign && <bdi>{event.utmCampaign}</bdi>} />
      </Section>

      <Section title="lists.drawer.technical">
        <Field label="lists.field.idempotencyKey" value={<Code>{event.idempotencyKey}</Code>} />
        <Field label="lists.field.entity" value={pairs(event.entityType, event.entityId)} />
        <Field label="lists.field.actor" value={pairs(event.actorType, event.actorId)} />
        <Field label="lists.field.correlationId" value={event.correlationId && <Code>{event.correlationId}</Code>} />
        <Field label="lists.field.workflowRunId" value={event.workflowRunId && <Code>{event.workflowRunId}</Code>} />
      </Section>

      <Section title="lists.drawer.payload">
        {payload.length === 0 ? (
          <p className="py-2.5 text-sm text-zinc-500">{intl.formatMessage({ id: 'lists.drawer.payloadEmpty' })}</p>
        ) : (
          payload.map(([key, value]) => <Field key={key} label={<Code>{key}</Code>} value={value === null ? null : <bdi className="whitespace-pre-wrap">{value}</bdi>} />)
        )}
      </Section>
    </div>
  );
}

function Section({ title, children }: { title: MessageId; children: ReactNode }) {
  const intl = useIntl();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId} className="text-sm font-semibold text-zinc-900">
        {intl.formatMessage({ id: title })}
      </h3>
      <dl className="mt-1 divide-y divide-zinc-100 border-y border-zinc-100">{children}</dl>
    </section>
  );
}

function Field({ label, value }: { label: MessageId | ReactNode; value: ReactNode }) {
  const intl = useIntl();
  return (
    <div className="grid gap-0.5 py-2.5 sm:grid-cols-[9.5rem_minmax(0,1fr)] sm:gap-4">
      <dt className="text-sm text-zinc-500 [overflow-wrap:anywhere]">{typeof label === 'string' ? intl.formatMessage({ id: label as MessageId }) : label}</dt>
      <dd className="text-sm text-zinc-900 [overflow-wrap:anywhere]">{value === null || value === undefined || value === '' ? <NotGiven /> : value}</dd>
    </div>
  );
}

/** Ids and keys: machine text, isolated so Latin ids keep their own order inside Arabic text. */
function Code({ children }: { children: ReactNode }) {
  return <bdi className="font-mono text-[0.8125rem] text-zinc-800">{children}</bdi>;
}

/** The payload flattened to `a.b.c` → value, in the order it was sent; lists of plain values joined, anything deeper as JSON. */
function payloadEntries(payload: Record<string, unknown>, prefix = ''): [string, string | null][] {
  return Object.entries(payload).flatMap(([key, value]): [string, string | null][] => {
    const path = `${prefix}${key}`;
    if (value !== null && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length > 0) {
      return payloadEntries(value as Record<string, unknown>, `${path}.`);
    }
    return [[path, displayValue(value)]];
  });
}

function displayValue(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value) && value.every((item) => ['string', 'number', 'boolean'].includes(typeof item))) return value.join(', ');
  return JSON.stringify(value);
}
