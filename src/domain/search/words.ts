/**
 * The words of search: how people ask (说法) and how the guide content says it. Only data and
 * the few names the matcher needs; matching is in query.ts, building the entries in index.ts.
 * A new guide adds rows here (its words, what it answers), not code.
 */
import type { SearchEntry } from './query'

export interface Keyword {
  /** what people type, found anywhere in the query */
  says: readonly string[]
  /** how the content says it, the most telling first */
  find: readonly string[]
  /** a relative's name: dropped when a death is in the query ("父亲去世" is about the death) */
  relative?: true
  /** seeing a doctor elsewhere (异地就医): with it, a relative's name is where one goes, not whom to share with */
  elsewhere?: true
  /**
   * What people asking this usually want and this app does not answer, in plain words: the search then
   * says so and offers the 12393 call, under whatever nearest answer the content has.
   */
  beyond?: string
}

/**
 * Words people type (anywhere in the query) → how the content says it, the
 * most telling first: a hit on the first counts fully, on the others a bit
 * less, so "绑定" prefers "绑定家人…" over "能不能共济…".
 */
export const KEYWORDS: readonly Keyword[] = [
  {
    says: ['死亡', '去世', '过世', '走了', '离世', '逝世', '身故', '病故', '不在了', '人没了', '死了', '过身', '仙逝', '丧事', '后事'],
    find: ['去世', '死亡']
  },
  { says: ['取钱', '提现', '取现', '退钱', '取出', '提取', '提出来', '拿出来', '领出来', '领取', '领钱', '取回', '取'], find: ['提取', '取出'] },
  { says: ['老伴', '老公', '老婆', '丈夫', '妻子', '爱人', '媳妇', '配偶', '夫妻'], find: ['配偶', '共济', '家人'], relative: true },
  {
    says: [
      '家人',
      '亲人',
      '家属',
      '亲属',
      '家里人',
      '孩子',
      '子女',
      '儿子',
      '女儿',
      '儿女',
      '父母',
      '爸妈',
      '爸爸',
      '妈妈',
      '我妈',
      '我爸',
      '老爸',
      '老妈',
      '父亲',
      '母亲',
      '老人',
      '老父亲',
      '老母亲',
      '公婆',
      '公公',
      '婆婆',
      '岳父',
      '岳母',
      '孙子',
      '孙女',
      '外孙',
      '兄弟',
      '姐妹',
      '爷爷',
      '奶奶',
      '外公',
      '外婆'
    ],
    find: ['共济', '家人'],
    relative: true
  },
  { says: ['共济', '家庭共济', '家庭'], find: ['共济', '家人'] },
  { says: ['绑定', '添加家人', '加家人', '绑家人', '关联', '开通', '绑'], find: ['绑定', '共济'] },
  { says: ['解绑', '取消', '解除', '撤销'], find: ['解绑', '解除'] },
  { says: ['电话', '热线', '打电话', '拨打', '客服', '座机', '人工'], find: ['12393', '热线'] },
  { says: ['人社', '社保局'], find: ['12333', '人社'] },
  {
    says: ['丢了', '丢失', '挂失', '补办', '补卡', '卡丢', '不见了', '找不到卡'],
    find: ['卡丢了', '12333'],
    beyond: '医保卡（社保卡）丢了怎么挂失、补办'
  },
  { says: ['余额', '还剩多少', '剩多少', '剩下多少', '查钱', '有多少钱', '多少钱', '查余额', '余额查询', '查询'], find: ['余额查询', '余额'] },
  { says: ['出国', '移民', '出境', '国外', '定居', '移居', '港澳台', '香港', '澳门', '台湾', '绿卡'], find: ['出国', '定居', '出境'] },
  { says: ['换工作', '调动', '转移', '转关系', '转走', '外地工作', '离职', '辞职', '不接收'], find: ['不接收', '外地工作', '转过去'] },
  {
    // Seeing a doctor in another place: the 异地就医 guide. A relative asked with it is where the person
    // goes ("去儿子那边看病"), not whom to share with, so it outweighs the relatives (query.ts).
    says: [
      '外地看病',
      '异地看病',
      '外省看病',
      '跨省看病',
      '老家看病',
      '那边看病',
      '那里看病',
      '那边住院',
      '外地就医',
      '异地就医',
      '异地就诊',
      '异地住院',
      '外地住院',
      '外省住院',
      '异地报销',
      '外地报销',
      '异地备案',
      '就医备案',
      '备案',
      '在外地生病',
      '外地生病',
      '出门生病',
      '异地医保',
      '外地医保',
      '异地结算',
      '跨省结算',
      '直接结算'
    ],
    find: ['异地就医', '外地看病', '备案'],
    elsewhere: true
  },
  { says: ['看病', '住院', '就医', '急诊', '转诊', '报销', '生病'], find: ['看病', '住院', '报销'] },
  { says: ['外地', '外省', '异地', '跨省', '老家', '不在一起'], find: ['外地', '跨省'] },
  { says: ['套现', '换现金', '变现', '换钱', '兑现', 'tx'], find: ['套现', '换现金'] },
  { says: ['代取', '代办', '中介', '找人办'], find: ['代取', '代办', '中介'] },
  { says: ['骗子', '骗局', '诈骗', '上当', '骗保'], find: ['骗局', '骗保'] },
  { says: ['银行', 'atm', '网银', '转账', '转出来'], find: ['银行', '网银', 'atm'] },
  { says: ['统筹', '统筹账户', '统筹基金'], find: ['统筹'] },
  { says: ['个人账户', '个账', '个人帐户'], find: ['个人账户'] },
  { says: ['大病', '重病', '重大疾病', '癌症', '生大病'], find: ['重大疾病', '大病'] },
  { says: ['退休', '退了休', '退休后', '退休以后'], find: ['退休'] },
  // Words of the 报销 side of 医保, which this app does not cover: the nearest answer is what the content says
  // about 报销 (the 统筹基金 card), and the search says plainly what it does not answer.
  {
    says: ['报销', '报账', '报多少', '能报多少', '报销比例', '起付线', '封顶线', '报销额度', '能报销'],
    find: ['报销'],
    beyond: '看病怎么报销、能报多少'
  },
  { says: ['住院', '住医院', '住院费', '住院押金'], find: ['报销'], beyond: '住院怎么报销、能报多少' },
  { says: ['门诊', '看门诊', '门诊费', '门诊统筹'], find: ['报销'], beyond: '门诊怎么报销、能报多少' },
  { says: ['慢性病', '慢病', '慢特病', '门慢', '门特', '特殊病', '特病'], find: ['报销'], beyond: '慢性病（门诊慢特病）怎么申请、怎么报销' },
  {
    says: ['新农合', '农合', '合作医疗', '农村医保', '居民医保', '城乡居民医保', '城乡医保', '农村合作医疗'],
    // what those members most need to know first: their insurance has no 个人账户 to check, share or take out
    find: ['没有个人账户', '居民医保'],
    beyond: '新农合、城乡居民医保怎么交费、怎么报销'
  },
  { says: ['停保', '断保', '断缴', '不交了', '放弃', '退保'], find: ['放弃', '停保'] },
  { says: ['清零', '过期', '作废', '到期', '用不完'], find: ['清零', '用不完'] },
  { says: ['交医保', '缴费', '交钱', '交保险', '交费'], find: ['缴费'] },
  { says: ['付什么', '买什么', '干什么', '做什么', '用来', '用途', '能付', '能买'], find: ['能付什么'] },
  { says: ['冒名', '借卡', '借医保卡', '别人的卡', '用我的卡', '拿我的卡'], find: ['冒名就医', '自己的医保卡'] },
  { says: ['亲情账户', '亲情号', '亲情付'], find: ['亲情账户'] },
  { says: ['手机', '网上', '上网', 'app', '软件', '下载'], find: ['app', '手机'] },
  { says: ['窗口', '大厅', '柜台', '现场', '当面', '营业厅', '医保局'], find: ['窗口', '大厅'] },
  { says: ['自助机', '机器', '自助'], find: ['自助'] },
  { says: ['材料', '证明', '带什么', '带啥', '证件', '手续'], find: ['材料', '证明'] },
  { says: ['查'], find: ['余额查询', '余额'] }
]

