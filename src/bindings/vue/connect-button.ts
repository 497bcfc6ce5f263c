import { defineComponent, h, type PropType } from 'vue';
import type { ConnectUIOptions } from '../../sdk/index';
import { useConnectUI } from './use-connect-ui';

/**
 * A `<button>` that opens the widget, with `useConnectUI`'s behaviour. The label is the default
 * slot ("Connect an account" without one).
 *
 * @example
 * h(ConnectButton, { options: { baseURL, sessionToken, onEvent } }, () => 'Connect CRM')
 */
// Pure: a bundler drops it from an app that imports only `useConnectUI`.
export const ConnectButton = /* @__PURE__ */ defineComponent({
  name: 'ConnectButton',
  props: { options: { type: Object as PropType<ConnectUIOptions>, required: true } },
  setup(props, { slots }) {
    const { open } = useConnectUI(() => props.options);
    return () => h('button', { type: 'button', onClick: () => open() }, slots.default?.() ?? 'Connect an account');
  },
});
