import {
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node';
import { Form, Link, useLoaderData, useNavigation } from '@remix-run/react';
import { apiFailure, requireMembership } from '~/auth/viewer.server';
import { RouteError } from '~/components/RouteError';
import { BulkCaseloadForm } from '~/coach/BulkCaseloadForm';
import { CaseloadList } from '~/coach/CaseloadList';
import { bulkCaseloadAction } from '~/coach/lifecycle.server';
import { loadCaseload, loadCoaches } from '~/coach/caseload.server';
import { COACHING_ROLES, seesAllCoaches } from '~/coach/roles';
import { parseCaseloadQuery } from '~/coach/schemas';
import { CLIENT_STATUSES } from '~/graphql/enums';
import { textLinkClasses } from '~/components/AuthPanel';
import {
  Button,
  EmptyState,
  FoldOnPhone,
  LinkButton,
  PageHeader,
  SelectField,
  TextField,
} from '~/components/ui';
import { t } from '~/i18n/i18n';

export const meta: MetaFunction = () => [{ title: t('caseload.metaTitle') }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const slug = params.org ?? '';
  const query = parseCaseloadQuery(new URL(request.url));
  // The caseload is asked for while the membership is checked (the API checks access on its own), so
  // the page waits for one round trip to the API instead of two.
  const caseloadRequest = loadCaseload(request, slug, query);
  caseloadRequest.catch(() => undefined); // awaited below; not an unhandled rejection meanwhile
  const { organization } = await requireMembership(request, slug, COACHING_ROLES);
  const allCoaches = seesAllCoaches(organization.role);
  // Only owners and admins pick a coach.
  if (query.coach && !allCoaches) {
    const url = new URL(request.url);
    url.searchParams.delete('coach');
    throw redirect(`${url.pathname}${url.search}`);
  }
  try {
    const [caseload, coaches] = await Promise.all([
      caseloadRequest,
      allCoaches ? loadCoaches(request, slug) : Promise.resolve(null),
    ]);
    return { organization, query, caseload, coaches };
  } catch (error) {
    return apiFailure(error, request);
  }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { organization } = await requireMembership(request, params.org, COACHING_ROLES);
  return bulkCaseloadAction(await request.formData(), request, organization);
}

/** The coach's home: every client, sorted by who needs attention, with the reasons. */
export default function CaseloadPage() {
  const { organization, query, caseload, coaches } = useLoaderData<typeof loader>();
  const navigation = useNavigation();
  const loading = navigation.state === 'loading' && navigation.location.pathname.endsWith('/caseload');
  const base = `/app/${organization.slug}`;
  const filtered = Boolean(query.q || query.status || query.coach);
  const nextParams = new URLSearchParams();
  if (query.q) nextParams.set('q', query.q);
  if (query.status) nextParams.set('status', query.status);
  if (query.coach) nextParams.set('coach', query.coach);
  if (query.sort !== 'ATTENTION') nextParams.set('sort', query.sort);
  const firstPage = `?${nextParams}`;
  if (caseload.pageInfo.endCursor) nextParams.set('after', caseload.pageInfo.endCursor);

  return (
    <div className="mx-auto max-w-6xl space-y-6 px-4 py-6 sm:space-y-8 sm:px-6 sm:py-14">
      <PageHeader
        title={t('caseload.title')}
        description={
          coaches ? t('caseload.introAdmin', { organization: organization.name }) : t('caseload.intro')
        }
        actions={
          organization.role === 'COACH' ? (
            <LinkButton to={`${base}/invite`} variant="secondary">
              {t('orgLayout.nav.inviteClients')}
            </LinkButton>
          ) : null
        }
      />
      <FoldOnPhone summary={t('caseload.filters.label')} defaultOpen={filtered}>
        <Form
          method="get"
          role="search"
          aria-label={t('caseload.filters.label')}
          className="grid gap-4 rounded-2xl bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:grid-cols-2 lg:grid-cols-[2fr_1fr_1fr_1fr_auto] lg:items-end"
        >
          <TextField
            label={t('caseload.filters.search')}
            name="q"
            type="search"
            defaultValue={query.q ?? ''}
            autoComplete="off"
          />
          <SelectField
            label={t('caseload.filters.status')}
            name="status"
            defaultValue={query.status ?? ''}
            options={[
              { value: '', label: t('caseload.filters.statusDefault') },
              ...CLIENT_STATUSES.map((status) => ({
                value: status,
                label: t(`labels.clientStatus.${status}`),
              })),
            ]}
          />
          {coaches ? (
            <SelectField
              label={t('caseload.filters.coach')}
              name="coach"
              defaultValue={query.coach ?? ''}
              options={[
                { value: '', label: t('caseload.filters.coachAll') },
                ...coaches.map((coach) => ({ value: coach.id, label: coach.name })),
              ]}
            />
          ) : null}
          <SelectField
            label={t('caseload.filters.sort')}
            name="sort"
            defaultValue={query.sort}
            options={[
              { value: 'ATTENTION', label: t('caseload.filters.sortAttention') },
              { value: 'NAME', label: t('caseload.filters.sortName') },
            ]}
          />
          <div className="flex flex-wrap items-center gap-3">
            <Button type="submit">{t('caseload.filters.apply')}</Button>
            {filtered ? (
              <Link to="." className={textLinkClasses}>
                {t('caseload.filters.clear')}
              </Link>
            ) : null}
          </div>
        </Form>
      </FoldOnPhone>

      <section
        aria-labelledby="caseload-count"
        aria-busy={loading}
        className={loading ? 'opacity-60' : undefined}
      >
        <h2 id="caseload-count" className="mb-4 text-lg font-semibold text-slate-900">
          {caseload.totalCount === 1
            ? t('caseload.countOne')
            : t('caseload.count', { count: caseload.totalCount })}
        </h2>
        {caseload.edges.length === 0 ? (
          filtered ? (
            <EmptyState
              headingLevel="h3"
              title={t('caseload.noMatch.title')}
              description={t('caseload.noMatch.body')}
              action={
                <LinkButton to="." variant="secondary">
                  {t('caseload.filters.clear')}
                </LinkButton>
              }
            />
          ) : (
            <EmptyState
              headingLevel="h3"
              title={t('caseload.empty.title')}
              description={t('caseload.empty.body')}
              action={<LinkButton to={`${base}/invite`}>{t('caseload.empty.cta')}</LinkButton>}
            />
          )
        ) : (
          <>
            <FoldOnPhone summary={t('coachLoops.bulk.legend')} className="mb-4">
              <BulkCaseloadForm formId="caseload-bulk" coaches={coaches} />
            </FoldOnPhone>
            <CaseloadList
              entries={caseload.edges.map((edge) => edge.node)}
              base={base}
              showCoach={Boolean(coaches)}
              bulkFormId="caseload-bulk"
            />
          </>
        )}
        {caseload.pageInfo.hasNextPage || query.after ? (
          <nav aria-label={t('caseload.pages')} className="mt-6 flex gap-6 text-sm">
            {query.after ? (
              <Link to={firstPage} className={textLinkClasses}>
                {t('caseload.firstPage')}
              </Link>
            ) : null}
            {caseload.pageInfo.hasNextPage && caseload.pageInfo.endCursor ? (
              <Link to={`?${nextParams}`} className={textLinkClasses}>
                {t('caseload.nextPage')}
              </Link>
            ) : null}
          </nav>
        ) : null}
      </section>
    </div>
  );
}

export function ErrorBoundary() {
  return (
    <div className="mx-auto max-w-6xl px-4 sm:px-6">
      <RouteError />
    </div>
  );
}
