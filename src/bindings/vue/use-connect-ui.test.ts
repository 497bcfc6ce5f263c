import { createApp, defineComponent, h, nextTick, onMounted, reactive, ref, type App } from 'vue';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ConnectUIEvent, ConnectUIOptions } from '../../sdk/index';
import { ConnectButton, useConnectUI, type UseConnectUI } from './index';

const baseURL = 'https://widget.example.com/';
const widgetOrigin = 'https://widget.example.com';

let app: App | null = null;
let container: HTMLElement;

afterEach(() => {
  app?.unmount();
  app = null;
  document.body.innerHTML = '';
  document.body.removeAttribute('style');
});

async function mount(component: Parameters<typeof createApp>[0], props?: Record<string, unknown>): Promise<void> {
  container = document.body.appendChild(document.createElement('div'));
  app = createApp(component, props);
  app.mount(container);
  await nextTick();
}

function unmount(): void {
  app?.unmount();
  app = null;
}

const iframes = () => document.querySelectorAll('iframe');

/** A message from the widget in the page's one iframe. */
async function fromWidget(data: ConnectUIEvent): Promise<void> {
  const source = iframes()[0]?.contentWindow ?? null;
  window.dispatchEvent(new MessageEvent('message', { data, origin: widgetOrigin, source }));
  await nextTick();
}

/** A component that opens the widget as it mounts, and shows the state; its options are reactive. */
let composable: UseConnectUI;
const options = reactive<ConnectUIOptions>({ baseURL });
const OpensOnMount = defineComponent({
  setup() {
    composable = useConnectUI(options);
    onMounted(composable.open);
    return () => h('p', composable.state.value);
  },
});

afterEach(() => {
  for (const key of Object.keys(options)) delete (options as Partial<ConnectUIOptions>)[key as keyof ConnectUIOptions];
  options.baseURL = baseURL;
});

describe('useConnectUI (Vue)', () => {
  it('opened on mount: one iframe; each event reaches onEvent once', async () => {
    const onEvent = vi.fn();
    options.onEvent = onEvent;
    await mount(OpensOnMount);
    expect(iframes()).toHaveLength(1);
    await fromWidget({ type: 'ready' });
    expect(onEvent.mock.calls).toEqual([[{ type: 'ready' }]]);
    expect(container.textContent).toBe('ready');
  });

  it('unmounting closes the widget and gives the page back', async () => {
    await mount(OpensOnMount);
    expect(document.body.style.overflow).toBe('hidden');
    unmount();
    expect(iframes()).toHaveLength(0);
    expect(document.body.style.overflow).toBe('');
    expect(document.querySelectorAll('[inert]')).toHaveLength(0);
  });

  it('a new onEvent does not reopen the widget; the new callback receives the next event, the old one nothing', async () => {
    const first = vi.fn();
    const second = vi.fn();
    options.onEvent = first;
    await mount(OpensOnMount);
    const iframe = iframes()[0];
    options.onEvent = second;
    await nextTick();
    expect([...iframes()]).toEqual([iframe]);
    await fromWidget({ type: 'connect', payload: { providerConfigKey: 'github', connectionId: 'c-1' } });
    expect(first).not.toHaveBeenCalled();
    expect(second.mock.calls).toEqual([[{ type: 'connect', payload: { providerConfigKey: 'github', connectionId: 'c-1' } }]]);
    expect(container.textContent).toBe('connected');
  });

  it('a new sessionToken goes to the open widget without reopening it', async () => {
    options.sessionToken = 'first';
    await mount(OpensOnMount);
    const iframe = iframes()[0];
    const post = vi.spyOn(iframe.contentWindow as Window, 'postMessage');
    await fromWidget({ type: 'ready' });
    options.sessionToken = 'second';
    await nextTick();
    expect([...iframes()]).toEqual([iframe]);
    expect(post.mock.calls).toEqual([
      [{ type: 'session_token', sessionToken: 'first' }, widgetOrigin],
      [{ type: 'session_token', sessionToken: 'second' }, widgetOrigin],
    ]);
  });

  it('options in a ref: new ones (here lang) leave the open widget alone and apply from the next open()', async () => {
    const inRef = ref<ConnectUIOptions>({ baseURL, lang: 'de' });
    let opened: UseConnectUI | undefined;
    await mount(defineComponent(() => {
      opened = useConnectUI(inRef);
      onMounted(opened.open);
      return () => h('p');
    }));
    const iframe = iframes()[0];
    inRef.value = { baseURL, lang: 'fr' };
    await nextTick();
    expect([...iframes()]).toEqual([iframe]);
    expect(new URL(iframe.src).searchParams.get('lang')).toBe('de');
    opened?.close();
    opened?.open();
    expect(new URL(iframes()[0].src).searchParams.get('lang')).toBe('fr');
  });

  it('state follows the widget: opening, ready, error, connected; closed when the user closes it, and open() opens anew', async () => {
    await mount(OpensOnMount);
    expect(container.textContent).toBe('opening');
    await fromWidget({ type: 'ready' });
    expect(container.textContent).toBe('ready');
    await fromWidget({ type: 'error', payload: { errorType: 'connection_test_failed', errorMessage: 'no' } });
    expect(container.textContent).toBe('error');
    await fromWidget({ type: 'connect', payload: { providerConfigKey: 'github', connectionId: 'c-1' } });
    expect(container.textContent).toBe('connected');
    await fromWidget({ type: 'close' });
    expect(container.textContent).toBe('closed');
    expect(iframes()).toHaveLength(0);
    composable.open();
    await nextTick();
    expect(iframes()).toHaveLength(1);
    expect(container.textContent).toBe('opening');
    composable.close();
    await nextTick();
    expect(iframes()).toHaveLength(0);
    expect(container.textContent).toBe('closed');
  });
});

describe('ConnectButton (Vue)', () => {
  it('is a real button that opens one widget when clicked, and none before; unmounting closes it', async () => {
    const onEvent = vi.fn();
    await mount(
      defineComponent(() => () => h(ConnectButton, { options: { baseURL, sessionToken: 'tok', onEvent } }, () => 'Connect CRM')),
    );
    const button = container.querySelector('button');
    expect(button?.type).toBe('button');
    expect(button?.textContent).toBe('Connect CRM');
    expect(iframes()).toHaveLength(0);
    button?.click();
    button?.click();
    expect(iframes()).toHaveLength(1);
    await fromWidget({ type: 'ready' });
    expect(onEvent.mock.calls).toEqual([[{ type: 'ready' }]]);
    unmount();
    expect(iframes()).toHaveLength(0);
  });

  it('says "Connect an account" without a label', async () => {
    await mount(ConnectButton, { options: { baseURL } });
    expect(container.querySelector('button')?.textContent).toBe('Connect an account');
  });
});
