import { hash, verify } from '@node-rs/argon2';

// argon2id (the package's default algorithm) with OWASP's baseline: 19 MiB memory, 2 passes, 1 lane.
const ARGON2ID_COST = { memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2ID_COST);
}

export function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  return verify(passwordHash, password);
}
