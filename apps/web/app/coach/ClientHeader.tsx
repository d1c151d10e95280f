import { Badge, LinkButton, cx } from '~/components/ui';
import { t } from '~/i18n/i18n';
import { AttentionReasonList, scoreTone, type AttentionReason } from './AttentionExplanation';
import { percent } from './format';

interface Props {
  client: {
    name: string;
    status: 'ACTIVE' | 'PAUSED' | 'PLACED' | 'ARCHIVED';
    targetRoles: readonly string[];
    coaches: ReadonlyArray<{ name: string; primary: boolean }>;
  };
  progress: { done: number; total: number; share: number };
  planHref: string;
  attention: { score: number; reasons: readonly AttentionReason[] };
}

/** The top of a client's page: who they are, their status and how far the plan has come. */
export function ClientHeader({ client, progress, planHref, attention }: Props) {
  return (
    <header className="flex flex-col gap-6 rounded-2xl bg-white p-6 shadow-sm ring-1 ring-slate-200 sm:flex-row sm:items-end sm:justify-between sm:p-8">
      <div className="min-w-0">
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-3xl font-bold tracking-tight text-slate-900">{client.name}</h1>
          <Badge tone={client.status === 'ACTIVE' ? 'brand' : 'neutral'}>
            {t(`labels.clientStatus.${client.status}`)}
          </Badge>
        </div>
        {client.targetRoles.length ? (
          <p className="mt-2 text-slate-700">
            {t('clientPage.targetRoles', { roles: client.targetRoles.join(', ') })}
          </p>
        ) : null}
        {client.coaches.length ? (
          <p className="mt-1 text-sm text-slate-600">
            {t('clientPage.coaches', { names: client.coaches.map((coach) => coach.name).join(', ') })}
          </p>
        ) : null}
        <section
          aria-labelledby="attention-title"
          className="mt-5 flex items-start gap-4"
          data-testid="attention-explained"
        >
          <span
            className={cx(
              'inline-flex h-12 w-12 flex-none items-center justify-center rounded-xl text-lg font-bold ring-1 ring-inset',
              scoreTone(attention.score),
            )}
            role="img"
            aria-label={t('caseload.score', { score: attention.score })}
          >
            {attention.score}
          </span>
          <div className="min-w-0">
            <h2 id="attention-title" className="text-sm font-semibold text-slate-900">
              {t('coachLoops.scoreExplained.title')}
            </h2>
            <AttentionReasonList score={attention.score} reasons={attention.reasons} className="mt-1" />
          </div>
        </section>
      </div>
      <div className="w-full sm:w-72">
        <p className="text-sm font-semibold text-slate-900" id="plan-progress-label">
          {progress.total
            ? t('clientPage.planProgress', { done: progress.done, total: progress.total })
            : t('clientPage.planProgressEmpty')}
        </p>
        <div
          className="mt-2 h-2.5 rounded-full bg-slate-100"
          role="progressbar"
          aria-labelledby="plan-progress-label"
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={Number(percent(progress.share))}
        >
          <div className="h-2.5 rounded-full bg-brand-600" style={{ width: `${percent(progress.share)}%` }} />
        </div>
        <LinkButton to={planHref} variant="secondary" className="mt-4 w-full">
          {t('clientPage.openPlan')}
        </LinkButton>
      </div>
    </header>
  );
}
