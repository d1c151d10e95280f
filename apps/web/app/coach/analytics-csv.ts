import type { Analytics } from './analytics.server';

/**
 * One CSV cell. Text a spreadsheet would run as a formula (starting with =, +, -, @, tab or carriage
 * return) is prefixed with an apostrophe; numbers are written as they are.
 */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const row = (cells: (string | number | null)[]) => cells.map(csvCell).join(',');

/**
 * Every figure of the analytics page in one long table: section, the row's labels, and its numbers, so
 * a spreadsheet can filter by section.
 */
export function analyticsCsv(analytics: Analytics, noCoach: string): string {
  const lines = [row(['section', 'label', 'detail', 'value', 'share_or_rate'])];
  lines.push(
    row(['range', 'from', null, analytics.from, null]),
    row(['range', 'to', null, analytics.to, null]),
  );
  lines.push(row(['totals', 'applications', null, analytics.applications, null]));
  lines.push(row(['totals', 'rejections', null, analytics.rejections, null]));
  for (const cell of analytics.stageReasonMatrix) {
    const share = analytics.rejections ? Math.round((cell.count / analytics.rejections) * 1000) / 1000 : null;
    lines.push(row(['stage_reason', cell.stage.toLowerCase(), cell.reason.toLowerCase(), cell.count, share]));
  }
  for (const coach of analytics.funnelByCoach) {
    for (const step of coach.steps) {
      lines.push(
        row(['funnel', coach.coachName ?? noCoach, step.step.toLowerCase(), step.count, step.conversion]),
      );
    }
  }
  for (const reply of analytics.replyRateByStage) {
    lines.push(row(['reply_rate', reply.label, `answered ${reply.answered}`, reply.requested, reply.rate]));
  }
  const rebound = analytics.reboundTime;
  lines.push(row(['rebound', 'median_days', `measured ${rebound.measured}`, rebound.medianDays, null]));
  lines.push(row(['rebound', 'not_yet', null, rebound.notYet, null]));
  for (const outcome of analytics.outcomes) {
    const coach = outcome.coachName ?? noCoach;
    lines.push(row(['outcomes', outcome.month, `${coach} placed`, outcome.placed, null]));
    lines.push(row(['outcomes', outcome.month, `${coach} paused`, outcome.paused, null]));
  }
  return `${lines.join('\r\n')}\r\n`;
}
