import { NavLink } from '@remix-run/react';
import { t, type PlainMessageKey } from '~/i18n/i18n';

export interface NavSection {
  /** Below `base`; '' for the area's first page. */
  path: string;
  label: PlainMessageKey;
  /** Current only on exactly this path (the area's first page), not on the pages below it. */
  end?: boolean;
}

export interface SectionNavProps {
  /** The navigation's accessible name. */
  label: string;
  base: string;
  sections: readonly NavSection[];
}

/** An area's own navigation (the client's workspace, the agency's pages): a row of tabs that scrolls on phones. */
export function SectionNav({ label, base, sections }: SectionNavProps) {
  return (
    <nav aria-label={label} className="-mx-1 mb-8 overflow-x-auto">
      <ul className="flex gap-1 border-b border-slate-200 pb-2">
        {sections.map((section) => (
          <li key={section.path}>
            <NavLink
              to={`${base}${section.path}`}
              end={section.end}
              prefetch="intent"
              className="block rounded-lg px-3 py-2 text-sm font-semibold whitespace-nowrap text-slate-700 hover:bg-slate-100 aria-[current=page]:bg-brand-50 aria-[current=page]:text-brand-800"
            >
              {t(section.label)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
