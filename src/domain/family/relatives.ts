import type { Relative } from '../policy/schema'

export const RELATIVE_LABELS: Record<Relative, string> = {
  spouse: '配偶（老伴）',
  parent: '父母',
  child: '子女',
  sibling: '兄弟姐妹',
  grandparent: '祖父母（爷爷奶奶）',
  'maternal-grandparent': '外祖父母（外公外婆）',
  grandchild: '孙子女',
  'maternal-grandchild': '外孙子女'
}

export function relativesText(list: readonly Relative[]): string {
  return list.map((r) => RELATIVE_LABELS[r]).join('、')
}
