// The ARIA attributes WeChat's screen reader understands (aria-component, base library 2.7.1+)
// that the app uses. Taro 4.2.1's templates bind none of them, so they are added here. '' = no default.
const ARIA = { 'aria-role': '', 'aria-label': '', 'aria-hidden': '', 'aria-live': '' }
const STATE = { 'aria-pressed': '', 'aria-checked': '', 'aria-expanded': '', 'aria-level': '' }

module.exports = {
  View: { ...ARIA, ...STATE },
  Text: { ...ARIA },
  Button: { ...ARIA, ...STATE }
}
