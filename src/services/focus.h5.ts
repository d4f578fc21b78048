/** H5 build of services/focus.ts: focus the element once it has been drawn (it needs tabIndex -1). */
export function focusSoon(id: string): void {
  setTimeout(() => {
    const el = typeof document === 'undefined' ? null : document.getElementById(id)
    if (el && typeof el.focus === 'function') el.focus()
  }, 0)
}
