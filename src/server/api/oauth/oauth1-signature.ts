import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** RFC 5849 section 3.6: percent-encoding of the unreserved set only (stricter than encodeURIComponent). */
export function percentEncode(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
}

export type Oauth1Params = Array<[string, string]>;

/** RFC 5849 section 3.4.1: method, base string URI (no query, no fragment), and the normalized parameters. */
export function signatureBaseString(method: string, url: string, params: Oauth1Params): string {
  const parsed = new URL(url);
  const base = `${parsed.protocol}//${parsed.host.toLowerCase()}${parsed.pathname}`;
  const normalized = params
    .map(([name, value]) => [percentEncode(name), percentEncode(value)] as const)
    .sort(([a, av], [b, bv]) => (a === b ? (av < bv ? -1 : av > bv ? 1 : 0) : a < b ? -1 : 1))
    .map(([name, value]) => `${name}=${value}`)
    .join('&');
  return [method.toUpperCase(), percentEncode(base), percentEncode(normalized)].join('&');
}

/** RFC 5849 section 3.4.2: HMAC-SHA1 keyed with the consumer secret and the token secret. */
export function hmacSha1Signature(baseString: string, consumerSecret: string, tokenSecret: string): string {
  return createHmac('sha1', `${percentEncode(consumerSecret)}&${percentEncode(tokenSecret)}`).update(baseString).digest('base64');
}

export interface SignedRequestInput {
  method: 'POST';
  url: string;
  consumerKey: string;
  consumerSecret: string;
  token?: string;
  tokenSecret?: string;
  /** Extra `oauth_*` protocol parameters (`oauth_callback`, `oauth_verifier`). */
  oauth?: Record<string, string>;
  now: Date;
}

/** The `Authorization: OAuth …` header of a signed request (RFC 5849 section 3.5.1). */
export function oauth1AuthorizationHeader(input: SignedRequestInput): string {
  const protocol: Record<string, string> = {
    oauth_consumer_key: input.consumerKey,
    oauth_nonce: randomBytes(16).toString('hex'),
    oauth_signature_method: 'HMAC-SHA1',
    oauth_timestamp: String(Math.floor(input.now.getTime() / 1000)),
    oauth_version: '1.0',
    ...(input.token ? { oauth_token: input.token } : {}),
    ...input.oauth,
  };
  const query = [...new URL(input.url).searchParams.entries()];
  const base = signatureBaseString(input.method, input.url, [...Object.entries(protocol), ...query]);
  protocol['oauth_signature'] = hmacSha1Signature(base, input.consumerSecret, input.tokenSecret ?? '');
  return `OAuth ${Object.entries(protocol).map(([name, value]) => `${percentEncode(name)}="${percentEncode(value)}"`).join(', ')}`;
}

/** The protocol parameters of an `Authorization: OAuth` header; `null` when it is not one. */
export function parseOauth1Header(header: string | undefined): Record<string, string> | null {
  const match = /^OAuth\s+(.*)$/i.exec(header ?? '');
  if (!match?.[1]) return null;
  const params: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const part of match[1].split(',')) {
    const pair = /^\s*([A-Za-z0-9_.~%-]+)="([^"]*)"\s*$/.exec(part);
    if (!pair?.[1] || pair[2] === undefined) return null;
    try {
      params[decodeURIComponent(pair[1])] = decodeURIComponent(pair[2]);
    } catch {
      return null;
    }
  }
  return params;
}

/** Checks an HMAC-SHA1 signature in constant time. */
export function signatureMatches(expected: string, given: string): boolean {
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}
