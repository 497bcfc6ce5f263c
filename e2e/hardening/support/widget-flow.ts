import type { FrameLocator } from '@playwright/test';
import { expect } from '../../support/fixtures';

/** Opens an integration from the list, by its display name, and waits for its form. */
export async function openIntegration(frame: FrameLocator, name: string): Promise<void> {
  await frame.getByRole('button', { name, exact: true }).click();
  await expect(frame.getByRole('button', { name: /^connect$/i })).toBeVisible();
}

/** Fills the built-in "Test API Key" form (`test_…` keys pass the provider's check) and submits it. */
export async function submitApiKeyForm(frame: FrameLocator, apiKey: string): Promise<void> {
  await frame.getByRole('textbox', { name: 'API Key', exact: true }).fill(apiKey);
  await frame.getByRole('combobox', { name: 'Region' }).selectOption('eu');
  await frame.getByRole('button', { name: /^connect$/i }).click();
}
