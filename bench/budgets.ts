// The size budgets of issue 9, in bytes of brotli. 1 KB = 1,000 bytes, as size-limit counts; the
// stricter reading of "KB".
export const budgets = {
  /**
   * Everything the first screen downloads from the widget's origin (HTML, JS, CSS): 23,767 B on
   * 2026-12-03 (21,214 B JS, 2,266 B CSS, 287 B HTML with its preload of config.json), under a
   * budget of 23,850 B. It was 16,985 B that morning under 17,000 B; it grew because the
   * integration list now paints from the first chunk (issue 14: the list waited for the lazy half,
   * ~30 KB brotli and a long parse). The list, its search and windowing, its styles and English,
   * the brand line, the first load's hand-written parsers and response reader, the deployment
   * check, the colour maths of a custom primary, the early GET of a form's provider and the words
   * the loader shows before the lazy half came along; zod stays out. Issue 14 asks for 15 KB, which
   * only a further split of the entry could reach. The form, sign-in, success, failure details and
   * the API client's other calls stay lazy, loaded through the widget's own small loader instead
   * of Vite's preload helper.
   */
  firstScreenBrotli: 23_850,
  /**
   * The lazy `connect` chunk (the form and what follows it), fetched once the list is painted:
   * 20,109 B on 2026-12-03. It was 29,622 B that morning, before the OAuth code (popup, WebSocket,
   * redirect and resume, own app, the waiting screen: 5,102 B, a chunk of its own that only an
   * OAuth integration's form fetches) and then the list (into the first chunk) left it.
   */
  connectChunkBrotli: 20_500,
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
