import { registerDecorator, ValidationOptions } from 'class-validator';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar date as `YYYY-MM-DD` that exists (no 2026-02-30). */
export function isDateOnly(value: unknown): value is string {
  if (typeof value !== 'string' || !DATE_ONLY.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}

/** A `YYYY-MM-DD` date that exists; INVALID_DATE otherwise. */
export function IsDateOnly(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isDateOnly',
      target: target.constructor,
      propertyName: propertyName as string,
      options,
      validator: { validate: isDateOnly },
    });
}

/** SQL that reads a `date` column back as `YYYY-MM-DD` text, never shifted by a time zone. */
export function dateOnlyColumn(expression: string, alias: string): string {
  return `${dateOnly(expression)} AS "${alias}"`;
}

/** A date column as `YYYY-MM-DD` text (see `dateOnlyColumn`), without a name. */
export function dateOnly(expression: string): string {
  return `to_char(${expression}, 'YYYY-MM-DD')`;
}

export function todayUtc(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
