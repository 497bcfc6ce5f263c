// A customer's Vue app, bundled by e2e/bindings.spec.ts from the packed `plugboard` package.
import { createApp, defineComponent, h, ref } from 'vue';
import { ConnectButton } from 'plugboard/vue';

const params = new URLSearchParams(location.search);

const App = defineComponent(() => {
  const sessionToken = ref();
  const events = ref([]);
  const connectionId = ref('');
  // The app's backend creates the session; the token may arrive after the widget opened.
  fetch('/session', { method: 'POST' })
    .then((response) => response.json())
    .then(({ token }) => (sessionToken.value = token));
  const onEvent = (event) => {
    events.value.push(event.type);
    if (event.type === 'connect') connectionId.value = event.payload.connectionId;
  };
  return () =>
    h('main', [
      h('h1', 'Vue app'),
      h(ConnectButton, { options: { baseURL: params.get('ui'), apiURL: params.get('api'), sessionToken: sessionToken.value, onEvent } }, () => 'Connect an account'),
      h('p', ['Connection: ', h('output', { id: 'connection' }, connectionId.value)]),
      h('ol', { id: 'events' }, events.value.map((type) => h('li', type))),
    ]);
});

const app = createApp(App);
app.mount('#app');
window.unmountApp = () => app.unmount();
