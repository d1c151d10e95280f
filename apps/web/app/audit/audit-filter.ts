import { AUDIT_ACTIONS } from '~/graphql/enums';
import type { AuditAction, AuditLogFilterInput } from '~/graphql/generated/graphql';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Minutes `timeZone` is ahead of UTC at `instant`. */
function offsetMinutes(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(instant));
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(
    part('year'),
    part('month') - 1,
    part('day'),
    part('hour'),
    part('minute'),
    part('second'),
  );
  return Math.round((asUtc - Math.floor(instant / 1000) * 1000) / 60_000);
}

/**
 * The instant a calendar day (`YYYY-MM-DD`) starts for someone in `timeZone`, as ISO 8601 UTC; null when
 * `day` is no real day. Offsets change around daylight saving: a second pass settles on the right one.
 */
export function startOfDayIn(day: string, timeZone: string): string | null {
  const match = DAY.exec(day);
  if (!match) return null;
  const midnightUtc = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  if (new Date(midnightUtc).toISOString().slice(0, 10) !== day) return null;
  let instant = midnightUtc - offsetMinutes(midnightUtc, timeZone) * 60_000;
  instant = midnightUtc - offsetMinutes(instant, timeZone) * 60_000;
  return new Date(instant).toISOString();
}

function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

export interface AuditFilterForm {
  action: string;
  actor: string;
  from: string;
  to: string;
}

/** The filter form as the address carries it (`?action=…&actor=…&from=…&to=…`); unknown values are dropped. */
export function filterFormOf(url: URL): AuditFilterForm {
  const value = (name: string) => url.searchParams.get(name) ?? '';
  const action = value('action');
  const actor = value('actor');
  return {
    action: (AUDIT_ACTIONS as readonly string[]).includes(action) ? action : '',
    actor: UUID.test(actor) ? actor : '',
    from: DAY.test(value('from')) ? value('from') : '',
    to: DAY.test(value('to')) ? value('to') : '',
  };
}

/**
 * The API filter for the form: days are the reader's, so "from" starts at their midnight and "to" takes
 * in the whole of its day (up to the next midnight, excluded).
 */
export function auditFilterOf(form: AuditFilterForm, timeZone: string): AuditLogFilterInput {
  const from = form.from ? startOfDayIn(form.from, timeZone) : null;
  const to = form.to ? startOfDayIn(nextDay(form.to), timeZone) : null;
  return {
    ...(form.action ? { action: form.action as AuditAction } : {}),
    ...(form.actor ? { actorId: form.actor } : {}),
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
  };
}

/** The address of the same filter, optionally at another page. */
export function filterSearch(form: AuditFilterForm, after?: string | null): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(form)) if (value) params.set(key, value);
  if (after) params.set('after', after);
  const search = params.toString();
  return search ? `?${search}` : '';
}
