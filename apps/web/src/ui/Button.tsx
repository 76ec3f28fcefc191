import type { ComponentPropsWithRef } from 'react';
import { focusRing } from './focus-ring.ts';
import { Spinner } from './Spinner.tsx';

export type ButtonVariant = 'primary' | 'secondary' | 'danger' | 'ghost' | 'ghostDanger';

const variants: Record<ButtonVariant, string> = {
  primary: 'bg-accent-600 text-white shadow-sm hover:bg-accent-700',
  secondary: 'border border-zinc-300 bg-white text-zinc-800 shadow-sm hover:bg-zinc-50',
  danger: 'bg-red-600 text-white shadow-sm hover:bg-red-700',
  ghost: 'text-zinc-700 hover:bg-zinc-100',
  // For a destructive action that only opens a confirmation, so it need not shout.
  ghostDanger: 'text-red-700 hover:bg-red-50',
};

/** Shared with links that look like buttons. Height 44px keeps touch targets usable. */
export function buttonClasses(variant: ButtonVariant = 'primary', extra = ''): string {
  return `inline-flex min-h-11 items-center justify-center gap-2 rounded-lg px-4 text-sm font-medium transition-colors disabled:cursor-not-allowed disabled:opacity-60 ${focusRing} ${variants[variant]} ${extra}`;
}

interface ButtonProps extends ComponentPropsWithRef<'button'> {
  variant?: ButtonVariant;
  /** Shows a spinner and blocks repeat clicks while a request is in flight. */
  pending?: boolean;
}

export function Button({ variant = 'primary', pending = false, className = '', type = 'button', disabled, children, ...rest }: ButtonProps) {
  return (
    <button type={type} disabled={disabled || pending} aria-busy={pending || undefined} className={buttonClasses(variant, className)} {...rest}>
      {pending && <Spinner size="sm" />}
      {children}
    </button>
  );
}
