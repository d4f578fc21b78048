/** The reviewer's diff as one static HTML page (no script, no external files): open it, read it, sign. */
import { NATIONAL, summaryLine, type BundleDiff, type BundleHead, type Fact } from './diff'

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/** Policy text is data, never markup: every value goes through this. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c)
}

const head = (h: BundleHead | null) => (h ? `v${h.version ?? '?'}（${h.publishedAt ?? '?'}）` : '线上还没有')

function factItem(sign: '+' | '−', f: Fact): string {
  const cls = sign === '+' ? 'add' : 'del'
  const where = f.where ? ` <span class="where">${escapeHtml(f.where)}</span>` : ''
  return `<li class="${cls}"><span class="sign">${sign}</span> ${escapeHtml(f.text)}${where}</li>`
}

export function renderDiffHtml(diff: BundleDiff): string {
  const sections = diff.scopes.map((s) => {
    const title = s.scope === NATIONAL ? '全国' : `${s.scope} ${s.name}`
    const status = s.status === 'added' ? '（新增地区）' : s.status === 'removed' ? '（删除地区）' : ''
    const risky = s.changes.some((c) => c.category === 'number' || c.category === 'link')
    const rows = s.changes
      .map(
        (c) =>
          `<h3${c.category === 'number' || c.category === 'link' ? ' class="risky"' : ''}>${escapeHtml(c.label)}</h3>\n<ul>\n${[
            ...c.removed.map((f) => factItem('−', f)),
            ...c.added.map((f) => factItem('+', f))
          ].join('\n')}\n</ul>`
      )
      .join('\n')
    return `<section${risky ? ' class="risky"' : ''}>\n<h2>${escapeHtml(title + status)}</h2>\n${rows}\n</section>`
  })
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>政策变化 ${escapeHtml(head(diff.from))} → ${escapeHtml(head(diff.to))}</title>
<style>
body { font: 16px/1.6 system-ui, sans-serif; max-width: 60rem; margin: 1rem auto; padding: 0 1rem; color: #222; }
section { border-top: 1px solid #ccc; padding: .5rem 0; }
section.risky h2::after { content: " ⚠ 电话或链接有变"; color: #b00; font-size: .8em; }
h3 { font-size: 1rem; margin: .5rem 0 0; } h3.risky { color: #b00; }
ul { list-style: none; padding-left: 1rem; margin: .25rem 0; }
li.add { background: #e6ffec; } li.del { background: #ffebe9; text-decoration: line-through; text-decoration-color: #999; }
.sign { font-weight: bold; } .where { color: #666; font-size: .85em; }
</style>
</head>
<body>
<h1>政策变化：${escapeHtml(head(diff.from))} → ${escapeHtml(head(diff.to))}</h1>
<p>${escapeHtml(summaryLine(diff))}</p>
${sections.join('\n') || '<p>内容没有变化。</p>'}
</body>
</html>
`
}
