interface SpinnerProps {
  size?: 'sm' | 'md';
  /** When given, the spinner announces itself; otherwise it is decoration next to a text. */
  label?: string;
}

export function Spinner({ size = 'md', label }: SpinnerProps) {
  const box = size === 'sm' ? 'size-4' : 'size-6';
  return (
    <span role={label ? 'status' : undefined} className="inline-flex items-center">
      <svg className={`${box} animate-spin`} viewBox="0 0 24 24" fill="none" aria-hidden="true">
        <circle cx="12" cy="12" r="9.5" stroke="currentColor" strokeOpacity="0.25" strokeWidth="3" />
        <path d="M21.5 12A9.5 9.5 0 0 0 12 2.5" stroke="currentColor" strokeWidth="3" strokeLinecap="round" />
      </svg>
      {label && <span className="sr-only">{label}</span>}
    </span>
  );
}
