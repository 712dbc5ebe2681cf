/**
 * Function words dropped before matching, so that "exchange of guarantees" meets "exchange guarantees".
 * Lists are of folded forms (lower case, Arabic alef variants folded, ё → е).
 */
export const STOPWORDS: Record<'ar' | 'en' | 'ru', ReadonlySet<string>> = {
  en: new Set(
    `a an the and or but of to in on at by for with from as into onto over about than that this these those it its
    is are was were be been being has have had will would shall should can could may might must do does did
    not no nor so such which who whom whose what when where while there here their them they he she his her him
    we our us you your i me my also said says just very more most other some any each both between against
    among within without under up down out off again further then once only own same too s`.split(/\s+/),
  ),
  ru: new Set(
    `и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по только ее её мне было вот от
    меня еще ещё нет о об из ему теперь когда даже ну вдруг ли если уже или ни быть был него до вас нибудь опять
    уж вам ведь там потом себя ничего ей может они тут где есть надо ней для мы тебя их чем была сам чтоб без
    будто чего раз тоже себе под будет ж тогда кто этот того потому этого какой совсем ним здесь этом один почти
    мой тем чтобы нее сейчас были куда зачем всех никогда можно при наконец два об другой хоть после над больше
    тот через эти нас про всего них какая много разве три эту моя впрочем хорошо свою этой перед иногда лучше
    чуть том нельзя такой им более всегда конечно всю между это также который которая которые которых котором
    заявил заявила сообщил отметил`.split(/\s+/),
  ),
  ar: new Set(
    `في من على الى عن مع ان ا هذا هذه ذلك تلك التي الذي الذين اللتي هو هي هم هن كان كانت يكون تكون قد لقد لم لن
    لا ما ماذا او ام ثم حتى اذا اذ كل بعد قبل عند بين حول خلال منذ لدى الا غير اي ايضا كما لكن بل وقد وان وفي
    ومن وعلى والى فيما بما لما اما انه انها به بها له لها فيه فيها منه منها عليه عليها اليه اليها وهو وهي
    قال قالت واضاف واكد واشار`.split(/\s+/),
  ),
};
