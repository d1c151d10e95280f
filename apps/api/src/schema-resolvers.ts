import 'reflect-metadata';
import type { DynamicModule, Type } from '@nestjs/common';
import { FEATURE_MODULES } from './feature-modules.js';

/** Set by `@Resolver()` on the class (the key `@nestjs/graphql` uses internally). */
const RESOLVER_TYPE_METADATA = 'graphql:resolver_type';

type ModuleImport = Type | DynamicModule | { forwardRef: () => Type } | Promise<DynamicModule> | undefined;

/**
 * Every resolver class the modules provide, read from their `@Module` metadata (imports followed): the
 * schema is printed from them without booting the API, and the access-declaration check reads them.
 */
export function resolversOf(modules: readonly ModuleImport[]): Type[] {
  const resolvers = new Set<Type>();
  const seen = new Set<unknown>();
  const visit = (entry: ModuleImport): void => {
    if (entry && 'forwardRef' in entry) entry = entry.forwardRef();
    if (!entry || entry instanceof Promise || seen.has(entry)) return;
    seen.add(entry);
    const [moduleClass, dynamic] = typeof entry === 'function' ? [entry, undefined] : [entry.module, entry];
    // `@Module()` keeps each of its properties as metadata under the property's name.
    const listed = (key: 'providers' | 'imports'): unknown[] => [
      ...((Reflect.getMetadata(key, moduleClass) as unknown[] | undefined) ?? []),
      ...(dynamic?.[key] ?? []),
    ];
    for (const provider of listed('providers')) {
      if (typeof provider === 'function' && Reflect.hasOwnMetadata(RESOLVER_TYPE_METADATA, provider)) {
        resolvers.add(provider as Type);
      }
    }
    for (const imported of listed('imports')) visit(imported as ModuleImport);
  };
  modules.forEach(visit);
  return [...resolvers];
}

export const SCHEMA_RESOLVERS = resolversOf(FEATURE_MODULES);
