import type { ComponentPropsWithRef } from 'react';

export const cardClasses = 'rounded-xl border border-zinc-200 bg-white shadow-sm';

export function Card({ className = '', ...rest }: ComponentPropsWithRef<'div'>) {
  return <div className={`${cardClasses} ${className}`} {...rest} />;
}
