import { Hono } from 'hono';
import type { AdminProvider } from '../../../contract/admin';
import type { Provider as WireProvider } from '../../../contract/connect';
import type { Sent } from '../../../contract/zod';
import { z } from 'zod';
import { sessionOrSecretKeyAuth } from '../auth/middleware';
import type { ApiDeps } from '../deps';
import { apiError } from '../http/api-error';
import { queryParams, requireJsonContentType, uriParams } from '../http/validators';
import { localizeProvider, negotiateLanguage } from '../providers/localize';
import { renderProviderLogo } from '../providers/logo';
import type { Provider } from '../providers/provider';
import { emptyQuerySchema } from './connect-session-schemas';
import { logoUrl } from './integration-routes';

const providerParamSchema = z.strictObject({ provider: z.string().regex(/^[a-zA-Z0-9_-]+$/).max(255) });
const searchQuerySchema = z.strictObject({ search: z.string().max(255).optional() });

/** `GET /providers` and `GET /providers/:provider`, localised by Accept-Language. */
export function providerRoutes(deps: ApiDeps) {
  const app = new Hono();
  app.use('*', requireJsonContentType, sessionOrSecretKeyAuth(deps));

  // `search` is a case-insensitive substring, not Nango's regex: a user-supplied regex invites ReDoS.
  app.get('/', queryParams(searchQuerySchema), (c) => {
    const search = c.req.valid('query').search?.toLowerCase() ?? '';
    const lang = negotiateLanguage(c.req.header('accept-language'));
    const data = deps.catalogue
      .list()
      .filter(([name]) => name.toLowerCase().includes(search))
      .map(([name, provider]) => apiProvider(deps, name, localizeProvider(name, provider, lang)));
    return c.json({ data });
  });

  app.get('/:provider', uriParams(providerParamSchema), queryParams(emptyQuerySchema), (c) => {
    const { provider: name } = c.req.valid('param');
    const provider = deps.catalogue.get(name);
    if (!provider) throw apiError(404, 'not_found', `Unknown provider ${name}`);
    const lang = negotiateLanguage(c.req.header('accept-language'));
    c.header('Content-Language', lang);
    c.header('Vary', 'Accept-Language');
    return c.json({ data: apiProvider(deps, name, localizeProvider(name, provider, lang)) });
  });

  return app;
}

function apiProvider(deps: ApiDeps, name: string, provider: Provider) {
  return { ...provider, name, logo_url: logoUrl(deps, name) } satisfies Sent<WireProvider> & AdminProvider;
}

/** `GET /images/template-logos/:provider.svg`: public, like a static file. */
export function logoRoutes(deps: ApiDeps) {
  const app = new Hono();
  app.get('/:file{[a-zA-Z0-9_-]+\\.svg}', (c) => {
    const name = c.req.param('file').replace(/\.svg$/, '');
    const provider = deps.catalogue.get(name);
    if (!provider) throw apiError(404, 'not_found', `No logo for ${name}`);
    c.header('Content-Type', 'image/svg+xml; charset=utf-8');
    c.header('Cache-Control', 'public, max-age=3600');
    c.header('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'");
    c.header('Cross-Origin-Resource-Policy', 'cross-origin');
    return c.body(renderProviderLogo(name, provider.display_name));
  });
  return app;
}
