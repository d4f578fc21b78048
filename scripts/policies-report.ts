/**
 * npm run policies:report — how much of the country the content covers, for the people who
 * maintain it: a table in the terminal and dist/policies/report.html, a map-like grid of the
 * 31 provinces and their cities (colour = strongest source, age of the check, local hotline).
 * Files that fail validation are left out and listed; run `npm run policies:build` for details.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { regionList } from '../src/domain/region/fullList'
import { RECHECK_AFTER_DAYS } from '../src/domain/policy/citations'
import { evidenceCount } from '../src/domain/policy/evidence'
import { coverage, type PlaceCoverage, type ProvinceCoverage, type Strength } from './coverage'
import { loadPolicies } from './policy-files'

const { all: allRegions, areaCodesOf, citiesOf, isMunicipality, provinces, getRegion } = regionList

const ROOT = join(__dirname, '..')
const OUT = join(ROOT, 'dist', 'policies', 'report.html')
const today = new Date()

const { validRegions, problems, bundle } = loadPolicies(undefined, today)
const { provinces: rows, totals } = coverage({ regions: validRegions }, { provinces, citiesOf, areaCodesOf, isMunicipality }, today)

const LABEL: Record<Strength, string> = { strong: '强', medium: '中', weak: '弱', none: '无' }
const pct = (n: number, of: number) => `${of === 0 ? 0 : Math.round((n / of) * 100)}%`

/** The 去外地看病 column: places with something local for it, out of the province's places. */
function yidiColumn(p: ProvinceCoverage): string {
  const places = isMunicipality(p.code) ? [p] : p.places
  return `${places.filter((c) => c.yidi > 0).length}/${places.length}`
}

// ---- terminal ----
console.log('省份      文件  来源  核对(天)  有本地文件的城市  本地热线  异地就医')
for (const p of rows) {
  const municipality = isMunicipality(p.code)
  const withFile = p.places.filter((c) => c.ownFile).length
  const hotlines = municipality ? (p.localHotline ? '1/1' : '0/1') : `${p.places.filter((c) => c.localHotline).length}/${p.places.length}`
  console.log(
    [
      `${p.name}`.padEnd(6, '　'),
      p.ownFile ? '  有 ' : '  —  ',
      ` ${LABEL[p.strength]}  `,
      `${p.ageDays ?? '—'}`.padStart(7),
      `${municipality ? '（直辖市）' : `${withFile}/${p.places.length}`}`.padStart(14),
      hotlines.padStart(12),
      yidiColumn(p).padStart(10)
    ].join('')
  )
}
const t = totals
console.log('')
console.log(`省级文件：${t.provincesWithFile}/${t.provinces}`)
console.log(`可选地方（地级市、直辖市、县级医保统筹区）：${t.places}`)
console.log(`  有自己文件的：${t.placesWithOwnFile}（${pct(t.placesWithOwnFile, t.places)}）`)
console.log(`  有本地资料的（自己或省里的文件）：${t.placesWithLocalFacts}（${pct(t.placesWithLocalFacts, t.places)}）`)
console.log(`  有自己的“区号-12393”热线：${t.placesWithLocalHotline}（${pct(t.placesWithLocalHotline, t.places)}）`)
console.log(`  有异地就医本地资料的（自己或省里的文件）：${t.placesWithYidiFacts}（${pct(t.placesWithYidiFacts, t.places)}），其余按全国通用规则`)
console.log(`  最强来源：强 ${t.byStrength.strong}，中 ${t.byStrength.medium}，弱 ${t.byStrength.weak}，无 ${t.byStrength.none}`)
console.log(
  `地区文件 ${Object.keys(validRegions).length} 个，来源 ${t.sources} 条（有网址 ${t.sourcesWithUrl} 条），超过 ${RECHECK_AFTER_DAYS} 天未核对的文件 ${t.staleFiles} 个`
)
// Evidence: a fact counts as "with evidence" when every source it cites comes with its own words.
const nationalEvidence = bundle ? evidenceCount(bundle.national) : null
console.log('')
console.log('证据（每条事实引用的来源都附原文摘录）：')
if (nationalEvidence) console.log(`  全国文件：有原文 ${nationalEvidence.withEvidence} 条，没有原文 ${nationalEvidence.withoutEvidence} 条`)
for (const [code, file] of Object.entries(validRegions).sort(([a], [b]) => a.localeCompare(b))) {
  const e = evidenceCount(file)
  console.log(`  ${code} ${getRegion(code)?.short ?? ''}`.padEnd(14) + `有原文 ${e.withEvidence} 条，没有原文 ${e.withoutEvidence} 条`)
}
console.log(`  地区文件合计：有原文 ${t.factsWithEvidence} 条，没有原文 ${t.factsWithoutEvidence} 条`)
if (problems.length > 0) {
  console.log(`未通过校验、没有计入的问题 ${problems.length} 个（npm run policies:build 看详情）：`)
  for (const p of problems) console.log(`  ✗ ${p}`)
}

// ---- HTML ----
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

