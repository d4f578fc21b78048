import '@testing-library/jest-dom'
import { resetTaroFake } from './taro'

beforeEach(() => resetTaroFake())
