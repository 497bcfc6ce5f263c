import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Dialog } from './Dialog';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

/** The frame's animation callbacks, run by the test when it says the frame comes. */
function holdFrames(): () => void {
  const callbacks: FrameRequestCallback[] = [];
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => callbacks.push(callback));
  vi.stubGlobal('cancelAnimationFrame', (id: number) => delete callbacks[id - 1]);
  return () => callbacks.splice(0).forEach((callback) => callback?.(0));
}

describe('focus on a new screen', () => {
  // Focusing computes the style of the whole new screen: inside the task that built it, that pass
  // is forced there (a long task on a slow phone); in the frame's animation callback it is the
  // frame's own, and focus is still there before that frame paints.
  it('moves in the next frame, before it paints, not in the task that rendered the screen', () => {
    const frame = holdFrames();
    const { getByRole } = render(
      <Dialog focusKey="list" variant="modal">
        <h1 id="pb-title" tabIndex={-1}>
          Connect an account
        </h1>
        <input type="search" data-autofocus />
      </Dialog>,
    );
    expect(document.activeElement).toBe(document.body);
    frame();
    expect(document.activeElement).toBe(getByRole('searchbox'));
  });

  it('goes to the latest screen when another came before the frame', () => {
    const frame = holdFrames();
    const screen = (key: string) => (
      <Dialog focusKey={key} variant="modal">
        <h1 id="pb-title" tabIndex={-1}>
          {key}
        </h1>
        {key === 'form' && <input aria-label="API Key" data-autofocus />}
      </Dialog>
    );
    const { rerender, getByLabelText } = render(screen('loading'));
    rerender(screen('form'));
    frame();
    expect(document.activeElement).toBe(getByLabelText('API Key'));
  });

  it('a waiting screen keeps focus on the dialog itself, so focus is never lost when its content is replaced', () => {
    const frame = holdFrames();
    const screen = (key: string) => (
      <Dialog focusKey={key} focusFrame={key === 'loading'} variant="modal">
        <h1 id="pb-title" tabIndex={-1} key={key}>
          {key}
        </h1>
        {key === 'list' && <input type="search" data-autofocus />}
      </Dialog>
    );
    const { rerender, getByRole } = render(screen('loading'));
    frame();
    expect(document.activeElement).toBe(getByRole('dialog'));
    // The list replaces the loader: until the next frame moves focus on, it stays where it was
    // (a removed focused element would drop it to the page and cost a style pass in that task).
    rerender(screen('list'));
    expect(document.activeElement).toBe(getByRole('dialog'));
    frame();
    expect(document.activeElement).toBe(getByRole('searchbox'));
  });
});
