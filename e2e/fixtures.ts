import { expect, test as base, type BrowserContext, type ConsoleMessage, type Page } from '@playwright/test';

/**
 * A browser message that fails the test: any console error, any React warning ("Warning: …", hydration
 * mismatches included), and any uncaught exception. Network answers in the 4xx range that the app gives
 * on purpose (a form's 400 with field errors, a 404 page) show up in the console as "Failed to load
 * resource" errors; they are the HTTP contract, not faults, so they are left out. A 5xx is a fault.
 */
function problemOf(message: ConsoleMessage): string | null {
  const text = message.text();
  if (message.type() === 'error') {
    if (/^Failed to load resource: the server responded with a status of 4\d\d\b/.test(text)) return null;
    return `console.error: ${text}`;
  }
  if (message.type() === 'warning' && /^Warning: |React/.test(text)) return `React warning: ${text}`;
  return null;
}

/** Starts collecting the problems of every page of `context`, present and future. */
export function watchConsole(context: BrowserContext, problems: string[]): void {
  const watch = (page: Page) => {
    page.on('console', (message) => {
      const problem = problemOf(message);
      if (problem) problems.push(`${page.url()} — ${problem}`);
    });
    page.on('pageerror', (error) => problems.push(`${page.url()} — uncaught: ${error.message}`));
  };
  context.pages().forEach(watch);
  context.on('page', watch);
}

/**
 * Every spec imports `test` and `expect` from here: the test fails when a page of its browser context
 * logged a console error or a React warning, or threw.
 */
export const test = base.extend<{ browserConsole: string[] }>({
  browserConsole: [
    async ({ context, browser }, use) => {
      const problems: string[] = [];
      watchConsole(context, problems);
      // Contexts a journey opens for a second person (a client beside the coach) are watched too.
      const newContext = browser.newContext.bind(browser);
      browser.newContext = async (...args: Parameters<typeof newContext>) => {
        const opened = await newContext(...args);
        watchConsole(opened, problems);
        return opened;
      };
      try {
        await use(problems);
      } finally {
        browser.newContext = newContext;
      }
      expect(problems, 'the browser console stays free of errors and React warnings').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
export type { Locator, Page } from '@playwright/test';
