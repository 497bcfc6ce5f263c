// A customer's React app, bundled by e2e/bindings.spec.ts from the packed `plugboard` package.
import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { ConnectButton } from 'plugboard/react';

const params = new URLSearchParams(location.search);

function App() {
  const [sessionToken, setSessionToken] = useState();
  const [events, setEvents] = useState([]);
  const [connectionId, setConnectionId] = useState('');
  // The app's backend creates the session; the token may arrive after the widget opened.
  useEffect(() => {
    let isCurrent = true;
    fetch('/session', { method: 'POST' })
      .then((response) => response.json())
      .then(({ token }) => isCurrent && setSessionToken(token));
    return () => {
      isCurrent = false;
    };
  }, []);
  // A new callback on every render, as apps write them.
  const onEvent = (event) => {
    setEvents((list) => [...list, event.type]);
    if (event.type === 'connect') setConnectionId(event.payload.connectionId);
  };
  return (
    <main>
      <h1>React app</h1>
      <ConnectButton baseURL={params.get('ui')} apiURL={params.get('api')} sessionToken={sessionToken} onEvent={onEvent}>
        Connect an account
      </ConnectButton>
      <p>
        Connection: <output id="connection">{connectionId}</output>
      </p>
      <ol id="events">
        {events.map((type, index) => (
          <li key={index}>{type}</li>
        ))}
      </ol>
    </main>
  );
}

const root = createRoot(document.getElementById('root'));
root.render(
  <StrictMode>
    <App />
  </StrictMode>,
);
window.unmountApp = () => root.unmount();
