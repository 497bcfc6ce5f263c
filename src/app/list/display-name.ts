import type { Integration } from '../../contract/connect';

/** What the user sees an integration called: its display name, else its key. */
export const displayNameOf = (integration: Integration): string => integration.display_name || integration.unique_key;
