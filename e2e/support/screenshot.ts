import type { Page, TestInfo } from '@playwright/test';

/**
 * A screenshot stored with the test's artifacts (`name` without `.png`). `caret: 'initial'`: hiding the
 * caret makes Playwright write `style="caret-color: …"` on every input, and a page not yet hydrated then
 * gets React's "Extra attributes from the server: style" warning from markup the server never sent.
 */
export async function snap(page: Page, info: TestInfo, name: string, { fullPage = true } = {}) {
  await page.screenshot({ path: info.outputPath(`${name}.png`), fullPage, caret: 'initial' });
}
