import { networkFailure } from '../api/api-failure';
import { failed, success, type Result } from '../api/result';
import type { ConnectModule } from '../connect-module';
import type { WidgetState } from './state';

/** Loads the lazy half of the widget as a `Result`, so a chunk that fails to load is a failure screen. */
export async function loadConnect(state: WidgetState): Promise<Result<ConnectModule>> {
  try {
    const module = await state.deps.loadConnect();
    state.connect.value = module;
    return success(module);
  } catch (error) {
    return failed(networkFailure(error instanceof Error ? error.message : null));
  }
}
