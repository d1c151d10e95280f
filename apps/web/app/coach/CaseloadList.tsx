import { Link } from '@remix-run/react';
import { Badge } from '~/components/ui';
import { AttentionScoreDisclosure } from './AttentionExplanation';
import { t } from '~/i18n/i18n';
import type { loadCaseload } from './caseload.server';
import { formatDay } from './format';

type Entry = Awaited<ReturnType<typeof loadCaseload>>['edges'][number]['node'];

function openItems(entry: Entry): string[] {
  const { counts } = entry;
  const items: string[] = [];
  if (counts.submissionsToReview)
    items.push(t('caseload.openItems.toReview', { count: counts.submissionsToReview }));
  if (counts.overdueExercises)
    items.push(t('caseload.openItems.overdue', { count: counts.overdueExercises }));
  if (counts.openPlanItems) items.push(t('caseload.openItems.planItems', { count: counts.openPlanItems }));
  if (counts.pendingFeedbackRequests)
    items.push(t('caseload.openItems.feedback', { count: counts.pendingFeedbackRequests }));
  if (counts.openApplications)
    items.push(t('caseload.openItems.applications', { count: counts.openApplications }));
  return items;
}

function primaryCoach(entry: Entry): string | null {
  const coaches = entry.client.coaches;
  return (coaches.find((coach) => coach.primary) ?? coaches[0])?.name ?? null;
}

export function CaseloadList({
  entries,
  base,
  showCoach = false,
  bulkFormId,
}: {
  entries: Entry[];
  base: string;
  /** Owners and admins see everyone's clients: each card says whose they are. */
  showCoach?: boolean;
  /** The id of the bulk form the cards' checkboxes belong to, when there is one. */
  bulkFormId?: string;
}) {
  return (
    <ol className="space-y-3" aria-label={t('caseload.title')}>
      {entries.map((entry) => {
        const { client, lastRejection } = entry;
        const items = openItems(entry);
        return (
          <li
            key={entry.id}
            className="rounded-2xl bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:p-5"
            data-testid="caseload-entry"
          >
            <div className="flex flex-col gap-4 lg:flex-row lg:items-start">
              <div className="flex items-start gap-4 lg:w-72 lg:flex-none">
                {bulkFormId ? (
                  <input
                    type="checkbox"
                    name="clientIds"
                    value={client.id}
                    form={bulkFormId}
                    aria-label={t('coachLoops.bulk.select', { name: client.name })}
                    className="mt-4 h-5 w-5 flex-none rounded border-slate-400 text-brand-700 focus-visible:outline-2 focus-visible:outline-brand-600"
                  />
                ) : null}
                <AttentionScoreDisclosure score={entry.attentionScore} reasons={entry.attentionReasons} />
                <div className="min-w-0">
                  <h3 className="text-base font-semibold text-slate-900">
                    <Link
                      to={`${base}/caseload/${client.id}`}
                      className="underline-offset-4 hover:underline focus-visible:outline-2 focus-visible:outline-brand-600"
                    >
                      {client.name}
                    </Link>
                  </h3>
                  <p className="mt-1 flex flex-wrap gap-2 text-sm text-slate-600">
                    <Badge
                      tone={client.status === 'ACTIVE' ? 'brand' : 'neutral'}
                      className="px-2 py-0.5 text-xs"
                    >
                      {t(`labels.clientStatus.${client.status}`)}
                    </Badge>
                    {showCoach ? (
                      <span>
                        {primaryCoach(entry)
                          ? t('coachLoops.caseloadCard.coach', { name: primaryCoach(entry)! })
                          : t('coachLoops.caseloadCard.noCoach')}
                      </span>
                    ) : null}
                    {entry.insightCount ? (
                      <span>
                        {entry.insightCount === 1
                          ? t('caseload.insightsOne')
                          : t('caseload.insights', { count: entry.insightCount })}
                      </span>
                    ) : null}
                  </p>
                </div>
              </div>
              <div className="min-w-0 flex-1 space-y-3">
                {entry.attentionReasons.length ? (
                  <ul className="flex flex-wrap gap-2" aria-label={t('caseload.columns.reasons')}>
                    {entry.attentionReasons.map((reason) => (
                      <li
                        key={reason.kind}
                        className="rounded-full bg-accent-50 px-3 py-1 text-sm text-accent-800 ring-1 ring-accent-200 ring-inset"
                      >
                        {reason.sentence}
                      </li>
                    ))}
                  </ul>
                ) : (
                  <p className="text-sm text-slate-600">{t('caseload.noReasons')}</p>
                )}
                <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-2">
                  <div>
                    <dt className="font-semibold text-slate-900">{t('caseload.columns.lastRejection')}</dt>
                    <dd className="text-slate-700">
                      {lastRejection ? (
                        <Link
                          to={`${base}/caseload/${client.id}/rejections/${lastRejection.id}`}
                          className="underline-offset-4 hover:underline"
                        >
                          {t('caseload.lastRejection', {
                            company: lastRejection.application.company,
                            stage: t(`labels.rejectionStage.${lastRejection.stageReached}`),
                            date: formatDay(lastRejection.rejectedOn),
                          })}
                        </Link>
                      ) : (
                        t('caseload.noRejection')
                      )}
                    </dd>
                  </div>
                  <div>
                    <dt className="font-semibold text-slate-900">{t('caseload.columns.open')}</dt>
                    <dd className="text-slate-700">
                      {items.length ? items.join(' · ') : t('caseload.openItems.none')}
                    </dd>
                  </div>
                </dl>
              </div>
            </div>
          </li>
        );
      })}
    </ol>
  );
}
