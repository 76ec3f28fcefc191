import { useId, useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import { Link, useNavigate } from 'react-router';
import { localDateToUtcMs } from '../run/run-search.ts';
import { Button } from '../../ui/Button.tsx';
import { focusRing } from '../../ui/focus-ring.ts';
import { inputClasses } from '../../ui/Input.tsx';
import type { ListKindConfig } from './list-kinds.ts';
import { listSearch, sameChoice, type ListState } from './list-search.ts';
import { LAST_DAYS, type DateChoice } from './project-days.ts';

const segment = `inline-flex min-h-11 items-center justify-center whitespace-nowrap rounded-lg px-3 text-sm font-medium transition-colors ${focusRing}`;
const segmentStates = {
  on: 'bg-white text-zinc-900 shadow-sm ring-1 ring-zinc-200',
  off: 'text-zinc-600 hover:bg-white/70 hover:text-zinc-900',
};
const chip = `inline-flex min-h-11 items-center justify-center whitespace-nowrap rounded-full border px-3 text-sm transition-colors ${focusRing}`;
const chipStates = {
  on: 'border-accent-600 bg-accent-50 font-medium text-accent-700',
  off: 'border-zinc-200 bg-white text-zinc-700 hover:border-zinc-300 hover:bg-zinc-50',
};

const PRESETS: DateChoice[] = [{ kind: 'all' }, { kind: 'today' }, { kind: 'yesterday' }, { kind: 'last7' }];

interface ListToolbarProps {
  config: ListKindConfig;
  state: ListState;
  /** The project's today, the latest day the picker offers. */
  today: string;
}

/**
 * Filters and dates are links (each choice is a URL, so back / forward move between them); a
 * picked day is a small form. Any change drops the open event and starts the list over.
 */
export function ListToolbar({ config, state, today }: ListToolbarProps) {
  const intl = useIntl();
  const jumpLabelId = useId();

  return (
    <div className="flex flex-col gap-4">
      <nav aria-label={intl.formatMessage({ id: config.filterNavLabel })}>
        <ul className="inline-flex max-w-full flex-wrap gap-1 rounded-xl bg-zinc-100 p-1">
          {config.filters.map((filter) => {
            const current = filter.id === state.filter.id;
            return (
              <li key={filter.id}>
                <Link
                  to={listSearch(config, { ...state, filter, event: null })}
                  aria-current={current ? 'true' : undefined}
                  className={`${segment} ${current ? segmentStates.on : segmentStates.off}`}
                >
                  {intl.formatMessage({ id: filter.label })}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
      <div className="flex flex-col gap-3 lg:flex-row lg:flex-wrap lg:items-center lg:gap-x-4">
        <nav aria-labelledby={jumpLabelId} className="flex flex-col gap-2 sm:flex-row sm:items-center sm:gap-3">
          <span id={jumpLabelId} className="text-sm font-medium text-zinc-600">
            {intl.formatMessage({ id: 'lists.when.label' })}
          </span>
          <ul className="flex flex-wrap gap-1.5 sm:gap-2">
            {PRESETS.map((choice) => {
              const current = sameChoice(choice, state.when);
              return (
                <li key={choice.kind}>
                  <Link
                    to={listSearch(config, { ...state, when: choice, event: null })}
                    aria-current={current ? 'true' : undefined}
                    className={`${chip} ${current ? chipStates.on : chipStates.off}`}
                  >
                    {presetLabel(intl, choice)}
                  </Link>
                </li>
              );
            })}
          </ul>
        </nav>
        <DayPicker
          // A new key starts the input over from the URL's day when it changes (back / forward).
          key={state.when.kind === 'day' ? state.when.date : 'none'}
          config={config}
          state={state}
          today={today}
        />
      </div>
    </div>
  );
}

function presetLabel(intl: ReturnType<typeof useIntl>, choice: DateChoice): string {
  switch (choice.kind) {
    case 'today':
      return intl.formatMessage({ id: 'lists.when.today' });
    case 'yesterday':
      return intl.formatMessage({ id: 'lists.when.yesterday' });
    case 'last7':
      return intl.formatMessage({ id: 'lists.when.last7' }, { days: LAST_DAYS });
    default:
      return intl.formatMessage({ id: 'lists.when.all' });
  }
}

/** One day, picked with the browser's date input and applied with Show (typing a date must not fire a request per keystroke). */
function DayPicker({ config, state, today }: ListToolbarProps) {
  const intl = useIntl();
  const navigate = useNavigate();
  const inputId = useId();
  const errorId = useId();
  const picked = state.when.kind === 'day' ? state.when.date : '';
  const [day, setDay] = useState(picked);
  const [missing, setMissing] = useState(false);

  function apply(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const valid = localDateToUtcMs(day) !== null;
    setMissing(!valid);
    if (valid) void navigate({ search: listSearch(config, { ...state, when: { kind: 'day', date: day }, event: null }) });
  }

  return (
    <form onSubmit={apply} noValidate aria-label={intl.formatMessage({ id: 'lists.when.pickLegend' })} className="flex flex-col gap-1">
      <div className="flex items-center gap-2">
        <label htmlFor={inputId} className="sr-only">
          {intl.formatMessage({ id: 'lists.when.pickDay' })}
        </label>
        <div className="min-w-0 flex-1 sm:w-44 sm:flex-none">
          <input
            id={inputId}
            type="date"
            value={day}
            max={today}
            onChange={(e) => setDay(e.target.value)}
            aria-invalid={missing || undefined}
            aria-describedby={missing ? errorId : undefined}
            className={`${inputClasses} ${picked ? 'border-accent-600! bg-accent-50!' : ''}`}
          />
        </div>
        <Button type="submit" variant="secondary">
          {intl.formatMessage({ id: 'lists.when.pickSubmit' })}
        </Button>
      </div>
      {missing && (
        <p id={errorId} className="text-sm font-medium text-red-700">
          {intl.formatMessage({ id: 'lists.when.pickRequired' })}
        </p>
      )}
    </form>
  );
}
