import { effect } from '@preact/signals-core';
import type { WidgetMessage } from '../../protocol/types';
import type { WidgetConfig } from '../boot/widget-config';
import type { ListModel } from '../list/list-model';
import type { Track } from './telemetry';

/** The host asked for step events: `?events=all` (the SDK's `events: 'all'`). */
export const wantsStepEvents = (config: WidgetConfig): boolean => config.query.get('events') === 'all';

/**
 * The steps the beacons record, also posted to the host page as `step` messages: only to a host
 * that asked (`events=all`). Names and the integration's key only; never a typed value.
 */
export function stepEventsTo(emit: (message: WidgetMessage) => void): Track {
  return (name, integration) => emit({ type: 'step', payload: integration ? { name, integration } : { name } });
}

/**
 * A `search` step once typing has settled: how many integrations match, never the query. Returns
 * the function that stops it.
 */
export function watchSearch(list: ListModel, emit: (message: WidgetMessage) => void, settleMs = 400): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let isFirst = true;
  const stop = effect(() => {
    void list.query.value; // subscribes: runs on each change of the query
    if (isFirst) {
      isFirst = false;
      return;
    }
    clearTimeout(timer);
    timer = setTimeout(() => emit({ type: 'step', payload: { name: 'search', resultCount: list.matches.peek().length } }), settleMs);
  });
  return () => {
    stop();
    clearTimeout(timer);
  };
}
