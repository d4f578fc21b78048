import { Text } from '@tarojs/components'
import { Fold } from '../../components/Fold'
import { SourceLine } from '../../components/SourceLine'
import type { ResolvedPolicy } from '../../domain/policy/resolve'
import { CARD } from '../../domain/cards'

/** What the shared money pays for, the rule that each person uses their own card, and the words people mix up, folded. */
export function FamilyFacts({ family, openCard }: { family: ResolvedPolicy['family']; openCard: string | undefined }) {
  return (
    <>
      <Fold id={CARD.uses} defaultOpen={openCard === CARD.uses} title='共济的钱能付什么'>
        {family.uses.map((u) => (
          <Text key={u} className='list__item'>
            {u}
          </Text>
        ))}
        {family.notAllowed.length > 0 && <Text className='block muted'>不能付：{family.notAllowed.join('、')}</Text>}
        <SourceLine cited={family.from.uses} />
      </Fold>

      <Fold id={CARD.rules} defaultOpen={openCard === CARD.rules} title='一定要记住：家人看病用他自己的医保卡'>
        {family.rules.map((r) => (
          <Text key={r} className='list__item'>
            {r}
          </Text>
        ))}
        <SourceLine cited={family.from.rules} />
      </Fold>

      <Fold id='family-account' title='“亲情账户”不等于“家庭共济”'>
        <Text className='block'>亲情账户：在医保 APP 或支付宝里添加家人，只能帮他出示医保码、看看记录，钱不会给过去。</Text>
        <Text className='block'>家庭共济：办好以后，家人看病买药时，真的能用您个人账户里的钱。</Text>
        <Text className='block'>很多人办了亲情账户，以为就能用钱了，其实还要另外办家庭共济。</Text>
        <Text className='block'>
          广东例外：“粤医保”以前把家庭共济绑定叫“亲情账号”，现在写作“个人账户家庭共济关系绑定/解绑”，办好了家人就能用您的钱。
        </Text>
      </Fold>

      <Fold id={CARD.crossProvince} defaultOpen={openCard === CARD.crossProvince} title='家人在外地，能共济吗'>
        <Text className='block'>{family.scopeNote}</Text>
        <SourceLine cited={family.from.scope} />
      </Fold>
    </>
  )
}
