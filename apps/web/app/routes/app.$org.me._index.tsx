import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import type { NextStep, ProgressNote } from '@rebound/domain';
import { apiFailure } from '~/auth/viewer.server';
import { Badge, Card, EmptyState, LinkButton, PageHeader } from '~/components/ui';
import { formatDate, formatDay } from '~/i18n/format';
import { defaultLocale, t, tPlural } from '~/i18n/i18n';
import { timeZoneOf } from '~/i18n/time-zone';
import type { ActivityItem } from '~/me/activity';
import { loadWorkspaceHome } from '~/me/home.server';
import { todayIn, requireClientWorkspace } from '~/me/workspace.server';

export const meta: MetaFunction = () => [{ title: t('me.home.metaTitle') }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const workspace = await requireClientWorkspace(request, params.org);
  const timeZone = timeZoneOf(request);
  try {
    const home = await loadWorkspaceHome(request, workspace.org, workspace.clientId, todayIn(timeZone));
    return { workspace, timeZone, ...home };
  } catch (error) {
    return apiFailure(error, request);
  }
}

function noteText(note: ProgressNote): string {
  switch (note.key) {
    case 'plan_progress':
      return t('me.home.notes.plan_progress', { done: note.done, total: note.total });
    default:
      return tPlural(`me.home.notes.${note.key}`, note.count);
  }
}

function stepHref(base: string, step: NextStep): string {
  switch (step.kind) {
    case 'exercise':
      return `${base}/exercises/${step.id}`;
    case 'plan_item':
      return `${base}/plan#item-${step.id}`;
    default:
      return `${base}/feedback#request-${step.id}`;
  }
}

function stepTitle(step: NextStep): string {
  if (step.kind === 'follow_up') return t('me.home.followUpTitle', { company: step.title });
  if (step.kind === 'feedback_draft') return t('me.home.draftTitle', { company: step.title });
  return step.title;
}

function activityText(item: ActivityItem): string {
  switch (item.kind) {
    case 'stage':
      return t('me.home.activity.stage', {
        company: item.company,
        stage: t(`labels.applicationStage.${item.stage}`),
      });
    case 'rejection':
      return t('me.home.activity.rejection', { company: item.company });
    case 'exercise_submitted':
    case 'exercise_reviewed':
      return t(`me.home.activity.${item.kind}`, { title: item.title });
    case 'feedback_answered':
      return t('me.home.activity.feedback_answered', { company: item.company });
    case 'plan':
      return item.actorName
        ? t('me.home.activity.plan', { name: item.actorName })
        : t('me.home.activity.planByYou');
  }
}

function when(at: string, timeZone: string): string {
  return at.length === 10 ? formatDay(at, defaultLocale) : formatDate(at, timeZone, defaultLocale);
}

/** The client's home: what to do next, how it is going, and what happened lately. */
export default function WorkspaceHome() {
  const { workspace, timeZone, nextSteps, summary, activity } = useLoaderData<typeof loader>();
  const { base } = workspace;
  return (
    <div className="space-y-8">
      <PageHeader
        title={t('me.home.title', { name: workspace.viewerName })}
        description={workspace.coachName ? t('me.home.coachLine', { coach: workspace.coachName }) : undefined}
        actions={
          <>
            <LinkButton to={`${base}/rejections/new`}>{t('me.home.logRejection')}</LinkButton>
            <LinkButton to={`${base}/applications/new`} variant="secondary">
              {t('me.home.addApplication')}
            </LinkButton>
          </>
        }
      />

      <Card as="section" aria-labelledby="summary-title" className="bg-brand-50/40">
        <h2 id="summary-title" className="text-xl font-semibold text-slate-900">
          {t('me.home.summaryTitle')}
        </h2>
        <p className="mt-3 text-lg text-slate-800">{t(`me.home.headline.${summary.headline}`)}</p>
        {summary.notes.length ? (
          <ul className="mt-4 list-disc space-y-1 pl-5 text-slate-700">
            {summary.notes.map((note) => (
              <li key={note.key}>{noteText(note)}</li>
            ))}
          </ul>
        ) : null}
      </Card>

      <div className="grid gap-8 lg:grid-cols-[3fr_2fr]">
        <section aria-labelledby="next-title" className="space-y-4">
          <h2 id="next-title" className="text-xl font-semibold text-slate-900">
            {t('me.home.nextTitle')}
          </h2>
          {nextSteps.length ? (
            <ol className="space-y-3">
              {nextSteps.map((step) => (
                <li key={`${step.kind}-${step.id}`}>
                  <Link
                    to={stepHref(base, step)}
                    className="flex flex-col gap-2 rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200 hover:ring-brand-600 focus-visible:outline-2 focus-visible:outline-brand-600 sm:flex-row sm:items-center sm:justify-between"
                  >
                    <span>
                      <span className="block text-sm text-slate-600">
                        {t(`me.home.stepKind.${step.kind}`)}
                      </span>
                      <span className="block font-semibold text-slate-900">{stepTitle(step)}</span>
                    </span>
                    <span className="flex flex-wrap items-center gap-2 text-sm text-slate-700">
                      <Badge
                        tone={step.urgency === 'overdue' || step.urgency === 'today' ? 'accent' : 'neutral'}
                      >
                        {t(`me.home.urgency.${step.urgency}`)}
                      </Badge>
                      {step.dueOn ? (
                        <span>{t('me.common.due', { date: formatDay(step.dueOn, defaultLocale) })}</span>
                      ) : null}
                    </span>
                  </Link>
                </li>
              ))}
            </ol>
          ) : (
            <EmptyState
              headingLevel="h3"
              title={t('me.home.nextEmpty.title')}
              description={t('me.home.nextEmpty.body')}
              action={<LinkButton to={`${base}/applications/new`}>{t('me.home.addApplication')}</LinkButton>}
            />
          )}
        </section>

        <section aria-labelledby="activity-title" className="space-y-4">
          <h2 id="activity-title" className="text-xl font-semibold text-slate-900">
            {t('me.home.activityTitle')}
          </h2>
          {activity.length ? (
            <ul className="divide-y divide-slate-200 rounded-xl bg-white px-4 shadow-sm ring-1 ring-slate-200">
              {activity.map((item) => (
                <li key={item.id} className="py-3">
                  <p className="text-slate-900">{activityText(item)}</p>
                  <p className="text-sm text-slate-600">
                    <time dateTime={item.at}>{when(item.at, timeZone)}</time>
                  </p>
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-slate-600">{t('me.home.activityEmpty')}</p>
          )}
        </section>
      </div>
    </div>
  );
}
