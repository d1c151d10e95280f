import { RemixBrowser } from '@remix-run/react';
import { startTransition, StrictMode } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { config } from 'zod';

// Zod probes `new Function('')` on first use to pick a faster parser; the page's Content-Security-Policy
// forbids eval, so the probe would only produce a violation report. Skip it.
config({ jitless: true });

startTransition(() => {
  hydrateRoot(
    document,
    <StrictMode>
      <RemixBrowser />
    </StrictMode>,
  );
});
