import { createContext, useContext } from 'react';

/**
 * The Content-Security-Policy nonce of this response (the production web server makes one per request,
 * `server/security-headers.ts`). Every inline script the document renders carries it; in the browser
 * and under the Vite development server it is undefined, which is what React expects after hydration
 * (browsers hide a nonce from the DOM once the policy has read it).
 */
export const NonceContext = createContext<string | undefined>(undefined);

export function useNonce(): string | undefined {
  return useContext(NonceContext);
}
