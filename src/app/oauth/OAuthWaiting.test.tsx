import { signal } from '@preact/signals';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { OAuthPhase } from '../machine/screen';
import type { OAuthView } from '../machine/state';
import type { OAuthMode } from '../machine/oauth';
import { OAuthWaiting } from './OAuthWaiting';

afterEach(cleanup);

function fakeModel(phase: OAuthPhase, nextStep: OAuthMode = 'popup', blockedCount = 0) {
  const phaseSignal = signal(phase);
  const model: OAuthView = {
    phase: phaseSignal,
    isSlow: signal(phase === 'slow'),
    blockedCount: signal(blockedCount),
    nextStep: signal(nextStep),
    reopen: vi.fn(),
    cancel: vi.fn(),
    Waiting: OAuthWaiting,
  };
  return model;
}

describe('OAuthWaiting', () => {
  it('offers to continue on another device once the popup was blocked twice, when it may', () => {
    const onHandoff = vi.fn();
    const { unmount } = render(<OAuthWaiting model={fakeModel('blocked', 'popup', 1)} name="Acme CRM" onClose={null} onHandoff={onHandoff} />);
    expect(screen.queryByRole('button', { name: 'Continue on another device' })).toBeNull();
    unmount();
    render(<OAuthWaiting model={fakeModel('blocked', 'popup', 2)} name="Acme CRM" onClose={null} onHandoff={onHandoff} />);
    fireEvent.click(screen.getByRole('button', { name: 'Continue on another device' }));
    expect(onHandoff).toHaveBeenCalledOnce();
  });


  it('says where to finish signing in, with a way to reopen the window and a way out', () => {
    const model = fakeModel('waiting');
    render(<OAuthWaiting model={model} name="Acme CRM" onClose={null} />);
    expect(screen.getByRole('heading', { name: 'Sign in to Acme CRM' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('Finish signing in to Acme CRM in the window we opened.');
    expect(screen.queryByText('Still waiting? Reopen the window.')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Reopen the window' }));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(model.reopen).toHaveBeenCalledOnce();
    expect(model.cancel).toHaveBeenCalledOnce();
  });

  it('asks “Still waiting?” after the timeout', () => {
    render(<OAuthWaiting model={fakeModel('slow')} name="Acme CRM" onClose={null} />);
    expect(screen.getByText('Still waiting? Reopen the window.')).toBeTruthy();
  });

  it('explains a blocked window as an alert, with a button that opens it from this click', () => {
    const model = fakeModel('blocked');
    render(<OAuthWaiting model={model} name="Acme CRM" onClose={null} />);
    expect(screen.getByRole('alert').textContent).toContain('Your browser blocked the sign-in window.');
    fireEvent.click(screen.getByRole('button', { name: 'Open the sign-in window' }));
    expect(model.reopen).toHaveBeenCalledOnce();
  });

  it('says the window was closed, that it may still be open, and offers to reopen it', () => {
    const model = fakeModel('closed');
    render(<OAuthWaiting model={model} name="Acme CRM" onClose={null} />);
    expect(screen.getByRole('alert').textContent).toContain('The sign-in window was closed before you finished.');
    expect(screen.getByRole('alert').textContent).toContain('If the window is still open, finish signing in there.');
    fireEvent.click(screen.getByRole('button', { name: 'Reopen the window' }));
    expect(model.reopen).toHaveBeenCalledOnce();
  });

  it('offers to continue in this tab once popups cannot work', () => {
    render(<OAuthWaiting model={fakeModel('blocked', 'redirect')} name="Acme CRM" onClose={null} />);
    expect(screen.getByRole('alert').textContent).toContain('Sign in to Acme CRM in this tab instead');
    expect(screen.getByRole('button', { name: 'Continue in this tab' })).toBeTruthy();
  });

  it('has a close button when the host can close the widget', () => {
    const onClose = vi.fn();
    render(<OAuthWaiting model={fakeModel('waiting')} name="Acme CRM" onClose={onClose} />);
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalledOnce();
  });
});
