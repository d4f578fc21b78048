/**
 * Puts one page of the stack into the DOM: a glass-easel root component for the route, attached inside its own
 * container so that pages further down the stack stay in the document but hidden, as in WeChat's page stack.
 */
import type { AssociatedBackend, CodeSpace } from 'glass-easel-miniprogram-adapter'
import type * as glassEasel from 'glass-easel'

/** The page instance the app's code sees as `this` (getCurrentPages() items). Fields are the app's business. */
export type PageInstance = Record<string, unknown>

export interface MountedPage {
  readonly route: string
  readonly instance: PageInstance
  /** The <wx-page> element's container; query inside it for what this page renders. */
  readonly element: HTMLElement
  readonly component: glassEasel.GeneralComponent
  show(): void
  hide(): void
  destroy(): void
}

export type PageMounter = (route: string) => MountedPage

export function createPageMounter(backend: AssociatedBackend, codeSpace: CodeSpace, host: HTMLElement): PageMounter {
  return (route) => {
    const doc = host.ownerDocument
    const element = doc.createElement('div')
    element.setAttribute('data-weapp-route', route)
    const placeholder = doc.createElement('div')
    element.appendChild(placeholder)
    host.appendChild(element)
    // "page" becomes <wx-page>, so WXSS `page { … }` rules can target it once converted.
    const root = backend.createRoot('page', codeSpace, route)
    root.attach(element as unknown as glassEasel.GeneralBackendElement, placeholder as unknown as glassEasel.GeneralBackendElement)
    const instance = root.get() as unknown as PageInstance
    return {
      route,
      instance,
      element,
      component: root.getComponent(),
      show: () => element.removeAttribute('hidden'),
      hide: () => element.setAttribute('hidden', ''),
      destroy: () => {
        root.release()
        element.remove()
      }
    }
  }
}