function tile(p: PlaceCoverage): string {
  const stale = p.ageDays !== null && p.ageDays > RECHECK_AFTER_DAYS
  const title = [
    `${p.name} ${p.code}`,
    p.ownFile ? '有自己的文件' : '无自己的文件',
    `最强来源：${LABEL[p.strength]}`,
    p.checkedOn ? `核对于 ${p.checkedOn}（${p.ageDays} 天前）` : '只有全国规则',
    p.localHotline ? `热线 ${p.areaCode}-12393` : '无本地热线（只有 12393）',
    `本地条目 ${p.facts} 条（有原文 ${p.withEvidence} 条，没有原文 ${p.withoutEvidence} 条）`,
    `异地就医本地条目 ${p.yidi} 条`,
    `医保钱包：${p.wallet === 'national' ? '按全国默认' : p.wallet}`
  ].join('\n')
  // A place without its own file shows its province's colour, washed out: coverage, not local research.
  const cls = ['tile', `s-${p.strength}`, p.ownFile ? 'own' : 'inherited', stale ? 'stale' : '', p.localHotline ? '' : 'nohotline']
    .filter(Boolean)
    .join(' ')
  return `<div class="${cls}" title="${esc(title)}">${esc(p.name)}${stale ? ' (旧)' : ''}${p.localHotline ? '' : ' ☎̸'}${p.yidi > 0 ? ' ✈' : ''}</div>`
}

function provinceBox(p: ProvinceCoverage): string {
  const places = isMunicipality(p.code) ? [p] : p.places
  return `<section class="prov s-${p.strength}-edge"><h2 title="${esc(
    `${p.name}：${p.ownFile ? `省级文件，最强来源 ${LABEL[p.strength]}，核对于 ${p.checkedOn ?? '—'}` : '无省级文件'}`
  )}">${esc(p.name)}${p.ownFile ? ' ●' : ''}</h2><div class="tiles">${places.map(tile).join('')}</div></section>`
}

const html = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>医保指南 · 内容覆盖报告</title>
<style>
body{font-family:system-ui,"Noto Sans CJK SC",sans-serif;margin:24px;color:#1f2328}
h1{font-size:22px} .totals{display:flex;flex-wrap:wrap;gap:12px;margin:12px 0 20px}
.totals div{background:#f6f8fa;border-radius:8px;padding:8px 12px} .totals b{font-size:20px;display:block}
.grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(220px,1fr));gap:12px}
.prov{border:1px solid #d0d7de;border-radius:8px;padding:8px} .prov h2{font-size:15px;margin:0 0 6px}
.tiles{display:flex;flex-wrap:wrap;gap:4px}
.tile{font-size:12px;padding:3px 6px;border-radius:4px;border:2px solid transparent;cursor:default}
.s-strong{background:#1a7f37;color:#fff} .s-medium{background:#bf8700;color:#fff} .s-weak{background:#ffd8b5;color:#3d2a00} .s-none{background:#eaeef2;color:#57606a}
.own{border-color:#0b1f33;font-weight:700} .inherited{filter:saturate(.35) brightness(1.3)} .stale{text-decoration:underline dotted} .nohotline{border-style:dashed;border-color:#cf222e}
.legend span{display:inline-block;margin-right:12px} .legend .tile{display:inline-block}
</style></head><body>
<h1>医保指南 · 内容覆盖报告（${today.toISOString().slice(0, 10)}）</h1>
<div class="totals">
<div><b>${t.provincesWithFile}/${t.provinces}</b>省级文件</div>
<div><b>${t.placesWithOwnFile}/${t.places}</b>有自己文件的地方</div>
<div><b>${t.placesWithLocalFacts}/${t.places}</b>有本地资料（含省级）</div>
<div><b>${t.placesWithLocalHotline}/${t.places}</b>有本地“区号-12393”</div>
<div><b>${t.placesWithYidiFacts}/${t.places}</b>有异地就医本地资料</div>
<div><b>${t.byStrength.strong} / ${t.byStrength.medium} / ${t.byStrength.weak} / ${t.byStrength.none}</b>最强来源 强/中/弱/无</div>
<div><b>${t.sourcesWithUrl}/${t.sources}</b>来源有网址</div>
<div><b>${t.staleFiles}</b>超过一年未核对的文件</div>
<div><b>${t.factsWithEvidence} / ${t.factsWithoutEvidence}</b>地区事实 有原文/没有原文</div>
</div>
<p class="legend"><span class="tile s-strong">强</span><span class="tile s-medium">中</span><span class="tile s-weak">弱</span><span class="tile s-none">只有全国规则</span>
<span class="tile s-strong own">粗框深色：有自己的文件</span><span class="tile s-strong inherited">淡色：只有省里的资料</span><span class="tile s-none stale">(旧) 核对超过一年</span><span class="tile s-none nohotline">红虚框：没有本地热线</span><span class="tile s-none">✈ 有异地就医本地资料</span> 鼠标停在格子上看详情。</p>
${problems.length > 0 ? `<p>未通过校验、没有计入：${problems.length} 个问题（npm run policies:build 看详情）。</p>` : ''}
<div class="grid">${rows.map(provinceBox).join('\n')}</div>
<p>地区数据：${esc(allRegions.length.toString())} 个地区（省、地级市、县级医保统筹区）。</p>
</body></html>
`
mkdirSync(join(ROOT, 'dist', 'policies'), { recursive: true })
writeFileSync(OUT, html)
console.log(`→ ${OUT}`)
