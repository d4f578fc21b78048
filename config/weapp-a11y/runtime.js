// Runs in the mini-program before the app: tells Taro's runtime about the added attributes
// so they are sent to the templates that config/weapp-a11y/index.js extended.
import { mergeInternalComponents } from '@tarojs/shared'
import attributes from './attributes'

mergeInternalComponents(attributes)
