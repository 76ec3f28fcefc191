import type { ComponentPropsWithRef } from 'react';
import { inputClasses } from './Input.tsx';

/** A native select (best on phones and for screen readers) with the input look. */
export function Select({ className = '', children, ...rest }: ComponentPropsWithRef<'select'>) {
  return (
    <div className="relative">
      <select className={`${inputClasses} appearance-none pe-10 ${className}`} {...rest}>
        {children}
      </select>
      <svg
        className="pointer-events-none absolute end-3 top-1/2 size-4 -translate-y-1/2 text-zinc-500"
        viewBox="0 0 20 20"
        fill="currentColor"
        aria-hidden="true"
      >
        <path d="M5.3 7.3a1 1 0 0 1 1.4 0L10 10.6l3.3-3.3a1 1 0 1 1 1.4 1.4l-4 4a1 1 0 0 1-1.4 0l-4-4a1 1 0 0 1 0-1.4Z" />
      </svg>
    </div>
  );
}
