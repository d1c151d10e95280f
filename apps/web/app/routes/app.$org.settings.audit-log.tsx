import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Form, Link, useLoaderData, useNavigation } from '@remix-run/react';
import { auditFilterOf, filterFormOf, filterSearch } from '~/audit/audit-filter';
import { AUDIT_ACTIONS } from '~/graphql/enums';
import { apiFailure, requireMembership } from '~/auth/viewer.server';
import { Button, EmptyState, LinkButton, PageHeader, SelectField, TextField } from '~/components/ui';
import { graphqlRequest } from '~/graphql/client.server';
import { graphql } from '~/graphql/generated';
import { formatDate } from '~/i18n/format';
import { defaultLocale, t, tPlural } from '~/i18n/i18n';
import { timeZoneOf } from '~/i18n/time-zone';
import { MANAGER_ROLES } from '~/members/roles';

export const meta: MetaFunction = () => [{ title: t('auditLog.metaTitle') }];

const PAGE_SIZE = 25;

const AuditLogPageQuery = graphql(`
  query AuditLogPage($filter: AuditLogFilterInput, $first: Int!, $after: String) {
    auditLogRetentionDays
    auditLog(filter: $filter, first: $first, after: $after) {
      edges {
        node {
          id
          createdAt
          actorKind
          actorName
          action
          targetType
          targetLabel
          metadata
          clientAddress
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
    members(first: 100) {
      edges {
        node {
          userId
          name
        }
      }
    }
  }
`);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { organization } = await requireMembership(request, params.org, MANAGER_ROLES);
  const url = new URL(request.url);
  const form = filterFormOf(url);
  const timeZone = timeZoneOf(request);
  try {
    const result = await graphqlRequest(
      AuditLogPageQuery,
      {
        filter: auditFilterOf(form, timeZone),
        first: PAGE_SIZE,
        after: url.searchParams.get('after') || null,
      },
      { request, org: organization.slug },
    );
    return {
      org: organization.slug,
      form,
      timeZone,
      paged: url.searchParams.has('after'),
      retentionDays: result.auditLogRetentionDays,
      entries: result.auditLog.edges.map((edge) => edge.node),
      pageInfo: result.auditLog.pageInfo,
      totalCount: result.auditLog.totalCount,
      people: result.members.edges
        .map((edge) => edge.node)
        .sort((a, b) => a.name.localeCompare(b.name, defaultLocale)),
    };
  } catch (error) {
    return apiFailure(error, request);
  }
}

type Entry = ReturnType<typeof useLoaderData<typeof loader>>['entries'][number];

/** "From coach to admin." for a change of role or status; nothing for other actions. */
function changeOf(entry: Entry): string | null {
  if (entry.action !== 'MEMBER_ROLE_CHANGED' && entry.action !== 'MEMBER_STATUS_CHANGED') return null;
  try {
    const { from, to } = JSON.parse(entry.metadata) as { from?: unknown; to?: unknown };
    return typeof from === 'string' && typeof to === 'string' ? t('auditLog.change', { from, to }) : null;
  } catch {
    return null;
  }
}

function actorOf(entry: Entry): string {
  if (entry.actorKind === 'SYSTEM') return t('auditLog.actors.system');
  if (entry.actorKind === 'STRIPE') return t('auditLog.actors.stripe');
  return entry.actorName;
}

