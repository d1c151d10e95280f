import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { requireViewer } from '~/auth/viewer.server';
import { Badge, EmptyState, PageHeader } from '~/components/ui';
import { t } from '~/i18n/i18n';

export const meta: MetaFunction = () => [{ title: t('organizations.metaTitle') }];

export async function loader({ request }: LoaderFunctionArgs) {
  const { email, organizations } = await requireViewer(request);
  return { email, organizations };
}

/** The organization switcher: every organization the viewer belongs to, with their role there. */
export default function OrganizationsPage() {
  const { email, organizations } = useLoaderData<typeof loader>();
  return (
    <div className="mx-auto max-w-4xl px-4 py-10 sm:px-6 sm:py-14">
      <PageHeader
        title={t('organizations.title')}
        description={organizations.length ? t('organizations.intro') : undefined}
      />
      {organizations.length ? (
        <ul className="mt-8 grid gap-4 sm:grid-cols-2">
          {organizations.map((organization) => (
            <li key={organization.slug}>
              <Link
                to={`/app/${organization.slug}`}
                className="flex h-full flex-col gap-3 rounded-2xl bg-white p-6 shadow-sm ring-1 ring-slate-200 hover:ring-2 hover:ring-brand-600"
              >
                <span className="text-lg font-semibold break-words text-slate-900">{organization.name}</span>
                <span className="flex flex-wrap gap-2">
                  <Badge tone="brand">{t(`organization.kind.${organization.kind}`)}</Badge>
                  <Badge>
                    {t('organizations.yourRole', { role: t(`common.roles.${organization.role}`) })}
                  </Badge>
                </span>
              </Link>
            </li>
          ))}
        </ul>
      ) : (
        <EmptyState
          className="mt-8"
          title={t('organizations.empty.title')}
          description={t('organizations.empty.body', { email })}
        />
      )}
    </div>
  );
}
