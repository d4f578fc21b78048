import Taro from '@tarojs/taro'

/** Opens the dialer; WeChat asks the user to confirm, so nothing is dialled without a second tap. */
export async function callNumber(number: string): Promise<boolean> {
  try {
    // the dash in "0592-12393" is for reading; the dialer wants digits
    await Taro.makePhoneCall({ phoneNumber: number.replace(/-/g, '') })
    return true
  } catch {
    return false
  }
}
