import { portSetting } from './settings';

/** Reads a port from the environment; a bad value stops start-up with a message naming it. */
export function portFromEnv(name: string, fallback: number): number {
  return portSetting(process.env, name, fallback);
}
