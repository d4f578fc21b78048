/**
 * Fields of a policy file that are not words for the reader: ids and id lists, and enums whose values are
 * Latin codes. The content rule does not read them as text, and the evidence check does not look for them
 * in quotes. A new enum field with Latin values is added here, or the content rule refuses its values.
 */
export const ID_AND_ENUM_KEYS: ReadonlySet<string> = new Set([
  'id',
  'region',
  'remove',
  'sources',
  'accountsSources',
  'strength',
  'kind',
  'status',
  'form',
  'scope',
  'relatives',
  'topics',
  'appId',
  'who',
  'onlyWhen',
  'group'
])

/** Full days, or — for when a source was published — a month or a year. */
export const DATE_KEYS: ReadonlySet<string> = new Set(['checkedOn', 'asOf', 'publishedAt', 'publishedOn'])
