import { expect, type Locator } from '@playwright/test';

/**
 * Waits until React has hydrated the element: its event handlers are attached (React keeps them on the
 * node as `__reactProps$…`). A click or a key press before that reaches the server's HTML only, and
 * controlled inputs are then reset by hydration.
 */
export async function expectHydrated(element: Locator): Promise<void> {
  await expect
    .poll(() => element.evaluate((node) => Object.keys(node).some((key) => key.startsWith('__reactProps$'))))
    .toBe(true);
}
