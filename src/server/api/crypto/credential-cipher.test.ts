import { randomBytes } from 'node:crypto';
import { appendFileSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createCredentialCipher, loadOrCreateEncryptionKeys } from './credential-cipher';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));
const newDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'plugboard-cipher-'));
  dirs.push(dir);
  return dir;
};

describe('the credential cipher', () => {
  it('opens a blob only in the place it was sealed for: a blob moved to another row or column fails', () => {
    const cipher = createCredentialCipher(loadOrCreateEncryptionKeys(newDir()));
    const sealed = cipher.encrypt('s3cret', 'connections:crm:user-1:credentials');
    expect(cipher.decrypt(sealed, 'connections:crm:user-1:credentials')).toBe('s3cret');
    expect(() => cipher.decrypt(sealed, 'connections:crm:user-2:credentials')).toThrow();
    expect(sealed.includes('s3cret')).toBe(false);
  });

  it('keeps opening blobs of an older key after a new key version is added, and seals new ones with the new key', () => {
    const dir = newDir();
    const before = createCredentialCipher(loadOrCreateEncryptionKeys(dir));
    const old = before.encrypt('old secret', 'ctx');
    expect(old[0]).toBe(1);
    appendFileSync(join(dir, 'encryption.key'), `2:${randomBytes(32).toString('base64')}\n`);
    const after = createCredentialCipher(loadOrCreateEncryptionKeys(dir));
    expect(after.decrypt(old, 'ctx')).toBe('old secret');
    const fresh = after.encrypt('new secret', 'ctx');
    expect(fresh[0]).toBe(2);
    expect(() => before.decrypt(fresh, 'ctx')).toThrow(/key version 2/);
  });

  it('reads a key file of the first format (one base64 line) as key version 1', () => {
    const dir = newDir();
    const cipher = createCredentialCipher(loadOrCreateEncryptionKeys(dir));
    const sealed = cipher.encrypt('x', 'ctx');
    const line = readFileSync(join(dir, 'encryption.key'), 'utf8').trim();
    expect(line).toMatch(/^1:/);
    const legacyDir = newDir();
    appendFileSync(join(legacyDir, 'encryption.key'), `${line.slice(2)}\n`, { mode: 0o600 });
    expect(createCredentialCipher(loadOrCreateEncryptionKeys(legacyDir)).decrypt(sealed, 'ctx')).toBe('x');
    expect(statSync(join(dir, 'encryption.key')).mode & 0o777).toBe(0o600);
  });
});
