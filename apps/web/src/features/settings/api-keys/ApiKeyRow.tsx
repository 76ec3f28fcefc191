import { FormattedDate, FormattedMessage, useIntl } from 'react-intl';
import type { ApiKey } from '@runhub/contracts/accounts';
import { Button } from '../../../ui/Button.tsx';
import { keyKindText } from './key-kinds.ts';

const when = { dateStyle: 'medium', timeStyle: 'short' } as const;

export function ApiKeyRow({ apiKey, onRevoke }: { apiKey: ApiKey; onRevoke: () => void }) {
  const intl = useIntl();
  const revoked = apiKey.revokedAt !== null;
  return (
    <li className="flex flex-col gap-3 py-4 sm:flex-row sm:items-center sm:gap-6">
      <div className="min-w-0 flex-1">
        <div className="flex flex-wrap items-center gap-2">
          <span className={`font-medium [overflow-wrap:anywhere] ${revoked ? 'text-zinc-500' : 'text-zinc-900'}`}>{apiKey.label}</span>
          <span
            className={`rounded-full px-2 py-0.5 text-xs font-medium ${apiKey.kind === 'secret' ? 'bg-amber-50 text-amber-800' : 'bg-sky-50 text-sky-800'}`}
          >
            <FormattedMessage id={keyKindText[apiKey.kind].label} />
          </span>
          {revoked && (
            <span className="rounded-full bg-red-50 px-2 py-0.5 text-xs font-medium text-red-700">
              <FormattedMessage id="apiKeys.revoked" />
            </span>
          )}
        </div>
        <p className={`mt-1 font-mono text-sm [overflow-wrap:anywhere] ${revoked ? 'text-zinc-400 line-through' : 'text-zinc-700'}`} dir="ltr">
          <FormattedMessage id="apiKeys.maskedKey" values={{ prefix: apiKey.prefix }} />
        </p>
        <p className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs text-zinc-500">
          <span>
            <FormattedMessage id="apiKeys.created" values={{ date: <FormattedDate value={apiKey.createdAt} {...when} /> }} />
          </span>
          <span>
            {apiKey.lastUsedAt ? (
              <FormattedMessage id="apiKeys.lastUsed" values={{ date: <FormattedDate value={apiKey.lastUsedAt} {...when} /> }} />
            ) : (
              <FormattedMessage id="apiKeys.neverUsed" />
            )}
          </span>
          {apiKey.revokedAt && (
            <span>
              <FormattedMessage id="apiKeys.revokedAt" values={{ date: <FormattedDate value={apiKey.revokedAt} {...when} /> }} />
            </span>
          )}
        </p>
      </div>
      {!revoked && (
        <Button
          variant="ghostDanger"
          className="self-start sm:self-center"
          aria-label={intl.formatMessage({ id: 'apiKeys.revoke.buttonLabel' }, { label: apiKey.label })}
          onClick={onRevoke}
        >
          <FormattedMessage id="apiKeys.revoke.button" />
        </Button>
      )}
    </li>
  );
}
