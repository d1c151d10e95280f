import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { loadDashboard, requireAgency } from '~/agency/agency.server';
import { apiFailure } from '~/auth/viewer.server';
import { Card, EmptyState, PageHeader } from '~/components/ui';
import { t } from '~/i18n/i18n';
import { REJECTION_REASONS, REJECTION_STAGES } from '~/graphql/enums';

export const meta: MetaFunction = () => [{ title: t('agency.dashboard.metaTitle') }];

const DAYS = 365;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const agency = await requireAgency(request, params.org);
  try {
    return { dashboard: await loadDashboard(agency, DAYS) };
  } catch (error) {
    return apiFailure(error, request);
  }
}

function percent(rate: number | null | undefined): string {
  return rate === null || rate === undefined
    ? '—'
    : t('agency.dashboard.percent', { value: Math.round(rate * 100) });
}

/** A rate beside the agency's median employer: above, below or level, in words as well as numbers. */
function Rate({ rate, median }: { rate: number | null; median: number | null }) {
  if (rate === null) return <span className="text-slate-500">{t('agency.dashboard.noDecisions')}</span>;
  const comparison =
    median === null || Math.abs(rate - median) < 0.005
      ? t('agency.dashboard.atMedian')
      : rate > median
        ? t('agency.dashboard.aboveMedian')
        : t('agency.dashboard.belowMedian');
  return (
    <span>
      <span className="block font-medium text-slate-900">{percent(rate)}</span>
      <span className="block text-xs text-slate-600">{comparison}</span>
    </span>
  );
}

