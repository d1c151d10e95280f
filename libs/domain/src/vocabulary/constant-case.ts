/**
 * A value of the domain as the API's GraphQL enums name it, and so as the web sends it: `in_progress` →
 * `IN_PROGRESS`, `activeClients` → `ACTIVE_CLIENTS`. The lists stay in lower case here (they are what the
 * database stores); the capitals are derived, never written by hand.
 */
export type ConstantCase<Value extends string> = Uppercase<SnakeCase<Value>>;

type SnakeCase<Value extends string> = Value extends `${infer Head}${infer Rest}`
  ? `${Head extends Lowercase<Head> ? Head : `_${Lowercase<Head>}`}${SnakeCase<Rest>}`
  : Value;

export function constantCase<const Value extends string>(value: Value): ConstantCase<Value> {
  return value.replace(/[A-Z]/g, (capital) => `_${capital}`).toUpperCase() as ConstantCase<Value>;
}

/** Every value of a list in constant case, in the list's order (a tuple stays a tuple). */
export function constantCases<const Values extends readonly string[]>(
  values: Values,
): { readonly [Index in keyof Values]: ConstantCase<Values[Index]> } {
  return values.map(constantCase) as unknown as {
    readonly [Index in keyof Values]: ConstantCase<Values[Index]>;
  };
}

/** The value of `values` that `name` names in constant case; undefined when none does. */
export function fromConstantCase<const Value extends string>(
  values: readonly Value[],
  name: string,
): Value | undefined {
  return values.find((value) => constantCase(value) === name);
}
