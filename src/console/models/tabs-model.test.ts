import { describe, expect, it, vi } from 'vitest';
import { createTabsModel } from './tabs-model';

describe('createTabsModel', () => {
  it('moves with arrows (wrapping), Home and End, loading each tab it selects; other keys do nothing', () => {
    const onSelect = vi.fn();
    const tabs = createTabsModel(onSelect);
    expect(tabs.move('integrations', 'ArrowLeft')).toBe('environment');
    expect(tabs.move('environment', 'ArrowRight')).toBe('integrations');
    expect(tabs.move('integrations', 'End')).toBe('environment');
    expect(tabs.move('environment', 'Home')).toBe('integrations');
    expect(tabs.move('integrations', 'a')).toBeNull();
    expect(onSelect.mock.calls.map(([id]) => id)).toEqual(['environment', 'integrations', 'environment', 'integrations']);
    expect(tabs.active.value).toBe('integrations');
  });
});
