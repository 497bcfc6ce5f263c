import { createElement, type ReactNode } from 'react';
import type { ConnectUIOptions } from '../../sdk/index';
import { useConnectUI } from './use-connect-ui';

export interface ConnectButtonProps extends ConnectUIOptions {
  /** The button's label. Default: "Connect an account". */
  children?: ReactNode;
  className?: string;
  disabled?: boolean;
}

/**
 * A `<button>` that opens the widget, with `useConnectUI`'s behaviour.
 *
 * @example
 * <ConnectButton baseURL={widgetURL} sessionToken={token} onEvent={onEvent}>Connect CRM</ConnectButton>
 */
export function ConnectButton({ children, className, disabled, ...options }: ConnectButtonProps) {
  const { open } = useConnectUI(options);
  return createElement('button', { type: 'button', className, disabled, onClick: () => open() }, children ?? 'Connect an account');
}
