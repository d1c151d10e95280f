import { useLocation } from '@remix-run/react';
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { cx } from './cx';

export interface MenuProps {
  /** What the button shows (a name, the current organization). */
  summary: ReactNode;
  /** The button's accessible name when the summary alone is not enough; it should contain the visible text. */
  label?: string;
  children: ReactNode;
  align?: 'left' | 'right';
  className?: string;
}

/**
 * A disclosure menu: a button (aria-expanded) that shows a panel of links and buttons. Closes on
 * navigation, on Escape (focus back on the button) and on a click or focus outside.
 */
export function Menu({ summary, label, children, align = 'right', className }: MenuProps) {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  const location = useLocation();

  useEffect(() => setOpen(false), [location]);

  useEffect(() => {
    if (!open) return;
    const outside = (event: Event) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    const escape = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener('click', outside);
    document.addEventListener('focusin', outside);
    document.addEventListener('keydown', escape);
    return () => {
      document.removeEventListener('click', outside);
      document.removeEventListener('focusin', outside);
      document.removeEventListener('keydown', escape);
    };
  }, [open]);

  return (
    <div ref={root} className={cx('relative', className)}>
      <button
        ref={button}
        type="button"
        aria-label={label}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((wasOpen) => !wasOpen)}
        className="flex min-h-10 items-center gap-2 rounded-lg px-3 py-2 text-sm font-semibold text-slate-800 hover:bg-slate-100"
      >
        {summary}
        <svg
          viewBox="0 0 20 20"
          className={cx('h-4 w-4 flex-none fill-slate-500', open && 'rotate-180')}
          aria-hidden="true"
        >
          <path d="M5.3 7.3a1 1 0 0 1 1.4 0L10 10.6l3.3-3.3a1 1 0 1 1 1.4 1.4l-4 4a1 1 0 0 1-1.4 0l-4-4a1 1 0 0 1 0-1.4Z" />
        </svg>
      </button>
      <div
        id={panelId}
        hidden={!open}
        className={cx(
          'absolute z-20 mt-2 w-64 max-w-[calc(100vw-2rem)] rounded-xl bg-white p-2 shadow-lg ring-1 ring-slate-200',
          align === 'right' ? 'right-0' : 'left-0',
        )}
      >
        {children}
      </div>
    </div>
  );
}

/** The look of a menu entry, for links and for buttons inside forms. */
export const menuItemClasses =
  'block w-full rounded-lg px-3 py-2 text-left text-sm font-medium text-slate-800 hover:bg-slate-100 aria-[current=page]:bg-brand-50 aria-[current=page]:text-brand-800';
