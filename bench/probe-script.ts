import { readFileSync } from 'node:fs';

export interface ProbeConfig {
  /** The host page's origin: it gets the driver (`window.__benchHost`). */
  hostOrigin: string;
  /** Origins of the frames to measure (widget, floor): they get the probe (`window.__benchProbe`). */
  frameOrigins: string[];
  /** The list counts as shown once all these names are visible. */
  listNames: string[];
  /** The form counts as shown once an element matching this is visible. */
  formSelector: string;
}

const source = readFileSync(new URL('./probe/probe.js', import.meta.url), 'utf8');

/**
 * The init script of one run: the probe's source and its call with this run's settings, in a
 * function scope so none of the probe's names leak into the pages' globals.
 */
export function probeScript(config: ProbeConfig): string {
  return `(() => {\n${source}\ninstallBench(${JSON.stringify(config)});\n})();\n`;
}
