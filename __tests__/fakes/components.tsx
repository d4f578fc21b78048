/**
 * Honest stand-ins for @tarojs/components: each renders the HTML element a user
 * would meet on H5 and forwards Taro's event shape (onClick for taps,
 * onInput with detail.value) so component tests see real behaviour.
 */
import { createElement, type ReactNode, type CSSProperties } from 'react'

type Common = {
  className?: string
  style?: CSSProperties
  children?: ReactNode
  id?: string
  ariaLabel?: string
  ariaRole?: string
  role?: string
  'aria-label'?: string
  'aria-live'?: 'polite' | 'assertive' | 'off'
  'aria-checked'?: boolean
  'aria-pressed'?: boolean
  'aria-current'?: 'step' | 'page' | boolean
  'aria-selected'?: boolean
  'aria-hidden'?: boolean
  'aria-level'?: number
  'data-testid'?: string
  hoverClass?: string
  tabIndex?: number
  onClick?: (e: unknown) => void
}

function pick(props: Common) {
  const { className, style, id, ariaLabel, ariaRole, role, onClick, tabIndex } = props
  const aria: Record<string, unknown> = {}
  for (const [k, val] of Object.entries(props)) if (k.startsWith('aria-') || k.startsWith('data-')) aria[k] = val
  return { className, style, id, onClick, tabIndex, role: role ?? ariaRole, 'aria-label': ariaLabel ?? props['aria-label'], ...aria }
}

export function View(props: Common) {
  return createElement('div', pick(props), props.children)
}

export function Text(props: Common & { userSelect?: boolean; selectable?: boolean }) {
  return createElement('span', pick(props), props.children)
}

export function Button(props: Common & { openType?: string; disabled?: boolean; size?: string; type?: string; plain?: boolean }) {
  return createElement('button', { ...pick(props), disabled: props.disabled, 'data-open-type': props.openType, type: 'button' }, props.children)
}

export function Input(
  props: Common & {
    value?: string
    placeholder?: string
    type?: string
    focus?: boolean
    confirmType?: string
    onInput?: (e: { detail: { value: string } }) => void
    onConfirm?: (e: { detail: { value: string } }) => void
  }
) {
  return createElement('input', {
    ...pick(props),
    value: props.value ?? '',
    placeholder: props.placeholder,
    onChange: (e: { target: { value: string } }) => props.onInput?.({ detail: { value: e.target.value } }),
    onKeyDown: (e: { key: string; currentTarget: { value: string } }) => {
      if (e.key === 'Enter') props.onConfirm?.({ detail: { value: e.currentTarget.value } })
    }
  })
}
