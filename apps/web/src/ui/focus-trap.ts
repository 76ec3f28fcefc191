import type { KeyboardEvent } from 'react';

/** What Tab can reach inside a dialog (hidden subtrees excluded). */
export const focusableSelector = ':is(a[href], button, input, select, textarea, [tabindex]):not([disabled], [tabindex="-1"], [hidden] *)';

/**
 * A dialog's keydown handler for Tab: focus wraps from the last reachable element to the first
 * and back, so keyboard users stay inside. A dialog opened inside this one keeps its own cycle.
 */
export function keepTabInside(event: KeyboardEvent<HTMLElement>, container: HTMLElement | null): void {
  if (event.key !== 'Tab' || event.defaultPrevented || !container) return;
  const items = [...container.querySelectorAll<HTMLElement>(focusableSelector)];
  const first = items[0];
  const last = items[items.length - 1];
  if (!first || !last) return;
  if (event.shiftKey && (document.activeElement === first || !container.contains(document.activeElement))) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && document.activeElement === last) {
    event.preventDefault();
    first.focus();
  }
}
