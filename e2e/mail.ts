import { expect } from '@playwright/test';
import type { CapturedMail } from './sink.js';
import { sinkHttpPort } from './ports.js';

export interface ReceivedMail {
  subject: string;
  text: string;
  /** Every http(s) URL in the text, in order. */
  links: string[];
}

async function messages(): Promise<CapturedMail[]> {
  const response = await fetch(`http://127.0.0.1:${sinkHttpPort}/messages`);
  if (!response.ok) throw new Error(`The e2e sink answered ${response.status}`);
  return (await response.json()) as CapturedMail[];
}

/**
 * The newest email to `address` (optionally whose subject matches), waiting for it to arrive: the API
 * sends after its transaction commits and the worker in batches. Every product of the e2e run delivers
 * to one sink (`sink.ts`, started by playwright.config.ts).
 */
export async function latestMailTo(
  address: string,
  options: { subject?: string | RegExp; timeout?: number } = {},
): Promise<ReceivedMail> {
  const wanted = address.toLowerCase();
  let found: CapturedMail | undefined;
  await expect
    .poll(
      async () => {
        found = (await messages())
          .filter((mail) => mail.to.includes(wanted))
          .filter((mail) =>
            options.subject === undefined
              ? true
              : typeof options.subject === 'string'
                ? mail.subject === options.subject
                : options.subject.test(mail.subject),
          )
          .at(-1);
        return found !== undefined;
      },
      { message: `an email to ${address}`, timeout: options.timeout ?? 30_000 },
    )
    .toBe(true);
  const { subject, text } = found!;
  return { subject, text, links: text.match(/https?:\/\/[^\s<>"')]+/g) ?? [] };
}

/** The first link in `mail` whose URL matches `pattern`; fails the test when there is none. */
export function linkIn(mail: ReceivedMail, pattern: RegExp): string {
  const link = mail.links.find((href) => pattern.test(href));
  expect(link, `a link matching ${pattern} in "${mail.subject}"`).toBeTruthy();
  return link!;
}
