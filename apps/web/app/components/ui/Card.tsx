import type { HTMLAttributes } from 'react';
import { cx } from './cx';

export interface CardProps extends HTMLAttributes<HTMLElement> {
  /** `section` or `article` when the card has its own heading; `div` otherwise. */
  as?: 'div' | 'section' | 'article' | 'li';
}

export function Card({ as: Element = 'div', className, ...props }: CardProps) {
  return (
    <Element
      className={cx('rounded-2xl bg-white p-6 shadow-sm ring-1 ring-slate-200 sm:p-8', className)}
      {...props}
    />
  );
}
