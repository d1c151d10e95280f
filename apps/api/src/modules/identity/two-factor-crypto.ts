import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { API_CONFIG, type ApiConfig } from '../../config/config.js';

const CIPHER = 'aes-256-gcm';
/** Stored before each ciphertext, so that a later key or cipher can sit beside this one. */
const FORMAT = 'v1';

/**
 * Keeps two-factor secrets unreadable at rest and recovery codes unguessable from a copy of the
 * database: secrets are encrypted (AES-256-GCM) and recovery codes stored as keyed hashes (HMAC-SHA256),
 * both with keys derived from TWO_FACTOR_KEY (else AUTH_SECRET), which never reach the database.
 */
@Injectable()
export class TwoFactorCrypto {
  private keys?: { encryption: Buffer; hash: Buffer };

  // The worker shares this module without the web's secrets: the keys are derived at first use.
  constructor(@Inject(API_CONFIG) private readonly config: ApiConfig) {}

  private get encryptionKey(): Buffer {
    return this.derivedKeys().encryption;
  }

  private get hashKey(): Buffer {
    return this.derivedKeys().hash;
  }

  private derivedKeys(): { encryption: Buffer; hash: Buffer } {
    const root = this.config.TWO_FACTOR_KEY ?? this.config.AUTH_SECRET;
    this.keys ??= {
      encryption: derive(root, 'rebound two-factor secret encryption'),
      hash: derive(root, 'rebound recovery code hashing'),
    };
    return this.keys;
  }

  encryptSecret(secret: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv(CIPHER, this.encryptionKey, iv);
    const ciphertext = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
    return [FORMAT, iv, cipher.getAuthTag(), ciphertext].map(encodePart).join('.');
  }

  decryptSecret(stored: string): string {
    const [format, iv, tag, ciphertext] = stored.split('.');
    if (format !== FORMAT || !iv || !tag || !ciphertext) throw new Error('Unknown two-factor secret format');
    const decipher = createDecipheriv(CIPHER, this.encryptionKey, Buffer.from(iv, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString(
      'utf8',
    );
  }

  /** The stored form of a recovery code, as `readSecondFactorCode` reads it (no dash, lower case). */
  hashRecoveryCode(compactCode: string): string {
    return createHmac('sha256', this.hashKey).update(compactCode).digest('hex');
  }
}

function derive(root: string, purpose: string): Buffer {
  return Buffer.from(hkdfSync('sha256', root, '', purpose, 32));
}

function encodePart(part: string | Buffer): string {
  return typeof part === 'string' ? part : part.toString('base64url');
}
