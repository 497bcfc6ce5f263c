// Headless auth side by side: the same `auth()` call through Nango's own `@nangohq/frontend` and
// through Plugboard's drop-in `Nango`, against the API in the query string.
import NangoFrontend from '/nango/index.js';
import { Nango as PlugboardNango } from '/sdk/plugboard.js';

const apiURL = new URLSearchParams(location.search).get('api');
const sdks = { nango: NangoFrontend, plugboard: PlugboardNango };

/** What a caller of `auth()` can observe: the resolved value, or the rejection's name, type and message. */
async function settle(promise) {
  try {
    return { result: await promise };
  } catch (error) {
    return { error: { isError: error instanceof Error, type: error?.type, message: error?.message } };
  }
}

const page = {
  /** The next click on #run calls `auth(...args)` (a user gesture, as popups need); `outcome` settles with it. */
  prepare(sdk, token, args) {
    const nango = new sdks[sdk]({ host: apiURL, ...(token === null ? {} : { connectSessionToken: token }) });
    page.outcome = new Promise((resolve) => {
      document.getElementById('run').addEventListener('click', () => resolve(settle((async () => nango.auth(...args))())), { once: true });
    });
  },
  outcome: null,
  /** A popup blocker: every window.open from now on returns null. */
  blockPopups() {
    window.open = () => null;
  },
};
window.nangoAuth = page;
