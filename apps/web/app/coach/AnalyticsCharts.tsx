import { useEffect, useState, type ReactNode } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { t } from '~/i18n/i18n';

/** Brand and accent shades from the theme, dark enough against white for AA. */
const SERIES_COLOURS = ['#155c57', '#b45309', '#475569', '#0f766e', '#9f1239', '#1d4ed8'];

/**
 * A chart drawn in the browser only: it measures its box, which the server cannot. Until then (and for
 * assistive technology always) the table that follows it carries the same figures.
 */
function ClientOnlyChart({ children, height = 260 }: { children: ReactNode; height?: number }) {
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  return (
    <div aria-hidden="true" style={{ height }} className="w-full">
      {mounted ? (
        <ResponsiveContainer width="100%" height="100%">
          {children as never}
        </ResponsiveContainer>
      ) : null}
    </div>
  );
}

export interface SeriesChartProps {
  /** One row per x-axis category; each series is a numeric key of the rows. */
  rows: ReadonlyArray<Record<string, string | number>>;
  categoryKey: string;
  series: ReadonlyArray<{ key: string; label: string }>;
  stacked?: boolean;
}

/** Grouped (or stacked) bars: funnel by coach, replies by stage, outcomes by month. */
export function SeriesBarChart({ rows, categoryKey, series, stacked = false }: SeriesChartProps) {
  return (
    <>
      <p className="sr-only">{t('coachLoops.analytics.chartHidden')}</p>
      <ClientOnlyChart>
        <BarChart
          data={[...rows]}
          margin={{ top: 8, right: 8, bottom: 8, left: 0 }}
          accessibilityLayer={false}
        >
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey={categoryKey} tick={{ fontSize: 12 }} interval={0} />
          <YAxis allowDecimals={false} tick={{ fontSize: 12 }} width={36} />
          <Tooltip />
          <Legend />
          {series.map((serie, index) => (
            <Bar
              key={serie.key}
              dataKey={serie.key}
              name={serie.label}
              fill={SERIES_COLOURS[index % SERIES_COLOURS.length]}
              stackId={stacked ? 'all' : undefined}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      </ClientOnlyChart>
    </>
  );
}
