import { useCallback, useEffect, useState, type FormEvent } from 'react';

/** Where drafts live in the browser: they outlast a closed tab, and never leave the device. */
const PREFIX = 'rebound:draft:';

export type DraftValues = Record<string, string>;

/** Field values of a form, radio and checkbox state included (unchecked boxes are left out). */
export function formValues(form: HTMLFormElement, skip: readonly string[] = []): DraftValues {
  const values: DraftValues = {};
  for (const [name, value] of new FormData(form)) {
    if (typeof value === 'string' && !skip.includes(name)) values[name] = value;
  }
  return values;
}

export function readDraft(key: string): DraftValues | null {
  try {
    const raw = window.localStorage.getItem(PREFIX + key);
    if (!raw) return null;
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return null;
    const values: DraftValues = {};
    for (const [name, value] of Object.entries(parsed)) if (typeof value === 'string') values[name] = value;
    return Object.keys(values).length ? values : null;
  } catch {
    return null;
  }
}

export function writeDraft(key: string, values: DraftValues): void {
  try {
    window.localStorage.setItem(PREFIX + key, JSON.stringify(values));
  } catch {
    // Storage full or blocked (private mode): the draft simply is not kept.
  }
}

export function clearDraft(key: string): void {
  try {
    window.localStorage.removeItem(PREFIX + key);
  } catch {
    // Nothing to clear.
  }
}

/**
 * Keeps what a person types in a form in the browser's storage, so closing the tab loses nothing.
 * Render the form with `key={draft.version}` and defaults from `draft.restored`: once the stored draft
 * is read (after hydration), the form mounts again with it. `clear()` when the step is done.
 */
export function useFormDraft(key: string, { skip = [] as readonly string[], enabled = true } = {}) {
  const [restored, setRestored] = useState<DraftValues | null>(null);
  useEffect(() => {
    setRestored(enabled ? readDraft(key) : null);
  }, [key, enabled]);
  const onChange = useCallback(
    (event: FormEvent<HTMLFormElement>) => {
      if (enabled) writeDraft(key, formValues(event.currentTarget, skip));
    },
    [key, enabled, skip],
  );
  const clear = useCallback(() => clearDraft(key), [key]);
  return { restored, version: restored ? 'restored' : 'initial', onChange, clear };
}
