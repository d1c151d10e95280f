import { defineConfig, devices } from '@playwright/test';
import { chromiumPath } from './chromium.js';
import {
  apiPort,
  billingApiPort,
  billingInboundSmtpPort,
  billingWebPort,
  inboundSmtpPort,
  stripeStandInPort,
  webPort,
} from './ports.js';

const productServer = {
  command: 'node --import @swc-node/register/esm-register tools/src/start.ts --ephemeral',
  cwd: '..',
  reuseExistingServer: false,
  timeout: 180_000,
  stdout: 'pipe',
  stderr: 'pipe',
  gracefulShutdown: { signal: 'SIGTERM', timeout: 20_000 },
} as const;

export default defineConfig({
  testDir: './tests',
  outputDir: './artifacts/results',
  fullyParallel: false,
  workers: 1,
  forbidOnly: true,
  reporter: [['list'], ['html', { outputFolder: './artifacts/report', open: 'never' }]],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://127.0.0.1:${webPort}`,
    screenshot: 'on',
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: chromiumPath(),
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-dev-shm-usage',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
            '--disable-quic',
          ],
        },
      },
    },
  ],
  // The whole product as `npm start` runs it, on a throwaway database of its own; then the same with
  // Stripe configured against the local stand-in (started first).
  webServer: [
    {
      ...productServer,
      url: `http://127.0.0.1:${webPort}/`,
      env: {
        PORT: String(webPort),
        API_PORT: String(apiPort),
        INBOUND_SMTP_PORT: String(inboundSmtpPort),
        LOG_LEVEL: 'warn',
        NODE_OPTIONS: '',
      },
    },
    {
      command: `node --import @swc-node/register/esm-register libs/testing/src/stripe-stand-in.main.ts ${stripeStandInPort}`,
      cwd: '..',
      url: `http://127.0.0.1:${stripeStandInPort}/checkout/ready`,
      reuseExistingServer: false,
      timeout: 30_000,
      stdout: 'pipe',
      stderr: 'pipe',
    },
    {
      ...productServer,
      url: `http://127.0.0.1:${billingWebPort}/`,
      env: {
        PORT: String(billingWebPort),
        API_PORT: String(billingApiPort),
        INBOUND_SMTP_PORT: String(billingInboundSmtpPort),
        LOG_LEVEL: 'warn',
        NODE_OPTIONS: '',
        STRIPE_SECRET_KEY: 'sk_test_e2e',
        STRIPE_WEBHOOK_SECRET: 'whsec_e2e',
        STRIPE_PRICE_SOLO: 'price_e2e_solo',
        STRIPE_PRICE_PRACTICE: 'price_e2e_practice',
        STRIPE_PRICE_AGENCY: 'price_e2e_agency',
        STRIPE_API_URL: `http://127.0.0.1:${stripeStandInPort}`,
      },
    },
  ],
});
