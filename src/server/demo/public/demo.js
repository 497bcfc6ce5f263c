// The demo page's script (external: the page's CSP allows no inline script).
// Flow: open the widget at once, fetch a session token from our own backend, hand it over.

const byId = (id) => document.getElementById(id);
const config = await fetch('/api/config').then((response) => response.json());
// The setup steps (integrations, test connection, webhooks) live in the API's console.
document.getElementById('console-link').href = `${config.apiUrl}/console/`;
const integrations = new Map();
const status = byId('status');

async function loadIntegrations() {
  const { integrations: list } = await fetch('/api/integrations').then((response) => response.json());
  const select = byId('integration');
  for (const integration of list) {
    integrations.set(integration.unique_key, integration);
    select.append(new Option(integration.display_name, integration.unique_key));
  }
}

async function postJson(path, body) {
  const response = await fetch(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (!response.ok) throw new Error(`${path} answered ${response.status}`);
  return response.status === 204 ? null : response.json();
}

function reportEvent(event) {
  void postJson('/api/events', event).catch(() => {});
}

/** Opens the widget first (its loader shows at once), then gives it the token when it arrives. */
function openWidget(tokenPath, tokenRequest) {
  status.textContent = '';
  const lang = byId('language').value;
  const theme = byId('theme').value;
  const ui = window.Plugboard.openConnectUI({
    baseURL: config.uiUrl,
    apiURL: config.apiUrl,
    ...(lang ? { lang } : {}),
    ...(theme ? { themeOverride: theme } : {}),
    onEvent: reportEvent,
  });
  postJson(tokenPath, tokenRequest)
    .then(({ token }) => ui.setSessionToken(token))
    .catch((error) => {
      ui.close();
      status.textContent = `Could not start the connection: ${error.message}`;
    });
}

byId('connect-form').addEventListener('submit', (event) => {
  event.preventDefault();
  openWidget('/api/session-token', { integration: byId('integration').value });
});

function renderConnections(connections) {
  const list = byId('connections');
  byId('no-connections').hidden = connections.length > 0;
  list.replaceChildren(...connections.map((connection) => {
    const integration = integrations.get(connection.providerConfigKey);
    const name = integration ? integration.display_name : connection.providerConfigKey;
    const item = document.createElement('li');
    const logo = document.createElement('img');
    logo.alt = '';
    if (integration) logo.src = integration.logo;
    const details = document.createElement('span');
    details.className = 'details';
    const title = document.createElement('strong');
    title.textContent = name;
    const meta = document.createElement('code');
    meta.textContent = `${connection.connectionId}${connection.isConfirmedByWebhook ? ' · webhook verified ✓' : ''}`;
    details.append(title, meta);
    if (connection.error) {
      const problem = document.createElement('span');
      problem.className = 'connection-error';
      problem.textContent = `Last ${connection.lastOperation} failed: ${connection.error}`;
      details.append(problem);
    }
    const reconnect = document.createElement('button');
    reconnect.type = 'button';
    reconnect.className = 'secondary';
    reconnect.textContent = 'Reconnect';
    reconnect.setAttribute('aria-label', `Reconnect ${name} (${connection.connectionId})`);
    reconnect.addEventListener('click', () =>
      openWidget('/api/reconnect-token', { connectionId: connection.connectionId, integrationId: connection.providerConfigKey }));
    // The backend's `getToken`: the API refreshes an OAuth token that is about to expire.
    const getToken = document.createElement('button');
    getToken.type = 'button';
    getToken.className = 'secondary';
    getToken.textContent = 'Get token';
    getToken.setAttribute('aria-label', `Get the token of ${name} (${connection.connectionId})`);
    getToken.addEventListener('click', () => {
      status.textContent = '';
      postJson('/api/token', { connectionId: connection.connectionId, integrationId: connection.providerConfigKey })
        .catch((error) => { status.textContent = `Could not get the token: ${error.message}`; });
    });
    item.append(logo, details, getToken, reconnect);
    return item;
  }));
}

function renderEvents(events) {
  byId('no-events').hidden = events.length > 0;
  byId('events').replaceChildren(...events.map((event) => {
    const item = document.createElement('li');
    const badge = document.createElement('span');
    const isRejected = event.source === 'webhook' && !event.isVerified;
    badge.className = `badge ${isRejected ? 'rejected' : event.source}`;
    badge.textContent = event.source === 'webhook' ? (event.isVerified ? 'webhook verified ✓' : 'webhook rejected ✗') : event.source;
    if (event.isFailure) item.className = 'failure';
    const type = document.createElement('strong');
    type.textContent = event.type;
    const summary = document.createElement('code');
    summary.textContent = event.summary ? ` ${event.summary}` : '';
    item.append(badge, type, summary);
    if (event.isFailure) {
      const outcome = document.createElement('span');
      outcome.className = 'badge failed';
      outcome.textContent = 'attempt failed';
      item.prepend(outcome);
    }
    return item;
  }));
}

let lastSnapshot = '';
async function refresh() {
  try {
    const text = await fetch('/api/state').then((response) => response.text());
    if (text !== lastSnapshot) {
      lastSnapshot = text;
      const state = JSON.parse(text);
      renderConnections(state.connections);
      renderEvents(state.events);
    }
  } finally {
    setTimeout(refresh, 1000);
  }
}

await loadIntegrations().catch((error) => {
  status.textContent = `Could not load the integrations: ${error.message}`;
});
void refresh();
