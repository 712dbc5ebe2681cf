/**
 * Function words dropped before matching, so that "exchange of guarantees" meets "exchange guarantees". "Between"
 * is kept: "between agencies" and "between our countries" say what a bare "agencies" does not. Negations
 * are not among them: they are keyed as one word (negation.ts). Lists are of folded forms (lower case, Arabic alef
 * variants folded, ё → е).
 */
export const STOPWORDS: Record<'ar' | 'en' | 'ru', ReadonlySet<string>> = {
  en: new Set(
    `a an the and or but of to in on at by for with from as into onto over about than that this these those it its
    is are was were be been being has have had will would shall should can could may might must do does did
    so such which who whom whose what when where while there here their them they he she his her him
    we our us you your i me my also said says just very more most some any against
    among within under again further then once only own same too s`.split(/\s+/),
  ),
  ru: new Set(
    `и в во что он на я с со ко обо как а то она так его но да ты к у же вы за бы по только ее её мне было вот от
    меня еще ещё о об из ему теперь когда даже ну вдруг ли если уже или быть был него до вас нибудь опять
    уж вам ведь там потом себя ничего ей может они тут где есть надо ней для мы тебя их чем была сам чтоб
    будто чего раз тоже себе под будет ж тогда кто этот того потому этого какой совсем ним здесь этом один почти
    мой тем чтобы нее сейчас были куда зачем можно при наконец два об другой хоть после над больше
    тот через эти нас про всего них какая много разве три эту моя впрочем хорошо свою этой перед иногда лучше
    чуть том нельзя такой им более всегда конечно это также который которая которые которых котором
    заявил заявила сообщил отметил`.split(/\s+/),
  ),
  ar: new Set(
    `في من على الى عن مع ان ا هذا هذه ذلك تلك التي الذي الذين اللتي هو هي هم هن كان كانت يكون تكون قد لقد
    ما ماذا او ام ثم حتى اذا اذ كل بعد قبل عند حول خلال منذ لدى غير اي ايضا كما لكن بل وقد وان وفي
    ومن وعلى والى فيما بما لما اما انه انها به بها له لها فيه فيها منه منها عليه عليها اليه اليها وهو وهي
    قال قالت واضاف واكد واشار`.split(/\s+/),
  ),
};
