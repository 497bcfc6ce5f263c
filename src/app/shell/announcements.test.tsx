import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Provider } from '../../contract/connect';
import { buildForm } from '../../client/form';
import { createFormModel } from '../form/form-model';
import { createPendingModel } from '../machine/pending-model';
import { FormScreen } from '../form/FormScreen';
import { integration, session } from '../../../test/app/fixtures';
import { LoaderScreen } from './LoaderScreen';

// What a screen reader announces: the text of live regions (role alert or status, aria-live).
// A region inserted together with its text is often not announced at all, and several regions
// changing at once are read one after the other, so each region must already be in the DOM, and a
// failed submit must change exactly one.

const liveRegions = () => [...document.querySelectorAll<HTMLElement>('[role="alert"], [role="status"], [aria-live]')];
const speaking = () => liveRegions().filter((region) => (region.textContent ?? '').trim() !== '');

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const twoRequired: Provider = {
  name: 'demo',
  auth_mode: 'API_KEY',
  credentials: { apiKey: { title: 'API Key', secret: true } },
  connection_config: { subdomain: { title: 'Domain', order: 1 } },
};

function renderForm() {
  const item = integration('demo', 'demo', 'Demo');
  const form = createFormModel(buildForm({ provider: twoRequired, integration: item, session: session(), newExternalId: () => 'x' }));
  render(
    <FormScreen target={{ integration: item, provider: twoRequired }} form={form} pending={createPendingModel()} isSubmitting={false} onSubmit={() => form.revealIssues()} onBack={null} onClose={null} />,
  );
  return form;
}

describe('announcements', () => {
  it('a failed submit with two wrong fields announces once, from a region that was already there', () => {
    renderForm();
    const before = liveRegions();
    expect(speaking()).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Connect' }));
    expect(screen.getAllByText(/is required/)).toHaveLength(2); // both errors are shown…
    const spoken = speaking();
    expect(spoken).toHaveLength(1); // …but one announcement
    expect(before).toContain(spoken[0]);
    expect(spoken[0]?.textContent).toBe('Check what you entered and try again.');
    expect(document.activeElement).toBe(screen.getByLabelText('Domain'));
  });

  it('the slow notice speaks from a region present before the wait became long', () => {
    vi.useFakeTimers();
    const pending = createPendingModel({ slowAfterMs: 1000 });
    render(<LoaderScreen title="Connect an account" pending={pending} onClose={null} />);
    act(() => void pending.begin());
    const before = liveRegions();
    act(() => void vi.advanceTimersByTime(1000));
    const spoken = speaking().filter((region) => region.textContent?.includes('longer than usual'));
    expect(spoken).toHaveLength(1);
    expect(before).toContain(spoken[0]);
  });
});
