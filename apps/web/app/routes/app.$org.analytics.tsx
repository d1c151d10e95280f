import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Form, Link, useLoaderData } from '@remix-run/react';
import { apiFailure, requireMembership } from '~/auth/viewer.server';
import { RouteError } from '~/components/RouteError';
import { SeriesBarChart } from '~/coach/AnalyticsCharts';
import { FigureTable } from '~/coach/FigureTable';
import { analyticsRange, loadAnalytics } from '~/coach/analytics.server';
import { formatDay, formatMoment, percent } from '~/coach/format';
import { REJECTION_REASONS, REJECTION_STAGES } from '~/graphql/enums';
import { COACHING_ROLES, seesAllCoaches } from '~/coach/roles';
import { textLinkClasses } from '~/components/AuthPanel';
import { Button, Card, LinkButton, PageHeader, TextField } from '~/components/ui';
import { t } from '~/i18n/i18n';
import { timeZoneOf } from '~/i18n/time-zone';

export const meta: MetaFunction = () => [{ title: t('coachLoops.analytics.metaTitle') }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { organization } = await requireMembership(request, params.org, COACHING_ROLES);
  const url = new URL(request.url);
  try {
    const analytics = await loadAnalytics(request, organization.slug, analyticsRange(url));
    return {
      organization,
      analytics,
      computedAt: formatMoment(analytics.computedAt, timeZoneOf(request), true),
      search: url.search,
    };
  } catch (error) {
    return apiFailure(error, request);
  }
}

function Figure({ label, value, detail }: { label: string; value: string; detail?: string }) {
  return (
    <Card as="div" className="sm:p-5">
      <dt className="text-sm font-semibold text-slate-600">{label}</dt>
      <dd className="mt-1 text-2xl font-bold text-slate-900 tabular-nums">{value}</dd>
      {detail ? <dd className="mt-1 text-sm text-slate-600">{detail}</dd> : null}
    </Card>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <Card as="section" aria-labelledby={id} className="space-y-4 sm:p-6">
      <h2 id={id} className="text-xl font-semibold text-slate-900">
        {title}
      </h2>
      {children}
    </Card>
  );
}

