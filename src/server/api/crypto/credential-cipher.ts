import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Encrypts credentials at rest: AES-256-GCM, a fresh 12-byte IV per value, the auth tag kept beside it. */
export interface CredentialCipher {
  encrypt(plaintext: string): Buffer;
  decrypt(sealed: Buffer): string;
}

const ivLength = 12;
const tagLength = 16;

export function createCredentialCipher(key: Buffer): CredentialCipher {
  if (key.length !== 32) throw new Error('The credential encryption key must be 32 bytes');
  return {
    encrypt(plaintext) {
      const iv = randomBytes(ivLength);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), body]);
    },
    decrypt(sealed) {
      const iv = sealed.subarray(0, ivLength);
      const tag = sealed.subarray(ivLength, ivLength + tagLength);
      const decipher = createDecipheriv('aes-256-gcm', key, iv);
      decipher.setAuthTag(tag);
      return Buffer.concat([decipher.update(sealed.subarray(ivLength + tagLength)), decipher.final()]).toString('utf8');
    },
  };
}

/**
 * The key lives in its own file beside the database (mode 0600), not inside it: a leaked
 * database file alone does not reveal any credential.
 */
export function loadOrCreateEncryptionKey(dataDir: string): Buffer {
  const path = join(dataDir, 'encryption.key');
  if (existsSync(path)) return Buffer.from(readFileSync(path, 'utf8').trim(), 'base64');
  const key = randomBytes(32);
  writeFileSync(path, key.toString('base64') + '\n', { mode: 0o600, flag: 'wx' });
  return key;
}
