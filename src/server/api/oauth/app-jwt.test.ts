import { createPublicKey, createSign, generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signAppJwt, verifyAppJwt } from './app-jwt';

const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048, privateKeyEncoding: { type: 'pkcs1', format: 'pem' }, publicKeyEncoding: { type: 'spki', format: 'pem' } });
const publicKeyFor = (appId: string) => (appId === '42' ? createPublicKey(privateKey) : undefined);
const now = new Date('2026-01-01T00:00:00Z');
const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

function handMade(header: unknown, claims: unknown): string {
  const head = `${b64(header)}.${b64(claims)}`;
  return `${head}.${createSign('RSA-SHA256').update(head).sign(privateKey).toString('base64url')}`;
}

describe('app JWTs (RS256)', () => {
  it('signs a JWT the app’s public key verifies, issued a minute back and valid ten minutes', () => {
    const token = signAppJwt('42', privateKey, now);
    expect(verifyAppJwt(token, publicKeyFor, now)).toEqual({ ok: true, appId: '42' });
    const claims = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString());
    expect(claims).toEqual({ iss: '42', iat: now.getTime() / 1000 - 60, exp: now.getTime() / 1000 + 540 });
  });

  it('refuses an expired token, one valid too long, another alg, an unknown app and a changed payload', () => {
    const seconds = now.getTime() / 1000;
    expect(verifyAppJwt(signAppJwt('42', privateKey, new Date(now.getTime() - 11 * 60_000)), publicKeyFor, now)).toEqual({ ok: false, reason: 'The JWT has expired' });
    expect(verifyAppJwt(handMade({ alg: 'RS256' }, { iss: '42', exp: seconds + 3600 }), publicKeyFor, now)).toMatchObject({ ok: false, reason: 'The JWT expiry is too far in the future' });
    expect(verifyAppJwt(handMade({ alg: 'none' }, { iss: '42', exp: seconds + 60 }), publicKeyFor, now)).toMatchObject({ ok: false, reason: "The JWT's alg must be RS256" });
    expect(verifyAppJwt(signAppJwt('7', privateKey, now), publicKeyFor, now)).toMatchObject({ ok: false, reason: 'No app has the id "7"' });
    const [head, , signature] = signAppJwt('42', privateKey, now).split('.');
    expect(verifyAppJwt(`${head}.${b64({ iss: '42', exp: seconds + 300, admin: true })}.${signature}`, publicKeyFor, now))
      .toMatchObject({ ok: false, reason: 'The JWT signature does not match the app public key' });
  });
});
