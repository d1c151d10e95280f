import { cx } from '~/components/ui';
import { t } from '~/i18n/i18n';
import type { CheckInPoint, Heatmap } from './history';
import { REJECTION_REASONS, REJECTION_STAGES } from '~/graphql/enums';
import { formatDay, percent } from './format';

/**
 * Charts as tables first: every number is in the markup for screen readers and for people who would
 * rather read, and the bars, shades and lines are drawn on top of it.
 */

interface FunnelStep {
  step: 'APPLICATIONS' | 'SCREENS' | 'INTERVIEWS' | 'FINALS' | 'OFFERS';
  count: number;
  conversion: number | null | undefined;
  caseloadMedian: number | null | undefined;
}

function Bar({
  share,
  tone,
  label,
}: {
  share: number | null | undefined;
  tone: 'client' | 'median';
  label: string;
}) {
  const width = share == null ? 0 : Math.max(2, Math.round(share * 100));
  return (
    <div className="flex items-center gap-2">
      <div className="h-3 flex-1 rounded-full bg-slate-100" aria-hidden="true">
        <div
          className={cx('h-3 rounded-full', tone === 'client' ? 'bg-brand-600' : 'bg-slate-400')}
          style={{ width: `${width}%` }}
        />
      </div>
      <span className="w-12 text-right text-sm tabular-nums text-slate-800">{label}</span>
    </div>
  );
}

