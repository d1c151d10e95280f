/**
 * A believable caseload for the demo organization, the same for the same seed and day: 3 coaches,
 * about 40 clients, about 600 applications and 250 rejections, with three planted patterns that the
 * insights must find (and nothing else that looks like them):
 * - the demo client (Priya) keeps getting rejected at the final round;
 * - Tomás keeps hearing that a skill is missing;
 * - Hannah stopped applying after a rejection that hit hard.
 */

export interface DemoApplication {
  company: string;
  roleTitle: string;
  source: 'job_board' | 'referral' | 'agency' | 'network' | 'direct';
  appliedDaysAgo: number;
  /** Stages reached in order, with the interview round for `interview`. */
  path: { stage: string; interviewRound?: number; daysAgo: number }[];
  rejection?: {
    daysAgo: number;
    stageReached: string;
    automated: boolean;
    employerReason: string | null;
    coachTag: string | null;
    checkIn: number | null;
    feedbackRequested: boolean;
  };
}

export interface DemoClient {
  name: string;
  email: string;
  coachIndex: number;
  targetRoles: string[];
  status: 'active' | 'paused' | 'placed';
  applications: DemoApplication[];
}

export const DEMO_COACHES = [
  { name: 'Marcus Bell', email: 'coach@demo.rebound.test' },
  { name: 'Leila Haddad', email: 'leila@demo.rebound.test' },
  { name: 'Jonas Weber', email: 'jonas@demo.rebound.test' },
];

/** mulberry32: a tiny seeded generator, so the demo is the same on every machine. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = [
  'Ana',
  'Ben',
  'Chloe',
  'Daniel',
  'Elif',
  'Farah',
  'Gabriel',
  'Ines',
  'Jamal',
  'Kenji',
  'Lucia',
  'Mateo',
  'Nadia',
  'Oscar',
  'Paula',
  'Rafael',
  'Sara',
  'Theo',
  'Uma',
  'Victor',
  'Wen',
  'Yara',
  'Zoe',
  'Amir',
  'Bianca',
  'Caio',
  'Dora',
  'Emil',
  'Fatima',
  'Goran',
  'Helena',
  'Ivan',
  'Julia',
  'Karim',
  'Lena',
  'Miguel',
  'Noor',
];
const LAST = [
  'Costa',
  'Schmidt',
  'Okafor',
  'Nguyen',
  'Silva',
  'Müller',
  'Rossi',
  'Kowalski',
  'Haddad',
  'Tanaka',
  'Fernández',
  'Novak',
  'Jensen',
  'Almeida',
  'Petrov',
  'Dubois',
  'Khan',
  'Lindqvist',
  'Moreau',
  'Santos',
];
const COMPANIES = [
  'Brightline Health',
  'Northwind Logistics',
  'Cobalt Labs',
  'Fernhill Bank',
  'Quill & Co',
  'Atlas Mobility',
  'Lumen Energy',
  'Harbor Insurance',
  'Pinecrest Retail',
  'Vela Robotics',
  'Orchard Foods',
  'Kestrel Media',
  'Summit Analytics',
  'Tidewater Games',
  'Meridian Travel',
  'Ironbark Security',
  'Solace Care',
  'Beacon Learning',
  'Juniper Cloud',
  'Riverstone Legal',
  'Granite Works',
  'Nimbus Payments',
  'Oakridge Pharma',
  'Palette Studio',
];
const ROLES = [
  'Product Manager',
  'Data Analyst',
  'UX Designer',
  'Software Engineer',
  'Marketing Manager',
  'Operations Lead',
  'Customer Success Manager',
  'Project Manager',
  'Business Analyst',
  'Content Strategist',
];
const SOURCES: DemoApplication['source'][] = [
  'job_board',
  'job_board',
  'job_board',
  'referral',
  'network',
  'agency',
  'direct',
];
/** Spread evenly so that no ordinary client shows a repeated reason by accident. */
const REASONS = [
  'internal_candidate',
  'different_direction',
  'better_qualified_candidate',
  'timing_or_budget',
  'unknown',
  'presentation_or_rapport',
];

const PROGRESS = ['applied', 'screening', 'interview', 'final_round'];
const STAGE_REACHED: Record<string, string> = {
  applied: 'resume_screen',
  screening: 'phone_screen',
  interview: 'first_interview',
  final_round: 'final_round',
};

function pick<T>(rand: () => number, values: readonly T[]): T {
  return values[Math.floor(rand() * values.length)];
}

function application(
  rand: () => number,
  appliedDaysAgo: number,
  furthest: string,
  outcome: 'open' | 'rejected' | 'withdrawn',
  reason: string | null,
  extras: Partial<NonNullable<DemoApplication['rejection']>> = {},
): DemoApplication {
  const steps = PROGRESS.slice(0, PROGRESS.indexOf(furthest) + 1);
  const closedDaysAgo =
    extras.daysAgo ??
    Math.max(0, appliedDaysAgo - steps.length * Math.max(1, Math.floor(appliedDaysAgo / (steps.length + 1))));
  const gap = (appliedDaysAgo - closedDaysAgo) / steps.length;
  const path = steps.map((stage, index) => ({
    stage,
    interviewRound: stage === 'interview' ? 1 : undefined,
    daysAgo: Math.round(appliedDaysAgo - index * gap),
  }));
  const rejection: DemoApplication['rejection'] =
    outcome === 'rejected'
      ? {
          daysAgo: closedDaysAgo,
          stageReached: STAGE_REACHED[furthest],
          automated: furthest === 'applied' && rand() < 0.7,
          employerReason: furthest === 'applied' ? null : reason,
          coachTag: null,
          checkIn: 1 + Math.floor(rand() * 3),
          feedbackRequested: furthest !== 'applied' && rand() < 0.5,
          ...extras,
        }
      : undefined;
  if (outcome === 'rejected')
    path.push({ stage: 'rejected', interviewRound: undefined, daysAgo: closedDaysAgo });
  if (outcome === 'withdrawn')
    path.push({ stage: 'withdrawn', interviewRound: undefined, daysAgo: closedDaysAgo });
  return {
    company: pick(rand, COMPANIES),
    roleTitle: pick(rand, ROLES),
    source: pick(rand, SOURCES),
    appliedDaysAgo,
    path,
    rejection,
  };
}

