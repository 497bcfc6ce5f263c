// A host page with the widget inline in a 320 px column of a long page, and a control of its own
// that must keep working while the widget is there.
import { exposeHost } from './host-config.js';

exposeHost((options) => window.Plugboard.openConnectUI(options));
document.getElementById('host-action').addEventListener('click', () => {
  document.getElementById('host-output').textContent = 'The host page still works';
});
