import { StripeStandIn } from './stripe-stand-in.js';

/**
 * The Stripe stand-in as a process of its own, for end-to-end runs: the product's API points its
 * Stripe SDK here (STRIPE_API_URL). Usage: stripe-stand-in.main.ts <port>
 */
const port = Number(process.argv[2] ?? 0);
const standIn = await StripeStandIn.start(port);
console.log(`Stripe stand-in listening on ${standIn.url}`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void standIn.close().then(() => process.exit(0)));
}
