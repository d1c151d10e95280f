import { t } from '~/i18n/i18n';
import { formatDay, formatMoment } from './format';
import { PLAN_CATEGORIES, PLAN_SIDES, PLAN_STATUSES } from '~/graphql/enums';
import { isCalendarDate } from './schemas';

export interface ActivityRow {
  id: string;
  action: string;
  actorName?: string | null;
  createdAt: string;
  details: string;
  itemId?: string | null;
}

export interface ActivityLine {
  id: string;
  when: string;
  at: string;
  summary: string;
  /** What changed, one line per field, e.g. "status: To do → Done". */
  changes: string[];
}

const KNOWN = ['goal_added', 'item_added', 'item_changed', 'item_commented'] as const;

const FIELDS = ['title', 'category', 'owner', 'dueOn', 'status', 'evidence'] as const;
type Field = (typeof FIELDS)[number];

function describe(field: Field, value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  const upper = String(value).toUpperCase();
  if (field === 'status' && (PLAN_STATUSES as readonly string[]).includes(upper))
    return t(`labels.planStatus.${upper as (typeof PLAN_STATUSES)[number]}`);
  if (field === 'category' && (PLAN_CATEGORIES as readonly string[]).includes(upper))
    return t(`labels.planCategory.${upper as (typeof PLAN_CATEGORIES)[number]}`);
  if (field === 'owner' && (PLAN_SIDES as readonly string[]).includes(upper))
    return t(`labels.planSide.${upper as (typeof PLAN_SIDES)[number]}`);
  if (field === 'dueOn' && typeof value === 'string' && isCalendarDate(value)) return formatDay(value);
  return String(value);
}

/** The plan's history in words. Unknown actions still show who and when. */
export function describeActivity(rows: readonly ActivityRow[], timeZone: string): ActivityLine[] {
  return rows.map((row) => {
    const actor = row.actorName ?? t('plan.activity.someone');
    const known = (KNOWN as readonly string[]).includes(row.action)
      ? (row.action as (typeof KNOWN)[number])
      : null;
    const summary = known ? t(`plan.activity.${known}`, { actor }) : t('plan.activity.other', { actor });
    let details: Record<string, unknown> = {};
    try {
      const parsed: unknown = JSON.parse(row.details);
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed))
        details = parsed as Record<string, unknown>;
    } catch {
      details = {};
    }
    const changes: string[] = [];
    if (row.action === 'item_changed') {
      for (const [field, change] of Object.entries(details)) {
        if (change && typeof change === 'object' && 'to' in change) {
          const { from, to } = change as { from: unknown; to: unknown };
          if (!(FIELDS as readonly string[]).includes(field)) continue;
          const known = field as Field;
          changes.push(
            t('plan.activity.change', {
              field: t(`plan.activity.fields.${known}`),
              from: describe(known, from),
              to: describe(known, to),
            }),
          );
        }
      }
      if (changes.length === 0 && 'position' in details) changes.push(t('plan.activity.reordered'));
    } else if (typeof details.title === 'string') {
      changes.push(details.title);
    }
    return {
      id: row.id,
      at: row.createdAt,
      when: formatMoment(row.createdAt, timeZone, true),
      summary,
      changes,
    };
  });
}
