import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useIntl } from 'react-intl';
import type { FieldControlProps } from '../../ui/Field.tsx';
import { Input } from '../../ui/Input.tsx';
import { listTimeZones, searchTimeZones } from './time-zones.ts';

interface TimeZonePickerProps extends FieldControlProps {
  value: string;
  onChange: (zone: string) => void;
}

/**
 * A searchable time zone combobox (WAI-ARIA 1.2 pattern: the input keeps focus, the active
 * option is announced through aria-activedescendant). Over 400 zones is too many for a select.
 */
export function TimeZonePicker({ value, onChange, ...control }: TimeZonePickerProps) {
  const intl = useIntl();
  const listId = useId();
  const listRef = useRef<HTMLUListElement>(null);
  const [now] = useState(() => new Date());
  // null while the user is not typing: the input then simply shows the chosen zone.
  const [query, setQuery] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);

  const zones = listTimeZones();
  const matches = useMemo(() => searchTimeZones(zones, query ?? ''), [zones, query]);
  const optionId = (index: number) => `${listId}-${index}`;
  const activeZone = open ? matches[active] : undefined;

  useEffect(() => {
    if (!open) return;
    listRef.current?.querySelector(`[data-index="${active}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [open, active]);

  function openList() {
    if (open) return;
    setOpen(true);
    // Opening without a search starts on the current choice, so arrows move from there.
    setActive(query === null ? Math.max(0, zones.indexOf(value)) : 0);
  }

  function choose(zone: string) {
    onChange(zone);
    setQuery(null);
    setOpen(false);
  }

  function handleKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        event.preventDefault();
        if (!open) return openList();
        const step = event.key === 'ArrowDown' ? 1 : -1;
        setActive((index) => Math.min(Math.max(index + step, 0), matches.length - 1));
        return;
      }
      case 'Enter':
        // Picking an option must not also submit the surrounding form.
        if (activeZone) {
          event.preventDefault();
          choose(activeZone);
        }
        return;
      case 'Escape':
        // Close the list only; the dialog around us should stay open.
        if (open) {
          event.preventDefault();
          event.stopPropagation();
          setOpen(false);
          setQuery(null);
        }
        return;
    }
  }

  function handleBlur() {
    setOpen(false);
    if (query === null) return;
    // A zone typed out in full counts as a choice; anything else falls back to the last one.
    const typed = query.trim().toLowerCase();
    const exact = zones.find((zone) => zone.toLowerCase() === typed);
    if (exact) onChange(exact);
    setQuery(null);
  }

  function offsetOf(zone: string): string {
    return intl.formatDateToParts(now, { timeZone: zone, timeZoneName: 'shortOffset' }).find((part) => part.type === 'timeZoneName')?.value ?? '';
  }

  return (
    <div>
      <div className="relative">
        <Input
          {...control}
          role="combobox"
          aria-expanded={open}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={activeZone ? optionId(active) : undefined}
          autoComplete="off"
          spellCheck={false}
          placeholder={intl.formatMessage({ id: 'timeZonePicker.placeholder' })}
          className="pe-11"
          value={query ?? value}
          onChange={(event) => {
            setQuery(event.target.value);
            setOpen(true);
            setActive(0);
          }}
          onClick={openList}
          onKeyDown={handleKeyDown}
          onBlur={handleBlur}
        />
        <button
          type="button"
          tabIndex={-1}
          aria-label={intl.formatMessage({ id: 'timeZonePicker.toggle' })}
          className="absolute inset-y-0 end-0 flex w-11 items-center justify-center text-zinc-500"
          // Keep focus in the input, which owns the keyboard interaction.
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => (open ? setOpen(false) : openList())}
        >
          <svg className="size-4" viewBox="0 0 20 20" fill="currentColor" aria-hidden="true">
            <path d="M5.3 7.3a1 1 0 0 1 1.4 0L10 10.6l3.3-3.3a1 1 0 1 1 1.4 1.4l-4 4a1 1 0 0 1-1.4 0l-4-4a1 1 0 0 1 0-1.4Z" />
          </svg>
        </button>
      </div>
      {/* In the page flow rather than floating: a floating list would be clipped by the dialog. */}
      <ul
        ref={listRef}
        id={listId}
        role="listbox"
        aria-label={intl.formatMessage({ id: 'timeZonePicker.listLabel' })}
        hidden={!open}
        className="mt-1 max-h-60 overflow-y-auto rounded-lg border border-zinc-200 bg-white py-1 shadow-sm"
      >
        {matches.map((zone, index) => (
          <li
            key={zone}
            id={optionId(index)}
            data-index={index}
            role="option"
            aria-selected={zone === value}
            className={`flex min-h-11 cursor-pointer items-center justify-between gap-3 px-3 text-sm ${index === active ? 'bg-accent-50 text-accent-700' : 'text-zinc-800'}`}
            onMouseDown={(event) => event.preventDefault()}
            onMouseMove={() => setActive(index)}
            onClick={() => choose(zone)}
          >
            <span className="truncate">{zone}</span>
            {open && <span className="shrink-0 text-xs text-zinc-500">{offsetOf(zone)}</span>}
          </li>
        ))}
        {matches.length === 0 && (
          <li className="px-3 py-3 text-sm text-zinc-500">
            {intl.formatMessage({ id: 'timeZonePicker.noMatches' }, { query: query ?? '' })}
          </li>
        )}
      </ul>
    </div>
  );
}