/** The agency's dashboard: onboarding funnel, candidates by recruiter, employer patterns. */
export default function AgencyDashboardPage() {
  const { dashboard } = useLoaderData<typeof loader>();
  const top = Math.max(1, ...dashboard.onboardingFunnel.map((step) => step.count));
  return (
    <div className="space-y-8">
      <PageHeader title={t('agency.dashboard.title')} description={t('agency.dashboard.description')} />
      <Card as="section" aria-labelledby="funnel-title">
        <h2 id="funnel-title" className="text-xl font-semibold text-slate-900">
          {t('agency.dashboard.funnelTitle')}
        </h2>
        <p className="mt-1 text-slate-600">{t('agency.dashboard.funnelDescription')}</p>
        <ol className="mt-6 space-y-4" data-testid="onboarding-funnel">
          {dashboard.onboardingFunnel.map((step) => (
            <li key={step.stage} data-stage={step.stage} data-count={step.count}>
              <p className="text-sm font-medium text-slate-800">
                {t('agency.dashboard.funnelRow', {
                  stage: t(`agency.stages.${step.stage}`),
                  count: step.count,
                  dropOff: step.dropOff,
                })}
              </p>
              <div
                aria-hidden="true"
                className="mt-1 flex h-6 w-full overflow-hidden rounded-md bg-slate-100"
              >
                <div
                  className="h-full bg-brand-600"
                  style={{ width: `${((step.count - step.dropOff) / top) * 100}%` }}
                />
                <div className="h-full bg-amber-400" style={{ width: `${(step.dropOff / top) * 100}%` }} />
              </div>
            </li>
          ))}
        </ol>
        <p className="mt-4 flex flex-wrap gap-4 text-sm text-slate-700" aria-hidden="true">
          <span className="flex items-center gap-2">
            <span className="inline-block h-3 w-3 rounded-sm bg-brand-600" />
            {t('agency.dashboard.reached')}
          </span>
          <span className="flex items-center gap-2">
            <span className="inline-block h-3 w-3 rounded-sm bg-amber-400" />
            {t('agency.dashboard.dropOff')}
          </span>
        </p>
        <p className="mt-4 text-slate-700">
          {t('agency.dashboard.notInvited', { count: dashboard.notInvited })}
        </p>
      </Card>

      <Card as="section" aria-labelledby="recruiters-title">
        <h2 id="recruiters-title" className="text-xl font-semibold text-slate-900">
          {t('agency.dashboard.byRecruiterTitle')}
        </h2>
        {dashboard.candidatesByRecruiter.length === 0 ? (
          <p className="mt-4 text-slate-600">{t('agency.dashboard.noRecruiters')}</p>
        ) : (
          <div className="mt-4 overflow-x-auto">
            <table className="w-full text-left text-sm">
              <thead className="text-slate-600">
                <tr>
                  <th scope="col" className="py-2 pr-4">
                    {t('agency.dashboard.recruiter')}
                  </th>
                  <th scope="col" className="py-2 pr-4 text-right">
                    {t('agency.dashboard.candidates')}
                  </th>
                  <th scope="col" className="py-2 text-right">
                    {t('agency.dashboard.active')}
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-200">
                {dashboard.candidatesByRecruiter.map((row) => (
                  <tr key={row.recruiterId ?? 'none'}>
                    <th scope="row" className="py-2 pr-4 font-medium text-slate-900">
                      {row.recruiterName ?? t('agency.dashboard.unassigned')}
                    </th>
                    <td className="py-2 pr-4 text-right">{row.candidates}</td>
                    <td className="py-2 text-right">{row.active}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Card>

      <Card as="section" aria-labelledby="employers-title">
        <h2 id="employers-title" className="text-xl font-semibold text-slate-900">
          {t('agency.dashboard.employersTitle')}
        </h2>
        <p className="mt-1 text-slate-600">{t('agency.dashboard.employersDescription', { days: DAYS })}</p>
        <p className="mt-1 text-slate-600" data-testid="employer-median">
          {dashboard.employerMedian.employers === 0
            ? t('agency.dashboard.noMedian')
            : t('agency.dashboard.median', {
                employers: dashboard.employerMedian.employers,
                interviewRate: percent(dashboard.employerMedian.interviewRate),
                offerRate: percent(dashboard.employerMedian.offerRate),
              })}
        </p>
        {dashboard.employerPatterns.length === 0 ? (
          <EmptyState
            className="mt-4"
            headingLevel="h3"
            title={t('agency.dashboard.noEmployers')}
            description={t('agency.dashboard.noEmployersBody')}
          />
        ) : (
          <div className="mt-4 overflow-x-auto">
            <table className="w-full min-w-[48rem] text-left text-sm">
              <thead className="text-slate-600">
                <tr>
                  <th scope="col" className="py-2 pr-4">
                    {t('agency.dashboard.employer')}
                  </th>
                  <th scope="col" className="py-2 pr-4 text-right">
                    {t('agency.dashboard.decided')}
                  </th>
                  <th scope="col" className="py-2 pr-4 text-right">
                    {t('agency.dashboard.pending')}
                  </th>
                  <th scope="col" className="py-2 pr-4 text-right">
                    {t('agency.dashboard.interviewRate')}
                  </th>
                  <th scope="col" className="py-2 pr-4 text-right">
                    {t('agency.dashboard.offerRate')}
                  </th>
                  <th scope="col" className="py-2 pr-4 text-right">
                    {t('agency.dashboard.rejections')}
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    {t('agency.dashboard.byStage')}
                  </th>
                  <th scope="col" className="py-2">
                    {t('agency.dashboard.byReason')}
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-200 align-top">
                {dashboard.employerPatterns.map((row) => (
                  <tr key={row.employerId} data-testid="employer-pattern" data-employer={row.employer}>
                    <th scope="row" className="py-2 pr-4 font-medium text-slate-900">
                      {row.employer}
                    </th>
                    <td className="py-2 pr-4 text-right" data-field="decided">
                      {t('agency.dashboard.sample', { decided: row.decided, submissions: row.submissions })}
                    </td>
                    <td className="py-2 pr-4 text-right">{row.pending}</td>
                    <td className="py-2 pr-4 text-right">
                      <Rate rate={row.interviewRate} median={dashboard.employerMedian.interviewRate} />
                    </td>
                    <td className="py-2 pr-4 text-right">
                      <Rate rate={row.offerRate} median={dashboard.employerMedian.offerRate} />
                    </td>
                    <td className="py-2 pr-4 text-right">{row.rejections}</td>
                    <td className="py-2 pr-4">
                      <KeyCounts items={row.rejectionsByStage} labels={stageLabels} />
                    </td>
                    <td className="py-2">
                      <KeyCounts items={row.rejectionsByReason} labels={reasonLabels} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Card>
    </div>
  );
}

function stageLabels(key: string): string {
  const stage = key.toUpperCase();
  return (REJECTION_STAGES as readonly string[]).includes(stage)
    ? t(`labels.rejectionStage.${stage as (typeof REJECTION_STAGES)[number]}`)
    : humanize(key);
}

function reasonLabels(key: string): string {
  const reason = key.toUpperCase();
  return (REJECTION_REASONS as readonly string[]).includes(reason)
    ? t(`agency.pipeline.reasons.${reason as (typeof REJECTION_REASONS)[number]}`)
    : humanize(key);
}

function KeyCounts({
  items,
  labels,
}: {
  items: ReadonlyArray<{ key: string; count: number }>;
  labels: (key: string) => string;
}) {
  if (items.length === 0) return <span className="text-slate-500">—</span>;
  return (
    <ul className="space-y-1">
      {items.map((item) => (
        <li key={item.key}>{t('agency.dashboard.keyCount', { key: labels(item.key), count: item.count })}</li>
      ))}
    </ul>
  );
}

function humanize(key: string): string {
  const words = key.toLowerCase().replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
