// A host page with its own UI on `plugboard/headless`: the query names the API, the token and the
// integration; every outcome is recorded in `window.headless.outcomes` for the test to read.
import { ConnectError, createConnectClient } from '/sdk/headless.js';

const query = new URLSearchParams(location.search);
const client = createConnectClient({ apiURL: query.get('api') ?? '', sessionToken: query.get('token') ?? '' });
const outcomes = [];
const record = (promise) =>
  promise.then(
    (ids) => outcomes.push({ ok: ids }),
    (error) => outcomes.push({ error: error instanceof ConnectError ? { type: error.type, code: error.code } : String(error) }),
  );

window.headless = { client, outcomes, record };
document.getElementById('authorize')?.addEventListener('click', () => {
  void record(client.authorize(query.get('integration') ?? '', { mode: 'popup' }));
});
