import type { ReactNode } from 'react';
import { Card } from './ui';

export interface AuthPanelProps {
  title: ReactNode;
  intro?: ReactNode;
  children: ReactNode;
  /** Links below the card ("New to Rebound? Start free"). */
  footer?: ReactNode;
}

/** The narrow, centred page of the signed-out flows: sign in, sign up, reset, invitations. */
export function AuthPanel({ title, intro, children, footer }: AuthPanelProps) {
  return (
    <div className="mx-auto w-full max-w-lg px-4 py-10 sm:py-16">
      <h1 className="text-3xl font-bold tracking-tight text-slate-900">{title}</h1>
      {intro ? <p className="mt-3 text-slate-600">{intro}</p> : null}
      <Card className="mt-8">{children}</Card>
      {footer ? <div className="mt-6 space-y-2 text-sm text-slate-600">{footer}</div> : null}
    </div>
  );
}

/** An inline text link in the brand colour, underlined so it does not rely on colour alone. */
export const textLinkClasses =
  'font-semibold text-brand-700 underline underline-offset-2 hover:text-brand-800';
