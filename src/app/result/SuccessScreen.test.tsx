import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { Integration } from '../../contract/connect';
import { SuccessScreen } from './SuccessScreen';

afterEach(cleanup);

const target = {
  integration: { unique_key: 'demo-custom', provider: 'test-custom', display_name: 'Acme Apps' } as Integration,
  provider: { auth_mode: 'CUSTOM' },
};

describe('SuccessScreen', () => {
  it('says the account is connected', () => {
    render(<SuccessScreen target={target} isPending={false} onDone={() => {}} />);
    expect(screen.getByRole('heading', { name: 'Acme Apps is connected' })).toBeTruthy();
  });

  it('says an app install waits for an owner’s approval instead of calling it connected', () => {
    render(<SuccessScreen target={target} isPending onDone={() => {}} />);
    expect(screen.getByRole('heading', { name: 'Waiting for approval at Acme Apps' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toContain('Once an administrator of your Acme Apps account approves it');
    expect(screen.queryByText(/is connected/)).toBeNull();
  });
});
