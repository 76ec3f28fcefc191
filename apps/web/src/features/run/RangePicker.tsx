import { useId, useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import { Link, useNavigate } from 'react-router';
import type { MessageId } from '../../app/messages.ts';
import { Button } from '../../ui/Button.tsx';
import { Field } from '../../ui/Field.tsx';
import { focusRing } from '../../ui/focus-ring.ts';
import { Input } from '../../ui/Input.tsx';
import { checkCustomRange, MAX_RANGE_DAYS, PRESET_RANGES, runSearch, type CustomRangeProblem, type PresetRange, type RangeSelection } from './run-search.ts';

const presetLabels: Record<PresetRange, MessageId> = {
  today: 'run.range.today',
  yesterday: 'run.range.yesterday',
  last7: 'run.range.last7',
  last30: 'run.range.last30',
};

const problems: Record<CustomRangeProblem, MessageId> = {
  required: 'run.range.errorRequired',
  order: 'run.range.errorOrder',
  tooLong: 'run.range.errorTooLong',
};

const pill = `inline-flex min-h-11 items-center justify-center rounded-lg px-3 text-sm font-medium transition-colors ${focusRing}`;
const pillStates = {
  on: 'bg-white text-zinc-900 shadow-sm ring-1 ring-zinc-200',
  off: 'text-zinc-600 hover:bg-white/70 hover:text-zinc-900',
};

interface RangePickerProps {
  selection: RangeSelection;
  /** The days the shown figures cover, to start a custom range from. */
  shownPeriod: { startDate: string; endDate: string } | undefined;
}

/**
 * Presets are links (the range lives in the URL: each choice is a history entry that back and
 * forward can move between); Custom opens two date inputs. The project's time zone decides
 * what the days are: the API resolves them, the picker only names them.
 */
export function RangePicker({ selection, shownPeriod }: RangePickerProps) {
  const intl = useIntl();
  const formId = useId();
  const [customOpen, setCustomOpen] = useState(selection.name === 'custom');
  const customShown = customOpen || selection.name === 'custom';

  return (
    <div className="flex flex-col gap-3">
      <nav aria-label={intl.formatMessage({ id: 'run.range.label' })}>
        <ul className="inline-flex flex-wrap gap-1 rounded-xl bg-zinc-100 p-1">
          {PRESET_RANGES.map((name) => {
            const current = selection.name === name;
            return (
              <li key={name}>
                <Link
                  to={runSearch('overview', { name })}
                  aria-current={current ? 'true' : undefined}
                  onClick={() => setCustomOpen(false)}
                  className={`${pill} ${current ? pillStates.on : pillStates.off}`}
                >
                  {intl.formatMessage({ id: presetLabels[name] })}
                </Link>
              </li>
            );
          })}
          <li>
            <button
              type="button"
              aria-expanded={customShown}
              aria-controls={formId}
              aria-current={selection.name === 'custom' ? 'true' : undefined}
              onClick={() => setCustomOpen((open) => !open)}
              className={`${pill} ${selection.name === 'custom' ? pillStates.on : pillStates.off}`}
            >
              {intl.formatMessage({ id: 'run.range.custom' })}
            </button>
          </li>
        </ul>
      </nav>
      {customShown && (
        <CustomRangeForm
          id={formId}
          // A new key starts the inputs over from whatever is on screen when it opens.
          key={selection.name === 'custom' ? `${selection.startDate}/${selection.endDate}` : 'preset'}
          initial={selection.name === 'custom' ? selection : shownPeriod}
        />
      )}
    </div>
  );
}

function CustomRangeForm({ id, initial }: { id: string; initial: { startDate: string; endDate: string } | undefined }) {
  const intl = useIntl();
  const navigate = useNavigate();
  const [startDate, setStartDate] = useState(initial?.startDate ?? '');
  const [endDate, setEndDate] = useState(initial?.endDate ?? '');
  const [problem, setProblem] = useState<CustomRangeProblem | null>(null);

  function apply(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = checkCustomRange(startDate, endDate);
    setProblem(found);
    if (found === null) void navigate({ search: runSearch('overview', { name: 'custom', startDate, endDate }) });
  }

  const error = problem ? intl.formatMessage({ id: problems[problem] }, { max: MAX_RANGE_DAYS }) : undefined;
  // A missing date is reported on the input that lacks it; an order or length problem on the end.
  const startError = problem === 'required' && !startDate ? error : undefined;
  const endError = startError ? undefined : error;
  return (
    <form
      id={id}
      onSubmit={apply}
      noValidate
      aria-label={intl.formatMessage({ id: 'run.range.customLegend' })}
      className="flex flex-col gap-3 sm:flex-row sm:items-start"
    >
      <Field label={intl.formatMessage({ id: 'run.range.from' })} error={startError}>
        {(control) => <Input {...control} type="date" value={startDate} onChange={(e) => setStartDate(e.target.value)} className="sm:w-44" />}
      </Field>
      <Field label={intl.formatMessage({ id: 'run.range.to' })} error={endError}>
        {(control) => <Input {...control} type="date" value={endDate} onChange={(e) => setEndDate(e.target.value)} className="sm:w-44" />}
      </Field>
      <Button type="submit" variant="secondary" className="sm:mt-7">
        {intl.formatMessage({ id: 'run.range.apply' })}
      </Button>
    </form>
  );
}
