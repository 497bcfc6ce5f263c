import { test as base } from '../../support/fixtures';
import { startHostileSite, type HostileSite } from './hostile-site';

interface HostileSites {
  /** An attacker's site (127.0.0.3). */
  hostile: HostileSite;
  /** A second attacker's site (127.0.0.4), for "this origin may, that one may not". */
  otherHostile: HostileSite;
}

/** The lead's fixtures plus two attacker sites, started once per worker. */
export const test = base.extend<object, HostileSites>({
  hostile: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const site = await startHostileSite('127.0.0.3');
      await use(site);
      await site.close();
    },
    { scope: 'worker' },
  ],
  otherHostile: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const site = await startHostileSite('127.0.0.4');
      await use(site);
      await site.close();
    },
    { scope: 'worker' },
  ],
});

export { eventTypes, expect, widget } from '../../support/fixtures';
