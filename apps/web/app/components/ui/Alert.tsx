import type { ReactNode } from 'react';
import { cx } from './cx';

export interface AlertProps {
  /** `error` is announced at once (role=alert); `success` and `info` politely (role=status). */
  tone?: 'error' | 'success' | 'info';
  children: ReactNode;
  className?: string;
}

const tones = {
  error: 'bg-red-50 text-red-800 ring-red-200',
  success: 'bg-brand-50 text-brand-800 ring-brand-200',
  info: 'bg-slate-100 text-slate-800 ring-slate-200',
} as const;

/** A message about a whole form or page: an error to fix, or the outcome of an action. */
export function Alert({ tone = 'error', children, className }: AlertProps) {
  return (
    <div
      role={tone === 'error' ? 'alert' : 'status'}
      className={cx('rounded-lg px-4 py-3 text-sm font-medium ring-1 ring-inset', tones[tone], className)}
    >
      {children}
    </div>
  );
}
