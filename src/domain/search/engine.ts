/**
 * Everything the home page's search runs, as one module the home page loads when someone first types (store/
 * searchEntries.ts, an import() chunk: the search package): the words it knows, how it ranks, what it says
 * when nothing matches, and how entries are built from a resolved policy.
 */
export { answerSearch, type SearchAnswer, type SearchEntry } from './query'
export { searchReply, type SearchReply } from './reply'
export { buildSearchIndex } from './index'
