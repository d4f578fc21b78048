import { Button } from '@tarojs/components'
import type { ButtonProps } from '@tarojs/components'
import { roleOf } from '../a11y'

/**
 * Taro's H5 button is a custom element that is neither announced as a button
 * nor reachable by keyboard; role + tabIndex make it both. (WeChat's own
 * button is already a button; there these attributes are simply not bound.)
 */
export function AppButton({ disabled, className, ...rest }: ButtonProps) {
  const a11y = { ...roleOf('button'), tabIndex: disabled ? -1 : 0 }
  // The look comes from a class: `[disabled]` also matches disabled="false" on H5.
  const look = disabled ? `${className ?? ''} btn--disabled` : className
  // Taro's H5 button greys itself out for any disabled attribute, even "false": only pass a real one.
  return <Button {...a11y} {...rest} className={look} {...(disabled ? { disabled: true } : {})} />
}
