import { TRIAGE_WEIGHTS, type TriageReasonKind } from '@rebound/domain';
import { cx } from '~/components/ui';
import { t } from '~/i18n/i18n';
import type { TriageReasonKind as ReasonKindEnum } from '~/graphql/generated/graphql';

export interface AttentionReason {
  kind: ReasonKindEnum;
  points: number;
  sentence: string;
}

/** How urgent a score looks: words and shape as well as colour. */
export function scoreTone(score: number): string {
  if (score >= 40) return 'bg-red-50 text-red-800 ring-red-200';
  if (score >= 15) return 'bg-accent-50 text-accent-800 ring-accent-200';
  return 'bg-slate-100 text-slate-700 ring-slate-300';
}

function weightOf(kind: ReasonKindEnum): string {
  const weight = TRIAGE_WEIGHTS[kind.toLowerCase() as TriageReasonKind];
  return t(
    weight.per === 'each' ? 'coachLoops.scoreExplained.weightEach' : 'coachLoops.scoreExplained.weightFlat',
    {
      weight: weight.points,
    },
  );
}

/** The attention score explained: one line per reason with its points and what each occurrence weighs. */
export function AttentionReasonList({
  score,
  reasons,
  className,
}: {
  score: number;
  reasons: readonly AttentionReason[];
  className?: string;
}) {
  if (reasons.length === 0)
    return <p className={cx('text-sm text-slate-700', className)}>{t('coachLoops.scoreExplained.none')}</p>;
  return (
    <div className={cx('text-sm', className)}>
      <p className="text-slate-700">{t('coachLoops.scoreExplained.total', { score })}</p>
      <ul className="mt-2 space-y-1.5" aria-label={t('coachLoops.scoreExplained.title')}>
        {reasons.map((reason) => (
          <li key={reason.kind} className="flex gap-2 text-slate-900">
            <span className="w-8 flex-none text-right font-semibold tabular-nums">+{reason.points}</span>
            <span>
              {reason.sentence} <span className="text-slate-600">({weightOf(reason.kind)})</span>
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * The score as a disclosure: the number is the button, the reasons open beneath it. A native
 * `<details>` keeps it keyboard-operable (Enter or Space on the summary) without script.
 */
export function AttentionScoreDisclosure({
  score,
  reasons,
}: {
  score: number;
  reasons: readonly AttentionReason[];
}) {
  return (
    <details className="group relative flex-none" data-testid="attention-disclosure">
      <summary
        className={cx(
          'flex h-12 w-12 cursor-pointer list-none flex-col items-center justify-center rounded-xl ring-1 ring-inset focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 [&::-webkit-details-marker]:hidden',
          scoreTone(score),
        )}
        aria-label={t('coachLoops.scoreExplained.toggleLabel', { score })}
      >
        <span
          className="text-lg leading-none font-bold"
          role="img"
          aria-label={t('caseload.score', { score })}
        >
          {score}
        </span>
        <span className="text-[10px] leading-tight underline underline-offset-2" aria-hidden="true">
          {t('coachLoops.scoreExplained.toggle')}
        </span>
      </summary>
      <div className="absolute top-14 left-0 z-20 w-[min(20rem,calc(100vw-5.5rem))] rounded-xl bg-white p-4 shadow-lg ring-1 ring-slate-200">
        <p className="font-semibold text-slate-900">{t('coachLoops.scoreExplained.title')}</p>
        <AttentionReasonList score={score} reasons={reasons} className="mt-1" />
      </div>
    </details>
  );
}
