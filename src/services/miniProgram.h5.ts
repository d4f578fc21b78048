/** H5 build of services/miniProgram.ts: a browser cannot open a mini-program; the caller offers the name to search. */
export async function openMiniProgram(_appId: string, _path?: string): Promise<boolean> {
  return false
}
