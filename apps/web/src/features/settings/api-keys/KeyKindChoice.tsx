import { useId } from 'react';
import { FormattedMessage } from 'react-intl';
import type { ApiKeyKind } from '@runhub/contracts/accounts';
import { keyKinds, keyKindText } from './key-kinds.ts';

/** Radio cards: the difference between the kinds matters, so each shows what it is for. */
export function KeyKindChoice({ value, onChange }: { value: ApiKeyKind; onChange: (kind: ApiKeyKind) => void }) {
  const id = useId();
  return (
    <fieldset>
      <legend className="text-sm font-medium text-zinc-800">
        <FormattedMessage id="apiKeys.form.kind" />
      </legend>
      <div className="mt-1.5 grid gap-3 sm:grid-cols-2">
        {keyKinds.map((kind) => (
          <label
            key={kind}
            className="flex cursor-pointer gap-3 rounded-lg border border-zinc-300 p-4 has-checked:border-accent-600 has-checked:bg-accent-50 has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-accent-600"
          >
            <input
              type="radio"
              name={id}
              value={kind}
              checked={value === kind}
              onChange={() => onChange(kind)}
              aria-labelledby={`${id}-${kind}`}
              aria-describedby={`${id}-${kind}-description`}
              className="mt-0.5 size-4 shrink-0 accent-accent-600 outline-none"
            />
            <span>
              <span id={`${id}-${kind}`} className="block text-sm font-medium text-zinc-900">
                <FormattedMessage id={keyKindText[kind].label} />
              </span>
              <span id={`${id}-${kind}-description`} className="mt-0.5 block text-sm text-zinc-600">
                <FormattedMessage id={keyKindText[kind].description} />
              </span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
