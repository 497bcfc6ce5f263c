import { createPublicKey, createSign, createVerify, type KeyObject } from 'node:crypto';

const b64url = (value: string | Buffer) => Buffer.from(value).toString('base64url');

/**
 * The JWT an app presents to its provider to get an installation token (GitHub App pattern):
 * RS256, issued a minute in the past against clock drift, valid ten minutes, `iss` the app id.
 */
export function signAppJwt(appId: string, privateKeyPem: string, now: Date): string {
  const issuedAt = Math.floor(now.getTime() / 1000) - 60;
  const head = `${b64url(JSON.stringify({ alg: 'RS256', typ: 'JWT' }))}.${b64url(JSON.stringify({ iat: issuedAt, exp: issuedAt + 600, iss: appId }))}`;
  const signature = createSign('RSA-SHA256').update(head).sign(privateKeyPem);
  return `${head}.${b64url(signature)}`;
}

export type AppJwtCheck = { ok: true; appId: string } | { ok: false; reason: string };

/** Verifies an app JWT with the app's public key: RS256 only, signature, expiry, and the issuer. */
export function verifyAppJwt(token: string, publicKeyFor: (appId: string) => KeyObject | undefined, now: Date): AppJwtCheck {
  const [head = '', body = '', signature = '', ...rest] = token.split('.');
  if (rest.length > 0 || signature === '') return { ok: false, reason: 'A JSON Web Token has three parts' };
  let header: unknown;
  let claims: unknown;
  try {
    header = JSON.parse(Buffer.from(head, 'base64url').toString('utf8'));
    claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
  } catch {
    return { ok: false, reason: 'The JSON Web Token could not be decoded' };
  }
  if (!isRecord(header) || header['alg'] !== 'RS256') return { ok: false, reason: "The JWT's alg must be RS256" };
  if (!isRecord(claims) || typeof claims['iss'] !== 'string' || typeof claims['exp'] !== 'number') return { ok: false, reason: 'The JWT needs iss and exp' };
  const publicKey = publicKeyFor(claims['iss']);
  if (!publicKey) return { ok: false, reason: `No app has the id "${claims['iss']}"` };
  const valid = createVerify('RSA-SHA256').update(`${head}.${body}`).verify(publicKey, Buffer.from(signature, 'base64url'));
  if (!valid) return { ok: false, reason: 'The JWT signature does not match the app public key' };
  const nowSeconds = Math.floor(now.getTime() / 1000);
  if (claims['exp'] <= nowSeconds) return { ok: false, reason: 'The JWT has expired' };
  if (claims['exp'] - nowSeconds > 660) return { ok: false, reason: 'The JWT expiry is too far in the future' };
  return { ok: true, appId: claims['iss'] };
}

/** The public half of a PEM private key: what the provider holds for the app. */
export function publicKeyOf(privateKeyPem: string): KeyObject {
  return createPublicKey(privateKeyPem);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