/** Rejection patterns, funnels, replies and outcomes across the organization (a coach: their caseload). */
export default function AnalyticsPage() {
  const { organization, analytics, computedAt, search } = useLoaderData<typeof loader>();
  const base = `/app/${organization.slug}`;
  const noCoach = t('coachLoops.analytics.noCoach');
  const requested = analytics.replyRateByStage.reduce((sum, row) => sum + row.requested, 0);
  const answered = analytics.replyRateByStage.reduce((sum, row) => sum + row.answered, 0);
  const cell = (stage: string, reason: string) =>
    analytics.stageReasonMatrix.find((c) => c.stage === stage && c.reason === reason)?.count ?? 0;
  const share = (count: number) => (analytics.rejections ? count / analytics.rejections : 0);
  const funnelRows = analytics.funnelByCoach.map((coach) => ({
    coach: coach.coachName ?? noCoach,
    ...Object.fromEntries(coach.steps.map((step) => [step.step, step.count])),
  }));
  const steps = analytics.funnelByCoach[0]?.steps.map((step) => step.step) ?? [];
  const replyRows = analytics.replyRateByStage.map((row) => ({
    stage: t(`labels.rejectionStage.${row.label.toUpperCase() as 'FINAL_ROUND'}`),
    requested: row.requested,
    answered: row.answered,
  }));
  const months = [...new Set(analytics.outcomes.map((row) => row.month))];
  const outcomeRows = months.map((month) => ({
    month,
    placed: analytics.outcomes.filter((row) => row.month === month).reduce((s, row) => s + row.placed, 0),
    paused: analytics.outcomes.filter((row) => row.month === month).reduce((s, row) => s + row.paused, 0),
  }));
  return (
    <div className="mx-auto max-w-6xl space-y-8 px-4 py-10 sm:px-6 sm:py-14">
      <PageHeader
        title={t('coachLoops.analytics.title')}
        description={
          seesAllCoaches(organization.role)
            ? t('coachLoops.analytics.introOrganization', { organization: organization.name })
            : t('coachLoops.analytics.introCaseload')
        }
        actions={
          <LinkButton to={`${base}/analytics.csv${search}`} reloadDocument variant="secondary">
            {t('coachLoops.analytics.download')}
          </LinkButton>
        }
      />
      <Form
        method="get"
        aria-label={t('coachLoops.analytics.range')}
        className="flex flex-wrap items-end gap-4 rounded-2xl bg-white p-4 shadow-sm ring-1 ring-slate-200"
      >
        <TextField
          label={t('coachLoops.analytics.from')}
          name="from"
          type="date"
          defaultValue={analytics.from}
        />
        <TextField label={t('coachLoops.analytics.to')} name="to" type="date" defaultValue={analytics.to} />
        <Button type="submit">{t('coachLoops.analytics.apply')}</Button>
        <p className="flex flex-wrap gap-4 text-sm">
          <Link to="?days=30" className={textLinkClasses}>
            {t('coachLoops.analytics.last30')}
          </Link>
          <Link to="?days=90" className={textLinkClasses}>
            {t('coachLoops.analytics.last90')}
          </Link>
          <Link to="?days=365" className={textLinkClasses}>
            {t('coachLoops.analytics.last365')}
          </Link>
        </p>
      </Form>
      <p className="text-sm text-slate-600">
        {t('coachLoops.analytics.rangeSentence', {
          from: formatDay(analytics.from),
          to: formatDay(analytics.to),
          computedAt,
        })}
      </p>
      <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <Figure label={t('coachLoops.analytics.applications')} value={String(analytics.applications)} />
        <Figure label={t('coachLoops.analytics.rejections')} value={String(analytics.rejections)} />
        <Figure
          label={t('coachLoops.analytics.replyRate')}
          value={requested ? `${percent(answered / requested)}%` : '—'}
          detail={
            requested
              ? t('coachLoops.analytics.replyRateValue', { rate: percent(answered / requested), requested })
              : t('coachLoops.analytics.noRequests')
          }
        />
        <Figure
          label={t('coachLoops.analytics.rebound')}
          value={
            analytics.reboundTime.medianDays === null
              ? t('coachLoops.analytics.reboundNone')
              : t('coachLoops.analytics.reboundValue', { days: analytics.reboundTime.medianDays })
          }
          detail={t('coachLoops.analytics.reboundDetail', {
            measured: analytics.reboundTime.measured,
            notYet: analytics.reboundTime.notYet,
          })}
        />
      </dl>

      <Section id="matrix-title" title={t('coachLoops.analytics.matrixTitle')}>
        <FigureTable
          caption={t('coachLoops.analytics.matrixCaption')}
          columns={[
            t('coachLoops.analytics.matrixStage'),
            ...REJECTION_REASONS.map((reason) => t(`labels.reason.${reason}`)),
          ]}
          rows={REJECTION_STAGES.map((stage) => ({
            key: stage,
            label: t(`labels.rejectionStage.${stage}`),
            cells: REJECTION_REASONS.map((reason) => {
              const count = cell(stage, reason);
              return count
                ? {
                    value: t('coachLoops.analytics.matrixCell', { count, share: percent(share(count)) }),
                    style: {
                      backgroundColor: `rgba(21, 92, 87, ${Math.min(0.3, 0.06 + share(count) * 0.8).toFixed(2)})`,
                    },
                  }
                : '·';
            }),
          }))}
        />
      </Section>

      <Section id="funnel-title" title={t('coachLoops.analytics.funnelTitle')}>
        {funnelRows.length ? (
          <>
            <SeriesBarChart
              rows={funnelRows}
              categoryKey="coach"
              series={steps.map((step) => ({ key: step, label: t(`labels.funnelStep.${step}`) }))}
            />
            <FigureTable
              caption={t('coachLoops.analytics.funnelCaption')}
              columns={[
                t('coachLoops.analytics.coach'),
                ...steps.map((step) => t(`labels.funnelStep.${step}`)),
              ]}
              rows={analytics.funnelByCoach.map((coach) => ({
                key: coach.coachId ?? 'none',
                label: coach.coachName ?? noCoach,
                cells: coach.steps.map(
                  (step) =>
                    `${step.count}${step.conversion !== null && step.conversion !== undefined ? ` (${percent(step.conversion)}%)` : ''}`,
                ),
              }))}
            />
          </>
        ) : (
          <p className="text-slate-600">{t('coachLoops.analytics.empty')}</p>
        )}
      </Section>

      <div className="grid gap-8 lg:grid-cols-2">
        <Section id="reply-title" title={t('coachLoops.analytics.replyTitle')}>
          {replyRows.length ? (
            <>
              <SeriesBarChart
                rows={replyRows}
                categoryKey="stage"
                series={[
                  { key: 'requested', label: t('coachLoops.analytics.requested') },
                  { key: 'answered', label: t('coachLoops.analytics.answered') },
                ]}
              />
              <FigureTable
                caption={t('coachLoops.analytics.replyCaption')}
                columns={[
                  t('coachLoops.analytics.matrixStage'),
                  t('coachLoops.analytics.requested'),
                  t('coachLoops.analytics.answered'),
                  t('coachLoops.analytics.rate'),
                ]}
                rows={analytics.replyRateByStage.map((row, index) => ({
                  key: row.label,
                  label: replyRows[index].stage,
                  cells: [row.requested, row.answered, row.rate === null ? '—' : `${percent(row.rate)}%`],
                }))}
              />
            </>
          ) : (
            <p className="text-slate-600">{t('coachLoops.analytics.empty')}</p>
          )}
        </Section>

        <Section id="outcomes-title" title={t('coachLoops.analytics.outcomesTitle')}>
          {analytics.outcomes.length ? (
            <>
              <SeriesBarChart
                rows={outcomeRows}
                categoryKey="month"
                stacked
                series={[
                  { key: 'placed', label: t('coachLoops.analytics.placed') },
                  { key: 'paused', label: t('coachLoops.analytics.paused') },
                ]}
              />
              <FigureTable
                caption={t('coachLoops.analytics.outcomesCaption')}
                columns={[
                  t('coachLoops.analytics.month'),
                  t('coachLoops.analytics.coach'),
                  t('coachLoops.analytics.placed'),
                  t('coachLoops.analytics.paused'),
                ]}
                rows={analytics.outcomes.map((row) => ({
                  key: `${row.month}:${row.coachId ?? 'none'}`,
                  label: row.month,
                  cells: [row.coachName ?? noCoach, row.placed, row.paused],
                }))}
              />
            </>
          ) : (
            <p className="text-slate-600">{t('coachLoops.analytics.empty')}</p>
          )}
        </Section>
      </div>
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
