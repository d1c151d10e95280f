import { z } from 'zod';

const postgresUrl = z
  .string({ error: 'is required' })
  .refine((value) => /^postgres(ql)?:\/\//.test(value), 'must be a postgres:// connection string');

const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  API_HOST: z.string().default('127.0.0.1'),
  API_PORT: z.coerce.number().int().min(0).max(65535).default(3001),
  /** API processes sharing the port (node:cluster): one per core in production; one in development. */
  API_PROCESSES: z.coerce.number().int().min(1).max(64).default(1),
  /** Connection of the API's own role: owns no table and cannot bypass row-level security. */
  DATABASE_APP_URL: postgresUrl,
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
  /**
   * How long a request waits for a free connection (pool exhausted) or for the server to accept one
   * before it answers SERVICE_UNAVAILABLE instead of hanging.
   */
  DATABASE_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(5_000),
  /**
   * A streaming standby of the primary (as the same restricted role): analytics, exports and the
   * dashboard read from it while it lags less than DATABASE_REPLICA_MAX_LAG_MS; unset, everything reads
   * from the primary.
   */
  DATABASE_REPLICA_URL: z.preprocess((value) => (value === '' ? undefined : value), postgresUrl.optional()),
  DATABASE_REPLICA_MAX_LAG_MS: z.coerce.number().int().min(0).max(3_600_000).default(5_000),
  /** Prometheus metrics on a port of their own (`/metrics`); off when unset. */
  METRICS_PORT: z.coerce.number().int().min(1).max(65535).optional(),
  METRICS_HOST: z.string().default('127.0.0.1'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Shared with the web app: decodes its Auth.js session tokens. */
  AUTH_SECRET: z.string({ error: 'is required' }).min(32, 'must be at least 32 characters'),
  /** Shared with the web app: marks its server-to-server calls (sign-in, Auth.js adapter). */
  SERVICE_KEY: z.string({ error: 'is required' }).min(32, 'must be at least 32 characters'),
  /**
   * Encrypts two-factor secrets at rest and keys the hashes of recovery codes. Unset: derived from
   * AUTH_SECRET, so changing AUTH_SECRET would then make every authenticator app's codes unreadable.
   */
  TWO_FACTOR_KEY: z.string().min(32, 'must be at least 32 characters').optional(),
  /** Where the web app lives, for links in emails. */
  WEB_URL: z.url({ error: 'must be a URL' }).default('http://127.0.0.1:3000'),
  /** SMTP server for email; without it email stays in the outbox (development mail page). */
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().default('Rebound <no-reply@rebound.local>'),
  /** Days the audit log keeps its entries; the worker removes older ones daily (at least 30). */
  AUDIT_RETENTION_DAYS: z.coerce.number().int().min(30).max(36_500).default(400),
  /** Stripe: without a secret key every organization stays in trial mode (see STRIPE_VARIABLES). */
  /**
   * Forwarded rejection emails. In development `npm start` runs an SMTP receiver on INBOUND_SMTP_PORT
   * (127.0.0.1 unless INBOUND_SMTP_HOST says otherwise); in production a provider's inbound webhook posts to
   * /webhooks/inbound-email, signed with INBOUND_WEBHOOK_SECRET. Addresses are <slug>+<token>@INBOUND_EMAIL_DOMAIN.
   */
  INBOUND_SMTP_PORT: z.preprocess(
    (value) => (value === '' || value === 'off' ? undefined : value),
    z.coerce.number().int().min(1).max(65535).optional(),
  ),
  INBOUND_SMTP_HOST: z.string().default('127.0.0.1'),
  INBOUND_EMAIL_DOMAIN: z.string().default('inbound.rebound.localhost'),
  INBOUND_WEBHOOK_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  INBOUND_MAX_BYTES: z.coerce.number().int().min(1024).max(10_000_000).default(262_144),
  STRIPE_SECRET_KEY: z.string().startsWith('sk_', 'must start with sk_').optional(),
  STRIPE_WEBHOOK_SECRET: z.string().startsWith('whsec_', 'must start with whsec_').optional(),
  STRIPE_PRICE_SOLO: z.string().startsWith('price_', 'must start with price_').optional(),
  STRIPE_PRICE_PRACTICE: z.string().startsWith('price_', 'must start with price_').optional(),
  STRIPE_PRICE_AGENCY: z.string().startsWith('price_', 'must start with price_').optional(),
  /** Another Stripe API endpoint (a local stand-in in tests); Stripe's own by default. */
  STRIPE_API_URL: z.url({ error: 'must be a URL' }).optional(),
});

/** Billing needs all of these or none: half a configuration would take money without granting access. */
const STRIPE_VARIABLES = [
  'STRIPE_SECRET_KEY',
  'STRIPE_WEBHOOK_SECRET',
  'STRIPE_PRICE_SOLO',
  'STRIPE_PRICE_PRACTICE',
  'STRIPE_PRICE_AGENCY',
] as const;

const apiConfigSchema = configSchema.superRefine((config, context) => {
  const set = STRIPE_VARIABLES.filter((name) => config[name] !== undefined);
  if (set.length === 0 || set.length === STRIPE_VARIABLES.length) return;
  for (const name of STRIPE_VARIABLES.filter((variable) => config[variable] === undefined)) {
    context.addIssue({ code: 'custom', path: [name], message: `is required when ${set[0]} is set` });
  }
});

export type ApiConfig = z.infer<typeof configSchema>;

/** The worker reaches the database and sends email; it needs none of the web's secrets. */
const workerConfigSchema = configSchema.pick({
  NODE_ENV: true,
  DATABASE_APP_URL: true,
  DATABASE_POOL_MAX: true,
  DATABASE_CONNECT_TIMEOUT_MS: true,
  METRICS_PORT: true,
  METRICS_HOST: true,
  LOG_LEVEL: true,
  WEB_URL: true,
  SMTP_URL: true,
  MAIL_FROM: true,
  AUDIT_RETENTION_DAYS: true,
});
export type WorkerConfig = z.infer<typeof workerConfigSchema>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid API configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
  }
}

/** Reads and validates the environment once at boot; names every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): ApiConfig {
  return parse(apiConfigSchema, env);
}

export function loadWorkerConfig(env: NodeJS.ProcessEnv = process.env): WorkerConfig {
  return parse(workerConfigSchema, env);
}

function parse<T extends z.ZodType>(schema: T, env: NodeJS.ProcessEnv): z.infer<T> {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`));
  }
  return parsed.data;
}

export const API_CONFIG = Symbol('API_CONFIG');
