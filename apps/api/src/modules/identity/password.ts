import { hash, verify } from '@node-rs/argon2';

// argon2id (the package's default algorithm) with OWASP's baseline: 19 MiB memory, 2 passes, 1 lane.
const ARGON2ID_COST = { memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2ID_COST);
}

export function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  return verify(passwordHash, password);
}

/**
 * A hash of a random password with the same cost as real ones, made once per process: checking a
 * password against it takes as long as checking a real account's, and never succeeds.
 */
let decoyHash: Promise<string> | undefined;
function decoy(): Promise<string> {
  decoyHash ??= hashPassword(crypto.randomUUID());
  return decoyHash;
}

/**
 * Checks a password against an account's hash, or, for an unknown account or one without a password,
 * against the decoy: the answer takes the same time either way, so it does not tell whether the
 * account exists.
 */
export async function verifyPasswordOrDecoy(passwordHash: string | null, password: string): Promise<boolean> {
  if (passwordHash) return verifyPassword(passwordHash, password);
  await verifyPassword(await decoy(), password);
  return false;
}
