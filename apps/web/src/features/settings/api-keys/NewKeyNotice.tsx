import { useEffect, useId, useRef, useState } from 'react';
import { FormattedMessage } from 'react-intl';
import type { CreatedApiKey } from '@runhub/contracts/accounts';
import { Button } from '../../../ui/Button.tsx';
import { focusRing } from '../../../ui/focus-ring.ts';

type CopyState = 'idle' | 'copied' | 'failed';

/**
 * The only time the full key is on screen. It stays until dismissed, on the page rather than
 * in a dialog, so a stray Escape or click cannot make it vanish before it has been copied.
 */
export function NewKeyNotice({ apiKey, onDismiss }: { apiKey: CreatedApiKey; onDismiss: () => void }) {
  const fieldId = useId();
  const keyRef = useRef<HTMLTextAreaElement>(null);
  const [copyState, setCopyState] = useState<CopyState>('idle');

  // Focus (and so select) the key when it appears: screen readers announce it, copy is one keystroke.
  useEffect(() => keyRef.current?.focus(), []);

  async function copy() {
    try {
      await navigator.clipboard.writeText(apiKey.key);
      setCopyState('copied');
    } catch {
      // No clipboard access (e.g. plain http): select the key so a manual copy is one keystroke.
      keyRef.current?.select();
      setCopyState('failed');
    }
  }

  return (
    <section aria-labelledby={`${fieldId}-title`} className="mb-6 rounded-xl border border-emerald-200 bg-emerald-50 p-5">
      <h3 id={`${fieldId}-title`} className="font-semibold text-emerald-900">
        <FormattedMessage id="apiKeys.newKey.title" values={{ label: apiKey.label }} />
      </h3>
      <p className="mt-1 text-sm text-emerald-900">
        <FormattedMessage id="apiKeys.newKey.warning" />
      </p>
      <label htmlFor={fieldId} className="mt-4 block text-sm font-medium text-emerald-900">
        <FormattedMessage id="apiKeys.newKey.fieldLabel" />
      </label>
      <div className="mt-1.5 flex flex-col gap-3 sm:flex-row sm:items-start">
        <textarea
          ref={keyRef}
          id={fieldId}
          readOnly
          rows={2}
          dir="ltr"
          value={apiKey.key}
          onFocus={(event) => event.currentTarget.select()}
          className={`field-sizing-content min-h-11 w-full resize-none break-all rounded-lg border border-emerald-300 bg-white px-3 py-2.5 font-mono text-sm text-zinc-900 ${focusRing}`}
        />
        <Button onClick={() => void copy()} className="shrink-0">
          {copyState === 'copied' ? <FormattedMessage id="apiKeys.newKey.copied" /> : <FormattedMessage id="apiKeys.newKey.copy" />}
        </Button>
      </div>
      <div className="mt-3 flex flex-wrap items-center justify-between gap-3">
        <p role="status" className="text-sm text-emerald-900">
          {copyState === 'copied' && <FormattedMessage id="apiKeys.newKey.copiedStatus" />}
          {copyState === 'failed' && <FormattedMessage id="apiKeys.newKey.copyFailed" />}
        </p>
        <Button variant="secondary" onClick={onDismiss} className="ms-auto">
          <FormattedMessage id="apiKeys.newKey.done" />
        </Button>
      </div>
    </section>
  );
}
