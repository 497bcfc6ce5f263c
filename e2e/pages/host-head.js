// A classic script in <head>, run before <body> exists: it opens the widget at once, as a host
// page that starts the connection flow on load would.
const query = new URLSearchParams(location.search);
const pb = { events: [], ui: null, open: () => {} };
pb.ui = window.Plugboard.openConnectUI({
  baseURL: query.get('ui'),
  apiURL: query.get('api'),
  onEvent: (event) => pb.events.push(event),
});
window.pb = pb;