/** An ordinary search: steady applications, rejections spread over stages and reasons. */
function ordinaryClient(rand: () => number, index: number): DemoClient {
  const first = FIRST[index % FIRST.length];
  const last = LAST[(index * 7) % LAST.length];
  const applications: DemoApplication[] = [];
  const count = 12 + Math.floor(rand() * 8);
  let finalRounds = 0;
  for (let n = 0; n < count; n += 1) {
    const appliedDaysAgo = 3 + Math.floor(((n + rand()) * 110) / count);
    const roll = rand();
    // At most one final round per ordinary client: several would be the pattern planted for Priya.
    const furthest =
      roll < 0.45
        ? 'applied'
        : roll < 0.75
          ? 'screening'
          : roll < 0.93 || finalRounds > 0
            ? 'interview'
            : 'final_round';
    if (furthest === 'final_round') finalRounds += 1;
    const outcome =
      appliedDaysAgo < 14 ? 'open' : rand() < 0.42 ? 'rejected' : rand() < 0.1 ? 'withdrawn' : 'open';
    applications.push(
      application(rand, appliedDaysAgo, furthest, outcome, REASONS[(index + n) % REASONS.length]),
    );
  }
  return {
    name: `${first} ${last}`,
    email: `${first.toLowerCase()}.${last
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z]/g, '')}@example.com`,
    coachIndex: index % DEMO_COACHES.length,
    targetRoles: [pick(rand, ROLES)],
    status: index % 13 === 0 ? 'paused' : index % 17 === 0 ? 'placed' : 'active',
    applications,
  };
}

export function generateDemoCaseload(seed = 2026): DemoClient[] {
  const rand = random(seed);
  const clients: DemoClient[] = [];

  // Priya reaches final rounds and loses there, again and again.
  const priya: DemoClient = {
    name: 'Priya Nair',
    email: 'client@demo.rebound.test',
    coachIndex: 0,
    targetRoles: ['Product Manager'],
    status: 'active',
    applications: [],
  };
  for (const [daysAgo, reason] of [
    [12, 'better_qualified_candidate'],
    [26, 'unknown'],
    [41, 'presentation_or_rapport'],
    [57, 'better_qualified_candidate'],
  ] as const) {
    priya.applications.push(
      application(rand, daysAgo + 30, 'final_round', 'rejected', reason, {
        daysAgo,
        checkIn: 3,
        feedbackRequested: true,
      }),
    );
  }
  for (let n = 0; n < 10; n += 1)
    priya.applications.push(
      application(
        rand,
        4 + n * 9,
        n % 3 === 0 ? 'screening' : 'applied',
        n < 2 ? 'open' : 'rejected',
        REASONS[n % REASONS.length],
      ),
    );
  clients.push(priya);

  // Tomás keeps hearing that a skill is missing.
  const tomas: DemoClient = {
    name: 'Tomás Ferreira',
    email: 'tomas.ferreira@example.com',
    coachIndex: 1,
    targetRoles: ['Data Analyst'],
    status: 'active',
    applications: [],
  };
  for (const daysAgo of [15, 29, 44, 63]) {
    tomas.applications.push(
      application(rand, daysAgo + 20, 'interview', 'rejected', 'missing_skill', {
        daysAgo,
        coachTag: 'missing_skill',
        checkIn: 2,
      }),
    );
  }
  for (let n = 0; n < 8; n += 1)
    tomas.applications.push(
      application(
        rand,
        5 + n * 11,
        'applied',
        n < 2 ? 'open' : 'rejected',
        REASONS[(n + 2) % REASONS.length],
      ),
    );
  clients.push(tomas);

  // Hannah applied steadily until a hard final-round rejection five weeks ago, then stopped.
  const hannah: DemoClient = {
    name: 'Hannah Becker',
    email: 'hannah.becker@example.com',
    coachIndex: 0,
    targetRoles: ['UX Designer'],
    status: 'active',
    applications: [],
  };
  hannah.applications.push(
    application(rand, 50, 'final_round', 'rejected', 'internal_candidate', {
      daysAgo: 36,
      checkIn: 5,
      feedbackRequested: false,
    }),
  );
  for (let n = 0; n < 14; n += 1)
    hannah.applications.push(
      application(
        rand,
        38 + n * 4,
        n % 4 === 0 ? 'screening' : 'applied',
        'rejected',
        REASONS[(n + 4) % REASONS.length],
        { checkIn: 2 },
      ),
    );
  clients.push(hannah);

  for (let index = 0; clients.length < 40; index += 1) clients.push(ordinaryClient(rand, index));
  return clients;
}
