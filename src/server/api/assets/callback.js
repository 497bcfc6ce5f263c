// The OAuth callback page's only script (served as a file so the page runs under script-src 'self').
(function () {
  var dataElement = document.getElementById('plugboard-callback-data');
  var data = JSON.parse(dataElement ? dataElement.textContent || '{}' : '{}');
  var message = data.ok
    ? { type: 'nango_oauth_callback_success' }
    : { type: 'nango_oauth_callback_error', payload: { message: data.message, errorType: data.errorType } };

  window.addEventListener('message', function (event) {
    if (event.data && event.data.type === 'nango_oauth_callback_ack') window.close();
  });

  // Target '*' as Nango does: the opener's origin is unknown here and the message holds no secret
  // (no connection id, no token). The widget checks that the sender is the API origin.
  if (window.opener) window.opener.postMessage(message, '*');
  if (typeof BroadcastChannel === 'function') {
    var channel = new BroadcastChannel('nango-oauth-callback');
    channel.postMessage(message);
    channel.close();
  }

  var closeButton = document.getElementById('close-window');
  if (closeButton) closeButton.addEventListener('click', function () { window.close(); });
  if (data.ok) setTimeout(function () { window.close(); }, 500);
})();
