import { cx } from '~/components/ui';
import { t } from '~/i18n/i18n';
import { FLOW_STEPS, FLOW_STEP_LABELS, type FlowStep } from '~/me/rejection-flow';

export function Progress({ step }: { step: FlowStep }) {
  const current = FLOW_STEPS.indexOf(step);
  return (
    <nav aria-label={t('me.flow.progressLabel')} className="space-y-3">
      <p className="text-sm font-semibold text-brand-800">
        {t('me.flow.stepOf', { current: current + 1, total: FLOW_STEPS.length })}
      </p>
      <div
        className="h-2 overflow-hidden rounded-full bg-slate-200"
        role="progressbar"
        aria-label={t('me.flow.progressLabel')}
        aria-valuemin={1}
        aria-valuemax={FLOW_STEPS.length}
        aria-valuenow={current + 1}
      >
        <div
          className="h-full bg-brand-700"
          style={{ width: `${((current + 1) / FLOW_STEPS.length) * 100}%` }}
        />
      </div>
      <ol className="hidden gap-2 text-sm sm:flex">
        {FLOW_STEPS.map((candidate, index) => (
          <li
            key={candidate}
            aria-current={index === current ? 'step' : undefined}
            className={cx(
              'flex-1 rounded-lg px-2 py-1 text-center',
              index === current
                ? 'bg-brand-50 font-semibold text-brand-800 ring-1 ring-brand-200'
                : index < current
                  ? 'text-slate-700'
                  : 'text-slate-600',
            )}
          >
            {t(FLOW_STEP_LABELS[candidate])}
          </li>
        ))}
      </ol>
    </nav>
  );
}
