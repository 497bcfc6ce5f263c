/**
 * The steps of a connection, named as Nango's Connect UI names its telemetry beacons, plus
 * `search` (Plugboard's own: step events only, never a beacon). The widget sends them to the host
 * page only when it asked with `events: 'all'`.
 */
export const stepNames = [
  'open',
  'view:list',
  'view:integration',
  'view:unknown_error',
  'view:credentials_error',
  'view:success',
  'click:integration',
  'click:doc',
  'click:doc_section',
  'click:connect',
  'click:close',
  'click:finish',
  'click:outside',
  'popup:blocked_by_browser',
  'popup:closed_early',
  'search',
] as const;
export type StepName = (typeof stepNames)[number];
