/**
 * The query string of a direct auth call: the session token, then each connection
 * parameter as `params[key]=value` — every key and value URL-encoded (Nango leaves some raw).
 * Empty values are left out: an untouched optional field must not become an empty setting.
 */
export function authQuery(token: string, params: Record<string, string>): string {
  const parts = [`connect_session_token=${encodeURIComponent(token)}`];
  for (const [key, value] of Object.entries(params)) {
    if (value !== '') parts.push(`params[${encodeURIComponent(key)}]=${encodeURIComponent(value)}`);
  }
  return parts.join('&');
}
