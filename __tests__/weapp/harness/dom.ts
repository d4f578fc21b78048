/**
 * The view layer: glass-easel's DOM backend, plus what a user does with it (read the visible text, tap).
 *
 * Two facts from making Taro's output run here:
 * - Built-in tags must not become real HTML elements (<button disabled=""> would be a disabled HTML button,
 *   <input> would get browser behaviour). Every node is created as wx-TAG, as WeChat's own web renderer does.
 * - CurrentWindowBackendContext turns mouse/touch events into `tap` only after the host registers onEvent and
 *   forwards to glass-easel's event system.
 */
import * as glassEasel from 'glass-easel'

export interface Backend {
  context: glassEasel.CurrentWindowBackendContext
  /** Stops this backend from delivering events (its DOM listeners on <body> cannot be removed). */
  dispose(): void
}

type DomlikeDocument = glassEasel.CurrentWindowBackendContext['document']

export function createBackend(doc: Document): Backend {
  const context = new glassEasel.CurrentWindowBackendContext()
  const prefixed: DomlikeDocument = {
    createElement: (tagName: string) =>
      doc.createElement(tagName.startsWith('wx-') ? tagName : `wx-${tagName}`) as unknown as ReturnType<DomlikeDocument['createElement']>,
    createTextNode: (content: string) => doc.createTextNode(content) as unknown as ReturnType<DomlikeDocument['createTextNode']>,
    createDocumentFragment: () => doc.createDocumentFragment() as unknown as ReturnType<DomlikeDocument['createDocumentFragment']>
  }
  context.document = prefixed
  let live = true
  context.onEvent((target, type, detail, options) => {
    // A harness rebuilt in the same document (the "app killed" journey) must not receive the old one's taps twice.
    if (!live) return undefined
    glassEasel.Event.triggerEvent(target, type, detail, options)
    return undefined
  })
  return {
    context,
    dispose: () => {
      live = false
    }
  }
}

/**
 * An attribute as the template set it. glass-easel writes true, undefined and null all as "" in the DOM (and
 * removes false), so for nodes it renders the raw value is read from the glass-easel node instead.
 */
export function rawAttribute(el: Element, name: string): unknown {
  const node = (el as unknown as { __wxElement?: glassEasel.Element }).__wxElement
  if (node && glassEasel.NativeNode.isNativeNode(node)) return node.getAttribute(name)
  const v = el.getAttribute(name)
  return v === null ? undefined : v === '' ? true : v
}

const truthy = (v: unknown): boolean => v !== undefined && v !== null && v !== false && v !== 'false'

/** WeChat's `disabled`: only a truthy bound value disables. */
export function isDisabled(el: Element): boolean {
  return truthy(rawAttribute(el, 'disabled'))
}

/** Hidden the way WeChat hides: a truthy `hidden` attribute, or display:none written on the node. */
function isHidden(el: Element): boolean {
  if (truthy(rawAttribute(el, 'hidden'))) return true
  const style = el.getAttribute('style') ?? ''
  return /(^|;)\s*display\s*:\s*none\s*(;|$)/i.test(style)
}

/** Text a user can see under `root`, one line per text run, whitespace collapsed. */
export function visibleText(root: Element): string {
  const lines: string[] = []
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      const t = (node.textContent ?? '').replace(/\s+/g, ' ').trim()
      if (t) lines.push(t)
      return
    }
    if (node.nodeType !== 1) return
    const el = node as Element
    if (isHidden(el)) return
    for (const child of Array.from(el.childNodes)) walk(child)
  }
  walk(root)
  return lines.join('\n')
}

function ownText(el: Element): string {
  return visibleText(el).replace(/\n/g, '')
}

/**
 * The element showing `text`: the deepest visible element whose text is exactly `text` (ignoring line breaks),
 * or, failing that, the deepest one containing it. Ambiguity is an error, as in Testing Library.
 */
export function findByText(root: Element, text: string): Element {
  const all = Array.from(root.querySelectorAll('*')).filter((el) => !hasHiddenAncestor(el, root))
  const pick = (match: (el: Element) => boolean): Element[] => {
    const hits = all.filter(match)
    // Keep only the deepest: drop any hit that contains another hit.
    return hits.filter((el) => !hits.some((other) => other !== el && el.contains(other)))
  }
  let hits = pick((el) => ownText(el) === text)
  if (hits.length === 0) hits = pick((el) => ownText(el).includes(text))
  if (hits.length === 1 && hits[0]) return hits[0]
  const screen = visibleText(root)
  if (hits.length === 0) throw new Error(`No visible element shows "${text}". The page shows:\n${screen}`)
  throw new Error(`${hits.length} visible elements show "${text}"; make the text unique. The page shows:\n${screen}`)
}

function hasHiddenAncestor(el: Element, root: Element): boolean {
  for (let cur: Element | null = el; cur && cur !== root; cur = cur.parentElement) if (isHidden(cur)) return true
  return false
}

/**
 * A finger tap as the DOM backend sees it: press and release at the same point. glass-easel's backend
 * listens on <body> and synthesizes `tap` (and touch* for Taro's bindings come from real touches only).
 */
export function tapElement(el: Element): void {
  const view = el.ownerDocument.defaultView
  if (!view) throw new Error('element is not in a document with a window')
  const rect = el.getBoundingClientRect()
  const init: MouseEventInit = {
    bubbles: true,
    cancelable: true,
    composed: true,
    clientX: rect.left + rect.width / 2,
    clientY: rect.top + rect.height / 2,
    button: 0
  }
  el.dispatchEvent(new view.MouseEvent('mousedown', init))
  el.dispatchEvent(new view.MouseEvent('mouseup', init))
  el.dispatchEvent(new view.MouseEvent('click', init))
}

/** The text field whose placeholder contains `hint` (what a user reads in an empty field). */
export function findField(root: Element, hint: string): Element {
  const fields = Array.from(root.querySelectorAll('wx-input, wx-textarea')).filter((el) => !hasHiddenAncestor(el, root))
  const hits = fields.filter((el) => (el.getAttribute('placeholder') ?? '').includes(hint))
  if (hits.length === 1 && hits[0]) return hits[0]
  const known = fields.map((el) => `"${el.getAttribute('placeholder') ?? ''}"`).join(', ') || 'none'
  throw new Error(`${hits.length} text fields have a placeholder containing "${hint}" (fields: ${known})`)
}

/**
 * Typing as WeChat's native input reports it: one `input` event on the field with { value, cursor, keyCode }.
 * These are component events in WeChat: they do not bubble.
 */
export function typeInto(el: Element, value: string): void {
  const node = (el as unknown as { __wxElement?: glassEasel.Element }).__wxElement
  if (!node) throw new Error('typeInto: the element is not rendered by glass-easel')
  const options = { bubbles: false, composed: false }
  glassEasel.Event.triggerEvent(node, 'focus', { value: el.getAttribute('value') ?? '', height: 0 }, options)
  glassEasel.Event.triggerEvent(node, 'input', { value, cursor: value.length, keyCode: 0 }, options)
}
