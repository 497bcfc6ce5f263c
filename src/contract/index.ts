// The HTTP wire contract: every body the Connect and admin APIs send, as zod/mini schemas and types.
export * from './connect';
export * from './admin';
export { z, type Sent } from './zod';
