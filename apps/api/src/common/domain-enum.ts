import { registerEnumType } from '@nestjs/graphql';
import { constantCase, type ConstantCase } from '@rebound/domain';

/** A GraphQL enum over a domain list: each value named in constant case (`in_progress` as `IN_PROGRESS`). */
export type DomainEnum<Value extends string> = { readonly [V in Value as ConstantCase<V>]: V };

interface DomainEnumOptions {
  description?: string;
}

/**
 * Registers a list of the domain as a GraphQL enum and returns the object `@Field(() => …)` names. Resolvers
 * and services keep working with the domain's own (lower-case) values: GraphQL maps them to the names.
 *
 * A list whose names cannot be derived from its values (the audit log's `member.role_changed` is
 * `MEMBER_ROLE_CHANGED`) is passed as the domain's name → value map instead.
 */
export function registerDomainEnum<const Value extends string>(
  name: string,
  values: readonly Value[],
  options?: DomainEnumOptions,
): DomainEnum<Value>;
export function registerDomainEnum<const Names extends Readonly<Record<string, string>>>(
  name: string,
  namedValues: Names,
  options?: DomainEnumOptions,
): Names;
export function registerDomainEnum(
  name: string,
  values: readonly string[] | Readonly<Record<string, string>>,
  options: DomainEnumOptions = {},
): Readonly<Record<string, string>> {
  const namedValues = isList(values)
    ? Object.fromEntries(values.map((value) => [constantCase(value), value]))
    : values;
  registerEnumType(namedValues, { name, ...options });
  return namedValues;
}

function isList(values: readonly string[] | Readonly<Record<string, string>>): values is readonly string[] {
  return Array.isArray(values);
}
