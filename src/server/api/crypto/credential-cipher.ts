import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Encrypts secrets at rest: AES-256-GCM, a fresh 12-byte IV per value, the auth tag kept beside it.
 * A blob is `[key version][iv][tag][ciphertext]`. `context` names where the blob lives (table, row,
 * column) and is authenticated as associated data: a blob copied into another row does not open.
 */
export interface CredentialCipher {
  encrypt(plaintext: string, context: string): Buffer;
  decrypt(sealed: Buffer, context: string): string;
  /** Opens a blob of the first format (no version byte, no context): only to migrate old rows. */
  decryptLegacy(sealed: Buffer): string;
}

/** The keys by version; new blobs use the highest. */
export interface EncryptionKeys {
  current: number;
  keys: ReadonlyMap<number, Buffer>;
}

const ivLength = 12;
const tagLength = 16;

export function createCredentialCipher({ current, keys }: EncryptionKeys): CredentialCipher {
  const keyOf = (version: number): Buffer => {
    const key = keys.get(version);
    if (!key) throw new Error(`No credential encryption key version ${version} in encryption.key`);
    return key;
  };
  const open = (key: Buffer, iv: Buffer, tag: Buffer, body: Buffer, context: string | null): string => {
    const decipher = createDecipheriv('aes-256-gcm', key, iv);
    if (context !== null) decipher.setAAD(Buffer.from(context, 'utf8'));
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
  };
  return {
    encrypt(plaintext, context) {
      const iv = randomBytes(ivLength);
      const cipher = createCipheriv('aes-256-gcm', keyOf(current), iv);
      cipher.setAAD(Buffer.from(context, 'utf8'));
      const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      return Buffer.concat([Buffer.from([current]), iv, cipher.getAuthTag(), body]);
    },
    decrypt(sealed, context) {
      const iv = sealed.subarray(1, 1 + ivLength);
      const tag = sealed.subarray(1 + ivLength, 1 + ivLength + tagLength);
      return open(keyOf(sealed[0] ?? 0), iv, tag, sealed.subarray(1 + ivLength + tagLength), context);
    },
    decryptLegacy(sealed) {
      const iv = sealed.subarray(0, ivLength);
      const tag = sealed.subarray(ivLength, ivLength + tagLength);
      return open(keyOf(1), iv, tag, sealed.subarray(ivLength + tagLength), null);
    },
  };
}

/**
 * The keys live in their own file beside the database (mode 0600), not inside it: a leaked
 * database file alone does not reveal any secret. One key a line, `<version>:<base64 of 32 bytes>`
 * (a bare base64 line, the first format, is version 1). To rotate, append a line with a higher
 * version (1–255): new writes use it, blobs sealed with older versions still open.
 */
export function loadOrCreateEncryptionKeys(dataDir: string): EncryptionKeys {
  const path = join(dataDir, 'encryption.key');
  if (!existsSync(path)) {
    const key = randomBytes(32);
    writeFileSync(path, `1:${key.toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
    return { current: 1, keys: new Map([[1, key]]) };
  }
  chmodSync(path, 0o600); // a file copied in or appended to by hand stays owner-only
  const keys = new Map<number, Buffer>();
  for (const line of readFileSync(path, 'utf8').split('\n').map((text) => text.trim()).filter(Boolean)) {
    const match = /^(?:(\d{1,3}):)?([A-Za-z0-9+/]{43}=)$/.exec(line);
    const version = Number(match?.[1] ?? 1);
    if (!match?.[2] || version < 1 || version > 255) throw new Error(`${path}: each line must be "<version 1-255>:<base64 of 32 bytes>"`);
    keys.set(version, Buffer.from(match[2], 'base64'));
  }
  if (keys.size === 0) throw new Error(`${path} holds no key`);
  return { current: Math.max(...keys.keys()), keys };
}