export function FunnelChart({ steps, caseloadSize }: { steps: readonly FunnelStep[]; caseloadSize: number }) {
  const value = (share: number | null | undefined) =>
    share == null
      ? t('clientPage.charts.noValue')
      : t('clientPage.charts.percent', { value: percent(share) });
  return (
    <figure>
      <figcaption className="text-sm text-slate-600">
        {t('clientPage.charts.funnelIntro', { size: caseloadSize })}
      </figcaption>
      <div className="mt-3 flex gap-4 text-xs text-slate-700" aria-hidden="true">
        <span className="flex items-center gap-1.5">
          <span className="h-2.5 w-2.5 rounded-full bg-brand-600" />
          {t('clientPage.charts.client')}
        </span>
        <span className="flex items-center gap-1.5">
          <span className="h-2.5 w-2.5 rounded-full bg-slate-400" />
          {t('clientPage.charts.median')}
        </span>
      </div>
      <table className="mt-3 w-full text-sm">
        <caption className="sr-only">{t('clientPage.charts.funnelCaption')}</caption>
        <thead>
          <tr className="text-left text-slate-700">
            <th scope="col" className="py-1 pr-3 font-semibold">
              {t('clientPage.charts.step')}
            </th>
            <th scope="col" className="py-1 pr-3 text-right font-semibold">
              {t('clientPage.charts.count')}
            </th>
            <th scope="col" className="w-2/5 py-1 pr-3 font-semibold">
              {t('clientPage.charts.client')}
            </th>
            <th scope="col" className="w-2/5 py-1 font-semibold">
              {t('clientPage.charts.median')}
            </th>
          </tr>
        </thead>
        <tbody>
          {steps.map((step) => (
            <tr key={step.step} className="border-t border-slate-100">
              <th scope="row" className="py-2 pr-3 text-left font-medium text-slate-900">
                {t(`labels.funnelStep.${step.step}`)}
              </th>
              <td className="py-2 pr-3 text-right tabular-nums">{step.count}</td>
              <td className="py-2 pr-3">
                <Bar share={step.conversion} tone="client" label={value(step.conversion)} />
              </td>
              <td className="py-2">
                <Bar share={step.caseloadMedian} tone="median" label={value(step.caseloadMedian)} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

/** Shades of the brand colour by count; text switches to white where the shade gets dark. */
function cellTone(count: number, max: number): string {
  if (count === 0 || max === 0) return 'bg-white text-slate-500';
  const level = count / max;
  if (level > 0.75) return 'bg-brand-800 text-white';
  if (level > 0.5) return 'bg-brand-600 text-white';
  if (level > 0.25) return 'bg-brand-200 text-brand-950';
  return 'bg-brand-100 text-brand-950';
}

export function StageReasonHeatmap({ heatmap }: { heatmap: Heatmap }) {
  if (heatmap.total === 0)
    return <p className="text-sm text-slate-600">{t('clientPage.charts.heatmapEmpty')}</p>;
  return (
    <figure>
      <figcaption className="text-sm text-slate-600">
        {t('clientPage.charts.heatmapIntro')}{' '}
        {t('coachLoops.baseline.heatmapLegend', {
          total: heatmap.total,
          size: heatmap.caseloadSize,
          caseloadTotal: heatmap.caseloadTotal,
        })}
      </figcaption>
      <div
        className="mt-3 overflow-x-auto"
        tabIndex={0}
        role="region"
        aria-label={t('clientPage.charts.heatmapTitle')}
      >
        <table className="min-w-[44rem] border-separate border-spacing-1 text-sm">
          <caption className="sr-only">{t('clientPage.charts.heatmapCaption')}</caption>
          <thead>
            <tr>
              <th scope="col" className="px-2 py-1 text-left text-xs font-semibold text-slate-700">
                {t('clientPage.charts.stageReached')}
              </th>
              {REJECTION_REASONS.map((reason) => (
                <th
                  key={reason}
                  scope="col"
                  className="w-20 px-1 py-1 text-left align-bottom text-xs font-semibold text-slate-700"
                >
                  {t(`labels.reason.${reason}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {REJECTION_STAGES.map((stage) => (
              <tr key={stage}>
                <th
                  scope="row"
                  className="px-2 py-1 text-left text-xs font-semibold whitespace-nowrap text-slate-700"
                >
                  {t(`labels.rejectionStage.${stage}`)}
                </th>
                {REJECTION_REASONS.map((reason) => {
                  const cell = heatmap.cells[stage][reason];
                  return (
                    <td
                      key={reason}
                      data-testid={`heatmap-${stage}-${reason}`}
                      className={cx(
                        'h-12 rounded-md px-1 text-center tabular-nums ring-1 ring-slate-200 ring-inset',
                        cellTone(cell.count, heatmap.max),
                      )}
                    >
                      <span className="block font-semibold">{cell.count}</span>
                      <span className="block text-[11px] leading-tight">
                        {t('coachLoops.baseline.cellShares', {
                          share: percent(cell.share),
                          caseload: percent(cell.caseloadShare),
                        })}
                      </span>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}

const WIDTH = 320;
const HEIGHT = 140;
const PAD = 24;

export function CheckInTrend({ points }: { points: readonly CheckInPoint[] }) {
  if (points.length === 0)
    return <p className="text-sm text-slate-600">{t('clientPage.charts.checkInEmpty')}</p>;
  const x = (index: number) =>
    points.length === 1 ? WIDTH / 2 : PAD + (index * (WIDTH - 2 * PAD)) / (points.length - 1);
  const y = (value: number) => HEIGHT - PAD - ((value - 1) * (HEIGHT - 2 * PAD)) / 4;
  const path = points.map((point, index) => `${index ? 'L' : 'M'}${x(index)},${y(point.value)}`).join(' ');
  return (
    <figure>
      <figcaption className="text-sm text-slate-600">{t('clientPage.charts.checkInIntro')}</figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="mt-3 w-full max-w-xl" aria-hidden="true">
        {[1, 2, 3, 4, 5].map((level) => (
          <g key={level}>
            <line x1={PAD} x2={WIDTH - PAD / 2} y1={y(level)} y2={y(level)} className="stroke-slate-200" />
            <text x={PAD - 8} y={y(level) + 4} className="fill-slate-600 text-[10px]" textAnchor="end">
              {level}
            </text>
          </g>
        ))}
        <path d={path} fill="none" className="stroke-accent-600" strokeWidth={2} />
        {points.map((point, index) => (
          <circle
            key={`${point.day}-${index}`}
            cx={x(index)}
            cy={y(point.value)}
            r={4}
            className="fill-accent-600"
          />
        ))}
      </svg>
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer font-semibold text-brand-800">
          {t('clientPage.charts.checkInCaption')}
        </summary>
        <table className="mt-2 text-sm">
          <caption className="sr-only">{t('clientPage.charts.checkInCaption')}</caption>
          <thead>
            <tr className="text-left">
              <th scope="col" className="pr-4 font-semibold">
                {t('clientPage.charts.date')}
              </th>
              <th scope="col" className="pr-4 font-semibold">
                {t('clientPage.charts.company')}
              </th>
              <th scope="col" className="font-semibold">
                {t('clientPage.charts.checkIn')}
              </th>
            </tr>
          </thead>
          <tbody>
            {points.map((point, index) => (
              <tr key={`${point.day}-${index}`}>
                <td className="pr-4">{formatDay(point.day)}</td>
                <td className="pr-4">{point.company}</td>
                <td className="tabular-nums">{point.value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
