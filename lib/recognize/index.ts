/** Recognition: page URL and page signals → which company (spec §4). The panel, the background and `tal` use this. */
export { type ChoiceLookup, choiceKey } from './choices';
export { type AccountIndex, type AccountKey, accountKeys, MATCH_KINDS, type MatchKind, registrableDomain } from './keys';
export { createMemoryIndex } from './memory-index';
export { parsePageUrl } from './parse-page-url';
export * from './recognition';
export { type RecognizeOptions, recognize } from './recognize';
export { type PageSignals, PageSignalsSchema } from './signals/schema';
