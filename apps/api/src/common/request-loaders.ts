import DataLoader from 'dataloader';

/**
 * The DataLoaders of one request, made on first use. Every relation a list can ask for goes through
 * one, so a page of 50 rows costs one statement per relation, not 50.
 */
export class RequestLoaders {
  private readonly loaders = new Map<string, DataLoader<string, unknown>>();

  get<V>(
    name: string,
    batch: (keys: readonly string[]) => Promise<Map<string, V>>,
    missing: V,
  ): DataLoader<string, V> {
    let loader = this.loaders.get(name) as DataLoader<string, V> | undefined;
    if (!loader) {
      loader = new DataLoader<string, V>(async (keys) => {
        const found = await batch(keys);
        return keys.map((key) => (found.has(key) ? found.get(key)! : missing));
      });
      this.loaders.set(name, loader as DataLoader<string, unknown>);
    }
    return loader;
  }
}

/** Groups rows by a key, for loaders of one-to-many relations. */
export function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(key(row));
    if (group) group.push(row);
    else groups.set(key(row), [row]);
  }
  return groups;
}
