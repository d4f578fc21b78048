/**
 * The 医保 line the search offers when it cannot answer: the place's own 区号-12393 where it has one area
 * code, else 12393. Apart from reply.ts: the home page (main package) picks it at once, while the rest of
 * the search loads when someone searches.
 */
import { areaCodeOf, shortName } from '../region/names'

/** The line to offer: a place's own (厦门, 0592-12393) or the national 12393 (place null). */
export interface SearchHotline {
  number: string
  place: string | null
}

/** The hotline for a region: its own 区号-12393 when it has exactly one area code. */
export function searchHotline(place: string | null, areaCode: string | undefined): SearchHotline {
  return place !== null && areaCode ? { number: `${areaCode}-12393`, place } : { number: '12393', place: null }
}

/** The line for the user's chosen region (main-package names: the home page searches without the guides' data). */
export function regionHotline(code: string | null): SearchHotline {
  return code === null ? searchHotline(null, undefined) : searchHotline(shortName(code) ?? null, areaCodeOf(code))
}
