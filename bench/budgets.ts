// The size budgets of issue 9, in bytes of brotli. 1 KB = 1,000 bytes, as size-limit counts; the
// stricter reading of "KB".
export const budgets = {
  /**
   * Everything the first screen downloads from the widget's origin (HTML, JS, CSS): 17,721 B on
   * 2026-12-03, rounded up to the next 500 B so the headroom is real.
   */
  firstScreenBrotli: 18_000,
  /** The script-tag SDK, which every page of a customer's app may carry. */
  sdkScriptTagBrotli: 2_500,
  /** Each framework binding (`plugboard/react`, `plugboard/vue`): its own file, on top of the SDK's. */
  bindingBrotli: 1_000,
} as const;
