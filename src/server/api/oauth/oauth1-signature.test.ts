import { describe, expect, it } from 'vitest';
import { hmacSha1Signature, oauth1AuthorizationHeader, parseOauth1Header, percentEncode, signatureBaseString } from './oauth1-signature';

// The worked example of RFC 5849 section 1.2 (photos.example.net): the same signatures, byte for byte.
const consumerSecret = 'kd94hf93k423kf44';

describe('HMAC-SHA1 signatures (RFC 5849)', () => {
  it('signs the temporary-credentials request of RFC 5849 section 1.2', () => {
    const base = signatureBaseString('POST', 'https://photos.example.net/initiate', [
      ['oauth_consumer_key', 'dpf43f3p2l4k3l03'], ['oauth_signature_method', 'HMAC-SHA1'], ['oauth_timestamp', '137131200'],
      ['oauth_nonce', 'wIjqoS'], ['oauth_callback', 'http://printer.example.com/ready'],
    ]);
    expect(hmacSha1Signature(base, consumerSecret, '')).toBe('74KNZJeDHnMBp0EMJ9ZHt/XKycU=');
  });

  it('signs the protected-resource request of RFC 5849 section 1.2, query parameters and token secret included', () => {
    const base = signatureBaseString('GET', 'http://photos.example.net/photos?file=vacation.jpg&size=original', [
      ['oauth_consumer_key', 'dpf43f3p2l4k3l03'], ['oauth_token', 'nnch734d00sl2jdk'], ['oauth_signature_method', 'HMAC-SHA1'],
      ['oauth_timestamp', '137131202'], ['oauth_nonce', 'chapoH'], ['file', 'vacation.jpg'], ['size', 'original'],
    ]);
    expect(hmacSha1Signature(base, consumerSecret, 'pfkkdhi9sl3r4s00')).toBe('MdpQcU8iPSUjWoN/UDMsK2sui9I=');
  });

  it('percent-encodes the RFC 3986 reserved characters encodeURIComponent leaves alone', () => {
    expect(percentEncode("a b!*'()~")).toBe('a%20b%21%2A%27%28%29~');
  });

  it('writes a header whose parameters read back, signature included', () => {
    const header = oauth1AuthorizationHeader({
      method: 'POST', url: 'https://p.test/token', consumerKey: 'ck', consumerSecret: 'cs', token: 't', tokenSecret: 'ts',
      oauth: { oauth_verifier: 'v w' }, now: new Date(1_000_000),
    });
    expect(parseOauth1Header(header)).toMatchObject({
      oauth_consumer_key: 'ck', oauth_token: 't', oauth_verifier: 'v w', oauth_timestamp: '1000', oauth_signature: expect.stringMatching(/=$/),
    });
    expect(parseOauth1Header('Bearer x')).toBeNull();
  });
});
