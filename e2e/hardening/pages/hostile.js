// A page on a site that is neither the host nor the widget. It records every message it receives
// (a widget event reaching it would be a leak); the tests drive it with page.evaluate. With
// `?frame=<url>` it frames that URL, e.g. the customer's page or the widget itself.
window.received = [];
addEventListener('message', (event) => {
  window.received.push({ origin: event.origin, data: event.data });
});

const frameUrl = new URLSearchParams(location.search).get('frame');
if (frameUrl) {
  const frame = document.createElement('iframe');
  frame.id = 'framed';
  frame.title = 'framed page';
  frame.src = frameUrl;
  document.body.append(frame);
}
