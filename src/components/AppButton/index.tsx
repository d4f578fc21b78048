import { Button } from '@tarojs/components'
import type { ButtonProps } from '@tarojs/components'
import { roleOf } from '../a11y'

/**
 * Taro's H5 button is a custom element that is neither announced as a button
 * nor reachable by keyboard; role + tabIndex make it both. (WeChat's own
 * button is already a button; there these attributes are simply not bound.)
 */
export function AppButton(props: ButtonProps) {
  const a11y = { ...roleOf('button'), tabIndex: props.disabled ? -1 : 0 }
  return <Button {...a11y} {...props} />
}
