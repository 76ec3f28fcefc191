import type { ComponentPropsWithRef } from 'react';
import { focusRing } from './focus-ring.ts';

export const inputClasses = `block min-h-11 w-full rounded-lg border border-zinc-300 bg-white px-3 text-base text-zinc-900 shadow-xs placeholder:text-zinc-400 aria-invalid:border-red-500 sm:text-sm ${focusRing} focus-visible:outline-offset-0`;

export function Input({ className = '', ...rest }: ComponentPropsWithRef<'input'>) {
  return <input className={`${inputClasses} ${className}`} {...rest} />;
}