/** For owners and admins: the organization's audit log, filtered, a page at a time, and as CSV. */
export default function AuditLogPage() {
  const { org, form, timeZone, paged, retentionDays, entries, pageInfo, totalCount, people } =
    useLoaderData<typeof loader>();
  const navigation = useNavigation();
  const filtered = Object.values(form).some(Boolean);
  const base = `/app/${org}/settings/audit-log`;
  const header = 'px-4 py-3 text-left text-sm font-semibold text-slate-900';
  const cell = 'block px-4 py-1 text-sm text-slate-700 sm:table-cell sm:py-3 sm:align-top';
  const mobileLabel = 'block text-xs font-semibold uppercase tracking-wide text-slate-500 sm:hidden';
  return (
    <div className="mx-auto max-w-6xl space-y-8 px-4 py-10 sm:px-6 sm:py-14">
      <PageHeader
        title={t('auditLog.title')}
        description={t('auditLog.intro', { days: retentionDays })}
        actions={
          <LinkButton to={`${base}.csv${filterSearch(form)}`} reloadDocument variant="secondary">
            {t('auditLog.download')}
          </LinkButton>
        }
      />
      <Form method="get" className="rounded-2xl bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:p-6">
        <fieldset>
          <legend className="text-base font-semibold text-slate-900">{t('auditLog.filters.legend')}</legend>
          <div className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
            <SelectField
              label={t('auditLog.filters.action')}
              name="action"
              defaultValue={form.action}
              options={[
                { value: '', label: t('auditLog.filters.anyAction') },
                ...AUDIT_ACTIONS.map((action) => ({ value: action, label: t(`auditLog.actions.${action}`) })),
              ]}
            />
            <SelectField
              label={t('auditLog.filters.actor')}
              name="actor"
              defaultValue={form.actor}
              options={[
                { value: '', label: t('auditLog.filters.anyone') },
                ...people.map((person) => ({ value: person.userId, label: person.name })),
              ]}
            />
            <TextField label={t('auditLog.filters.from')} name="from" type="date" defaultValue={form.from} />
            <TextField label={t('auditLog.filters.to')} name="to" type="date" defaultValue={form.to} />
          </div>
          <div className="mt-4 flex flex-wrap gap-3">
            <Button type="submit" disabled={navigation.state === 'loading'}>
              {t('auditLog.filters.apply')}
            </Button>
            {filtered ? (
              <LinkButton to={base} variant="secondary">
                {t('auditLog.filters.clear')}
              </LinkButton>
            ) : null}
          </div>
        </fieldset>
      </Form>

      {entries.length === 0 ? (
        <EmptyState
          title={filtered ? t('auditLog.empty.filteredTitle') : t('auditLog.empty.title')}
          description={filtered ? t('auditLog.empty.filteredBody') : t('auditLog.empty.body')}
        />
      ) : (
        <section aria-labelledby="audit-log-count" className="space-y-4">
          <p id="audit-log-count" className="text-sm text-slate-600">
            {tPlural('auditLog.count', totalCount)}
          </p>
          <div className="rounded-2xl bg-white shadow-sm ring-1 ring-slate-200">
            <table className="block w-full sm:table">
              <caption className="sr-only">{t('auditLog.caption')}</caption>
              <thead className="sr-only bg-slate-50 sm:not-sr-only sm:table-header-group">
                <tr>
                  <th scope="col" className={header}>
                    {t('auditLog.columns.when')}
                  </th>
                  <th scope="col" className={header}>
                    {t('auditLog.columns.who')}
                  </th>
                  <th scope="col" className={header}>
                    {t('auditLog.columns.action')}
                  </th>
                  <th scope="col" className={header}>
                    {t('auditLog.columns.target')}
                  </th>
                  <th scope="col" className={header}>
                    {t('auditLog.columns.origin')}
                  </th>
                </tr>
              </thead>
              <tbody className="block divide-y divide-slate-200 sm:table-row-group">
                {entries.map((entry) => {
                  const change = changeOf(entry);
                  return (
                    <tr key={entry.id} className="block py-3 sm:table-row sm:py-0">
                      <td className={`${cell} sm:whitespace-nowrap`}>
                        <span className={mobileLabel}>{t('auditLog.columns.when')}</span>
                        <time dateTime={entry.createdAt}>
                          {formatDate(entry.createdAt, timeZone, defaultLocale, { timeStyle: 'short' })}
                        </time>
                      </td>
                      <td className={`${cell} font-semibold text-slate-900`}>
                        <span className={mobileLabel}>{t('auditLog.columns.who')}</span>
                        {actorOf(entry)}
                      </td>
                      <td className={cell}>
                        <span className={mobileLabel}>{t('auditLog.columns.action')}</span>
                        {t(`auditLog.actions.${entry.action}`)}
                        {change ? <span className="block text-slate-600">{change}</span> : null}
                      </td>
                      <td className={`${cell} break-words`}>
                        <span className={mobileLabel}>{t('auditLog.columns.target')}</span>
                        {entry.targetLabel}
                      </td>
                      <td className={`${cell} break-all`}>
                        <span className={mobileLabel}>{t('auditLog.columns.origin')}</span>
                        {entry.clientAddress ?? t('auditLog.unknownAddress')}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <nav aria-label={t('auditLog.caption')} className="flex flex-wrap gap-3">
            {paged ? (
              <Link
                to={`${base}${filterSearch(form)}`}
                className="text-sm font-semibold text-brand-700 underline"
              >
                {t('auditLog.firstPage')}
              </Link>
            ) : null}
            {pageInfo.hasNextPage ? (
              <Link
                to={`${base}${filterSearch(form, pageInfo.endCursor)}`}
                className="text-sm font-semibold text-brand-700 underline"
              >
                {t('auditLog.nextPage')}
              </Link>
            ) : null}
          </nav>
        </section>
      )}
    </div>
  );
}
