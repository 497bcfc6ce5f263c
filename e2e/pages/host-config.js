// Shared by the test host pages: the URLs come in the page's query string.
const query = new URLSearchParams(location.search);
export const baseURL = query.get('ui');
export const apiURL = query.get('api');
export const thirdURL = query.get('third');

/** Exposes `window.pb` for the tests: the events received and a way to open the widget. */
export function exposeHost(openConnectUI) {
  const pb = {
    events: [],
    ui: null,
    open(options = {}) {
      pb.ui = openConnectUI({ baseURL, apiURL, onEvent: (event) => pb.events.push(event), ...options });
    },
  };
  window.pb = pb;
  document.getElementById('open')?.addEventListener('click', () => pb.open());
}
