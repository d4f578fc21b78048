/**
 * H5 build of services/system.ts (Taro picks `*.h5.ts` for H5). A browser has no WeChat font size
 * setting (Taro's getAppBaseInfo reports NaN), and that call brings platform.js (15 KB) onto the
 * home page before its first paint, where every KB delays the first screen, so the answer here is
 * simply "unknown". (The launch scene lives in services/launchScene.ts, the same on both.)
 */

export function systemFontSize(): number | null {
  return null
}
