/** The one focus style, so every interactive element shows focus the same way. */
export const focusRing =
  'outline-none focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent-600';
