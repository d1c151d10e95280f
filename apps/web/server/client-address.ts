import { AsyncLocalStorage } from 'node:async_hooks';
import type { IncomingMessage, ServerResponse } from 'node:http';
import proxyaddr from 'proxy-addr';
import type { Plugin } from 'vite';

/**
 * Which address of a request is the browser's.
 *
 * Without `TRUST_PROXY` it is the address of the TCP peer, and `X-Forwarded-For` is ignored: the browser
 * writes that header itself. Behind a load balancer or reverse proxy, `TRUST_PROXY` says which forwarded
 * hops to believe, read from the right as Express does (through `proxy-addr`, Express's own library):
 *
 * - a hop count, e.g. `1`: the last entry, appended by the one proxy in front of the web app;
 * - addresses or CIDR ranges, comma separated, e.g. `10.0.0.0/8, 172.16.0.0/12` (and proxy-addr's names
 *   `loopback`, `linklocal`, `uniquelocal`): the right-most address that is not one of them.
 *
 * The address is settled by the HTTP server's first middleware ({@link clientAddressMiddleware}) from the
 * socket, and loaders and actions read it with {@link clientAddressOf}; nothing in the request itself can
 * name it.
 */
export type TrustProxy = (address: string, hop: number) => boolean;

/** Parses `TRUST_PROXY`. Throws on a value that is neither a hop count nor a list of addresses. */
export function parseTrustProxy(value: string | undefined): TrustProxy {
  const setting = value?.trim();
  if (!setting || setting === '0' || setting === 'false') return () => false;
  if (/^\d+$/.test(setting)) {
    const hops = Number(setting);
    return (_address, hop) => hop < hops;
  }
  try {
    return proxyaddr.compile(setting.split(',').map((entry) => entry.trim()));
  } catch (error) {
    throw new Error(
      `TRUST_PROXY must be a hop count (e.g. 1) or a comma-separated list of addresses or CIDR ranges; got "${setting}".`,
      { cause: error },
    );
  }
}

/** The browser's address for a Node request under a trust setting. */
export function clientAddressFor(request: IncomingMessage, trust: TrustProxy): string | undefined {
  if (!request.socket?.remoteAddress) return undefined;
  return normalizeAddress(proxyaddr(request, trust));
}

/** `::ffff:203.0.113.9` (an IPv4 peer on a dual-stack socket) and `203.0.113.9` are one address. */
function normalizeAddress(address: string): string {
  return address.startsWith('::ffff:') && address.includes('.') ? address.slice('::ffff:'.length) : address;
}

interface ClientAddressStore {
  address: string | undefined;
}

/**
 * One store for the whole process, under a global symbol: the Vite development server loads the app's
 * modules a second time (its own module graph) next to the copy its middleware imported.
 */
const STORE_KEY = Symbol.for('rebound.client-address');
function store(): AsyncLocalStorage<ClientAddressStore> {
  const global = globalThis as { [STORE_KEY]?: AsyncLocalStorage<ClientAddressStore> };
  return (global[STORE_KEY] ??= new AsyncLocalStorage<ClientAddressStore>());
}

type NextFunction = (error?: unknown) => void;

/**
 * Connect/Express middleware, first in the chain of the web server: settles the browser's address for
 * everything that runs for this request (Remix loaders and actions included).
 */
export function clientAddressMiddleware(
  trust: TrustProxy = parseTrustProxy(process.env.TRUST_PROXY),
): (request: IncomingMessage, response: ServerResponse, next: NextFunction) => void {
  return (request, _response, next) => {
    runWithClientAddress(clientAddressFor(request, trust), next);
  };
}

/** Runs `handle` (and everything it starts) as the handling of a request from `address`. */
export function runWithClientAddress<T>(address: string | undefined, handle: () => T): T {
  return store().run({ address }, handle);
}

/** Vite plugin for the development server: the same middleware, ahead of Remix's. */
export function clientAddressVitePlugin(): Plugin {
  return {
    name: 'rebound-client-address',
    configureServer(server) {
      server.middlewares.use(clientAddressMiddleware());
    },
  };
}

/**
 * The browser's address for the request being handled, or undefined when the server did not settle one
 * (then the API counts the request under the web server's own address).
 */
export function clientAddressOf(): string | undefined {
  return store().getStore()?.address;
}
