import { en } from './messages.en';

/** The shape every catalogue must have: the English one, with any string allowed at each leaf. */
export type Catalogue = Widen<typeof en>;
type Widen<T> = { readonly [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

/** Every message key as a dot path, e.g. `'home.hero.title'`. */
export type MessageKey = Leaves<typeof en>;
type Leaves<T> = {
  [K in keyof T & string]: T[K] extends string ? K : `${K}.${Leaves<T[K]>}`;
}[keyof T & string];

/** The English text behind a key (used to infer its placeholders). */
type MessageAt<T, P extends string> = P extends `${infer Head}.${infer Rest}`
  ? Head extends keyof T
    ? MessageAt<T[Head], Rest>
    : never
  : P extends keyof T
    ? T[P]
    : never;

/** The `{name}` placeholders of a message, as a union of names. */
type Placeholders<S> = S extends `${string}{${infer Name}}${infer Rest}` ? Name | Placeholders<Rest> : never;

export type MessageParams<K extends MessageKey> = Record<
  Placeholders<MessageAt<typeof en, K>>,
  string | number
>;

/** Params are required exactly when the English message has placeholders. */
type ParamsArg<K extends MessageKey> = [Placeholders<MessageAt<typeof en, K>>] extends [never]
  ? []
  : [params: MessageParams<K>];

/** Keys whose message has no placeholder: handy for lists of keys kept in data. */
export type PlainMessageKey = { [K in MessageKey]: ParamsArg<K> extends [] ? K : never }[MessageKey];

export type Locale = 'en';
export const defaultLocale: Locale = 'en';

const catalogues: Record<Locale, Catalogue> = { en };

function lookup(catalogue: Catalogue, key: string): string | undefined {
  let node: unknown = catalogue;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null || !(part in node)) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/** Replaces `{name}` with `params.name`; a placeholder without a value is left as it is. */
export function interpolate(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

export type Translate = <K extends MessageKey>(key: K, ...params: ParamsArg<K>) => string;

/**
 * A translator for one locale. A key missing from that locale falls back to English, and an unknown key
 * (only possible when the type check was bypassed) returns the key itself so the gap is visible.
 */
export function createTranslator(locale: Locale = defaultLocale): Translate {
  const catalogue = catalogues[locale] ?? en;
  return (key, ...params) => {
    const template = lookup(catalogue, key) ?? lookup(en, key) ?? key;
    return interpolate(template, params[0]);
  };
}

/** English translator: the only locale for now. */
export const t: Translate = createTranslator(defaultLocale);

/** Keys whose message has plural forms: `one` and `other` leaves under the key (CLDR categories). */
export type PluralKey = {
  [K in MessageKey]: K extends `${infer Parent}.other`
    ? `${Parent}.one` extends MessageKey
      ? Parent
      : never
    : never;
}[MessageKey];

/**
 * A message with plural forms, the form picked by the locale's plural rules ("1 person", "2 people"); a
 * category the catalogue does not write falls back to `other`. `count` is passed to the message.
 */
export function tPlural(
  key: PluralKey,
  count: number,
  params: Record<string, string | number> = {},
  locale: Locale = defaultLocale,
): string {
  const catalogue = catalogues[locale] ?? en;
  const form = new Intl.PluralRules(locale).select(count);
  const template =
    lookup(catalogue, `${key}.${form}`) ??
    lookup(catalogue, `${key}.other`) ??
    lookup(en, `${key}.other`) ??
    key;
  return interpolate(template, { count, ...params });
}
