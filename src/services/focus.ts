/**
 * Moving the screen reader's focus to something that just appeared (a dialog). WeChat offers no API
 * for it: its reader starts at the top of what changed. The H5 build does it (focus.h5.ts).
 */
export function focusSoon(_id: string): void {
  // nothing to do in WeChat
}