export const DEATH = 0
export const RELATIVE_GROUPS = KEYWORDS.flatMap((k, i) => (k.relative ? [i] : []))
/** The groups that mean seeing a doctor elsewhere (异地就医). */
export const ELSEWHERE_GROUPS = KEYWORDS.flatMap((k, i) => (k.elsewhere ? [i] : []))

/** Said around the question, not about it. Dropped before the rest is used literally. */
export const FILLERS: readonly string[] = [
  '怎么',
  '怎样',
  '怎么样',
  '如何',
  '怎么办',
  '咋',
  '咋办',
  '能',
  '能不能',
  '可以',
  '可不可以',
  '是不是',
  '有没有',
  '吗',
  '呢',
  '啊',
  '吧',
  '呀',
  '哦',
  '嘛',
  '我',
  '我的',
  '我们',
  '咱',
  '的',
  '了',
  '要',
  '想',
  '想要',
  '需要',
  '一下',
  '请问',
  '问问',
  '用',
  '给',
  '让',
  '把',
  '被',
  '是',
  '有',
  '在',
  '还',
  '还能',
  '也',
  '都',
  '就',
  '去',
  '和',
  '跟',
  '与',
  '或',
  '或者',
  '不',
  '没',
  '没有',
  '什么',
  '啥',
  '哪里',
  '哪儿',
  '谁',
  '办',
  '办理',
  '里',
  '钱',
  '您',
  '你',
  '他',
  '她',
  '他们',
  '现在',
  '一定',
  '以后',
  '之后',
  '的时候'
]

/** In almost every card: only used when nothing else in the query is. */
export const WEAK: readonly string[] = ['医保', '医保卡', '医疗保险', '社保', '社保卡']
/** Single characters that mean something only when nothing more specific was typed. */
export const WEAK_KEYWORDS = new Set(['查'])

/**
 * What each guide answers, in plain words, for the reply when a search finds nothing or asks beyond the
 * app: one row per guide section (a new guide's section must add its row, or this does not compile).
 */
export const GUIDE_ANSWERS: Readonly<Record<Exclude<SearchEntry['section'], '误区'>, string>> = {
  余额查询: '医保卡里还有多少钱，怎么查',
  家庭共济: '怎么让家人用您医保个人账户里的钱（家庭共济）',
  余额提取: '个人账户的钱能不能取出来，怎么取',
  异地就医: '去外地看病，医保能不能用，怎么办异地就医备案'
}

/** Words to try, shown when nothing was found: each finds something in every region. */
export const TRY_WORDS: readonly string[] = ['家人', '取钱', '电话']
