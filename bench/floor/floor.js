// The physical floor of the benchmark (issue 9): a blank page that only speaks the widget's
// protocol, fetches the session and the integrations in parallel and prints the names. Served
// from the widget's kind of origin under the widget's CSP, opened by the same SDK. A classic
// script at the end of the body: nothing can start sooner.
const query = new URLSearchParams(location.search);
const apiURL = query.get('apiURL');

function get(path, token) {
  return fetch(`${apiURL}${path}`, { headers: { authorization: `Bearer ${token}` } }).then((response) => response.json());
}

// The OAuth floor: the popup goes straight to the API's OAuth route, no socket, no blank step.
function openOAuth(integration, token) {
  const params = new URLSearchParams({ connect_session_token: token });
  window.open(`${apiURL}/oauth/connect/${encodeURIComponent(integration.unique_key)}?${params}`, '_blank', 'popup,width=500,height=600');
}

function render(integrations, token) {
  const list = document.getElementById('list');
  for (const integration of integrations) {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = integration.display_name;
    button.addEventListener('click', () => openOAuth(integration, token));
    const item = document.createElement('li');
    item.append(button);
    list.append(item);
  }
  document.querySelector('[role="status"]').remove();
}

async function load(token) {
  const [, integrations] = await Promise.all([get('/connect/session', token), get('/integrations', token)]);
  render(integrations.data, token);
}

addEventListener('message', (event) => {
  if (event.source !== parent || event.data?.type !== 'session_token') return;
  void load(event.data.sessionToken);
});
parent.postMessage({ type: 'ready' }, '*');
