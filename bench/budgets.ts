// The size budgets of issue 9, in bytes of brotli. 1 KB = 1,000 bytes, as size-limit counts; the
// stricter reading of "KB".
export const budgets = {
  /**
   * Everything the first screen downloads from the widget's origin (HTML, JS, CSS): 16,985 B on
   * 2026-12-03 (18,135 B that morning with inline mode and branding, under a budget raised to
   * 18,200 B), under the next 500 B step: 15 B of headroom, so what a change adds to the first
   * screen it must take out of it (issue 14 asks for 15 KB). What only later screens use
   * (their CSS, their English, the expired screen's decision) comes with the lazy half, and the lazy
   * chunks load through the widget's own small loader instead of Vite's preload helper.
   */
  firstScreenBrotli: 17_000,
  /**
   * The lazy `connect` chunk, fetched right after boot by every user: 26,343 B on 2026-12-03 once
   * the OAuth code (popup, WebSocket, redirect and resume, own app, the waiting screen: 5,099 B,
   * a chunk of its own that only an OAuth integration's form fetches) left it; 29,622 B before.
   */
  connectChunkBrotli: 26_500,
  /**
   * The script-tag SDK, which every page of a customer's app may carry: 1,990 B on 2026-12-03
   * (2,039 B earlier that day under a 2 KiB budget, 2,198 B before the first trimming under
   * 2,200 B). 2 KB counted as above, 2,000 B: issue 14's goal; what a change adds to the SDK, it
   * must take out of it.
   */
  sdkScriptTagBrotli: 2_000,
  /** Each framework binding (`plugboard/react`, `plugboard/vue`): its own file, on top of the SDK's. */
  bindingBrotli: 1_000,
} as const;
