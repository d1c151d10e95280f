/** Where the e2e run serves the products and the Stripe stand-in (overridable for parallel runs). */
export const webPort = Number(process.env.E2E_WEB_PORT ?? 4310);
export const apiPort = Number(process.env.E2E_API_PORT ?? 4311);
/** A second product, with billing configured against the Stripe stand-in (billing.spec.ts). */
export const billingWebPort = Number(process.env.E2E_BILLING_WEB_PORT ?? 4312);
export const billingApiPort = Number(process.env.E2E_BILLING_API_PORT ?? 4313);
export const stripeStandInPort = Number(process.env.E2E_STRIPE_PORT ?? 4314);
/** The sink both products send mail (SMTP) and CSP reports (HTTP) to; next to the web port by default. */
export const sinkSmtpPort = Number(process.env.E2E_SINK_SMTP_PORT ?? webPort + 5);
export const sinkHttpPort = Number(process.env.E2E_SINK_HTTP_PORT ?? webPort + 6);
/** The SMTP receivers for forwarded emails of the two products (client-forward-email.spec.ts). */
export const inboundSmtpPort = Number(process.env.E2E_SMTP_PORT ?? 4317);
export const billingInboundSmtpPort = Number(process.env.E2E_BILLING_SMTP_PORT ?? 4318);
