import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { REJECTION_EMAIL_CORPUS } from './rejection-email.corpus.js';
import { REJECTION_EMAIL_HOLDOUT } from './rejection-email.holdout.js';
import { suggestFromRejectionEmail } from './rejection-email.js';
import { REJECTION_REASONS, type RejectionReason } from './rejection-vocabulary.js';

/**
 * The score on the held-out part: emails no rule was written against and the classifier never saw. The
 * goal from the issue is reason ≥ 85% with at most 5% "confident and wrong" (a reason given where the label
 * is another one or none). The README reports these figures and the confusion matrix printed here.
 */
const GOAL_REASON_ACCURACY = 0.85;
const MAX_CONFIDENT_AND_WRONG = 0.05;
/** Alarm floors for company and role at their first measurement, so a change that makes them worse fails. */
const FLOOR_COMPANY_FOUND = 0.85;
const FLOOR_ROLE_FOUND = 0.75;

const results = REJECTION_EMAIL_HOLDOUT.map((example) => ({
  example,
  got: suggestFromRejectionEmail(example.text),
}));
const share = (count: number) => count / results.length;
const percent = (value: number) => `${(value * 100).toFixed(1)}%`;
const same = (a: string | null | undefined, b: string | null | undefined) =>
  (a ?? '').trim().toLowerCase() === (b ?? '').trim().toLowerCase();

const reasonRight = results.filter(({ example, got }) => got.reason.value === example.expected.reason);
const confidentAndWrong = results.filter(
  ({ example, got }) => got.reason.value !== 'unknown' && got.reason.value !== example.expected.reason,
);

/** Stage is read by another part of the reader; measured here once the suggestion carries it. */
function stageOf(got: object): string | null | undefined {
  if (!('stage' in got)) return undefined;
  const stage = (got as { stage: unknown }).stage;
  if (stage && typeof stage === 'object' && 'value' in stage)
    return String((stage as { value: unknown }).value);
  return typeof stage === 'string' ? stage : null;
}

function confusionMatrix(): string {
  const counts = new Map<string, number>();
  for (const { example, got } of results) {
    const key = `${example.expected.reason}→${got.reason.value}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const short = (reason: RejectionReason) =>
    reason
      .split('_')
      .map((word) => word.slice(0, 4))
      .join('_');
  const header = ['expected \\ read', ...REJECTION_REASONS.map(short)].join(' | ');
  const rows = REJECTION_REASONS.map((expected) =>
    [
      short(expected),
      ...REJECTION_REASONS.map((read) => String(counts.get(`${expected}→${read}`) ?? 0)),
    ].join(' | '),
  );
  return [header, ...rows].join('\n');
}

describe('the held-out part of the rejection email corpus', () => {
  it('is about 30% of all the emails, every reason and non-rejections in it, and shares no email with the corpus', () => {
    const total = REJECTION_EMAIL_CORPUS.length + REJECTION_EMAIL_HOLDOUT.length;
    expect(total).toBeGreaterThanOrEqual(300);
    expect(REJECTION_EMAIL_HOLDOUT.length / total).toBeGreaterThanOrEqual(0.25);
    const reasons = new Set(
      REJECTION_EMAIL_HOLDOUT.filter((example) => example.expected.isRejection).map(
        (example) => example.expected.reason,
      ),
    );
    expect([...reasons].sort()).toEqual([...REJECTION_REASONS].sort());
    expect(REJECTION_EMAIL_HOLDOUT.some((example) => !example.expected.isRejection)).toBe(true);
    const corpusTexts = new Set(REJECTION_EMAIL_CORPUS.map((example) => example.text));
    const corpusIds = new Set(REJECTION_EMAIL_CORPUS.map((example) => example.id));
    expect(
      REJECTION_EMAIL_HOLDOUT.filter((example) => corpusTexts.has(example.text) || corpusIds.has(example.id)),
    ).toEqual([]);
  });

  it('is imported by nothing but this scoring test, so no rule or model is built from it', () => {
    const here = dirname(fileURLToPath(import.meta.url));
    const root = join(here, '../../../..');
    const importers: string[] = [];
    const walk = (folder: string) => {
      for (const entry of readdirSync(folder)) {
        if (['node_modules', '.git', '.data', 'build', 'dist', '.cache', 'test-results'].includes(entry))
          continue;
        const path = join(folder, entry);
        if (statSync(path).isDirectory()) walk(path);
        else if (
          /\.(?:[cm]?[jt]sx?)$/.test(entry) &&
          /rejection-email\.holdout(?:\.js)?['"]/.test(readFileSync(path, 'utf8'))
        )
          importers.push(relative(root, path));
      }
    };
    for (const folder of ['apps', 'libs', 'tools', 'e2e']) walk(join(root, folder));
    expect(importers).toEqual(['libs/domain/src/rejections/rejection-email.holdout.spec.ts']);
  });

  it('every expected company and role is written in its email', () => {
    const missing = REJECTION_EMAIL_HOLDOUT.flatMap(({ id, text, expected }) =>
      [expected.company, expected.role]
        .filter((name): name is string => name !== null)
        .filter((name) => !text.toLowerCase().includes(name.toLowerCase()))
        .map((name) => `${id}: ${name}`),
    );
    expect(missing).toEqual([]);
  });
});

describe('suggestFromRejectionEmail on the held-out part', () => {
  const figures = {
    reason: share(reasonRight.length),
    confidentAndWrong: share(confidentAndWrong.length),
    company: share(
      results.filter(({ example, got }) => same(got.company?.value, example.expected.company)).length,
    ),
    role: share(results.filter(({ example, got }) => same(got.role?.value, example.expected.role)).length),
  };
  const staged = results.filter(({ got }) => stageOf(got) !== undefined);
  const stageLine = staged.length
    ? `stage ${percent(share(staged.filter(({ example, got }) => (stageOf(got) ?? null) === example.expected.stage).length))}`
    : 'stage not read on this branch';

  it('reports its figures and the confusion matrix', () => {
    console.log(
      `Held-out (${results.length} emails): reason ${percent(figures.reason)}, confident and wrong ` +
        `${percent(figures.confidentAndWrong)}, company ${percent(figures.company)}, role ${percent(figures.role)}, ` +
        `${stageLine}\n${confusionMatrix()}`,
    );
    expect(results.length).toBe(REJECTION_EMAIL_HOLDOUT.length);
  });

  it(`reads the reason right on at least ${percent(GOAL_REASON_ACCURACY)} of the emails and is confident and wrong on at most ${percent(MAX_CONFIDENT_AND_WRONG)} (the goal)`, () => {
    expect(figures.reason).toBeGreaterThanOrEqual(GOAL_REASON_ACCURACY);
    expect(figures.confidentAndWrong).toBeLessThanOrEqual(MAX_CONFIDENT_AND_WRONG);
  });

  it('does not fall below the floors measured for company and role', () => {
    expect(figures.company).toBeGreaterThanOrEqual(FLOOR_COMPANY_FOUND);
    expect(figures.role).toBeGreaterThanOrEqual(FLOOR_ROLE_FOUND);
  });
});
