import { describe, expect, it } from 'vitest';
import { statementClauses } from '../../../lib/dataset/statement';
import { analyze } from '../../../lib/engine/analyze';

/**
 * An Arabic news report of the statement that paraphrases each of its clauses in a reporter's words, not the
 * source's (the source is what the reference word pairs are built from: it would match itself).
 */
const ARABIC_REPORT = {
  title: 'بوتين يقترح على واشنطن برنامجا لإعادة إطلاق التعاون في أمن المعلومات',
  text: [
    'حذر الرئيس الروسي فلاديمير بوتين يوم الجمعة من أن خطر المواجهة الواسعة في المجال الرقمي بات من أبرز التحديات الاستراتيجية، داعيا الولايات المتحدة إلى الاتفاق على برنامج شامل من الإجراءات العملية لإعادة إطلاق العلاقات في مجال أمن المعلومات الدولي.',
    'ويقترح البرنامج استئناف الحوار الثنائي المنتظم بين الوكالات المختصة في البلدين على مستوى رفيع حول القضايا الرئيسية لأمن المعلومات.',
    'كما يدعو إلى إبقاء قنوات الاتصال بين الأجهزة المعنية مفتوحة بشكل دائم وفعال، عبر مراكز الحد من المخاطر النووية وفرق الاستجابة لطوارئ الحاسوب والمسؤولين الرفيعين عن الأمن.',
    'ويقترح بوتين أيضا إعداد اتفاق حكومي ثنائي لمنع الحوادث في الفضاء المعلوماتي، على غرار الاتفاق السوفيتي الأمريكي لعام 1972 بشأن منع الحوادث في أعالي البحار.',
    'ودعا إلى أن يتبادل البلدان الضمانات بعدم التدخل في شؤونهما الداخلية، بما فيها العمليات الانتخابية، عبر تكنولوجيا المعلومات والاتصالات.',
    'وطالب واشنطن بالموافقة على حوار بين الخبراء الروس والأمريكيين في مسائل أمن المعلومات بعيدا عن الخلافات السياسية.',
    'وقال إن هذه الخطوات من شأنها بناء الثقة بين الدولتين وتعزيز أمن شعبيهما ورفاهيتهما والإسهام في السلام في الفضاء المعلوماتي.',
    'كما دعا جميع الدول إلى التزام سياسي بألا تكون البادئة بتوجيه الضربة الأولى إلى غيرها باستخدام تكنولوجيا المعلومات والاتصالات.',
  ].join('\n'),
};

describe('analyze', () => {
  it('reads an Arabic report that paraphrases every clause as about the proposal, with every statement clause', () => {
    const report = analyze(ARABIC_REPORT);
    expect(report.verdict).toBe('about');
    expect(report.language).toBe('ar');
    const ids = report.clauses.map((c) => c.id);
    for (const c of statementClauses()) expect(ids, c.id).toContain(c.id);
  });

  it("gives offsets that point at the passage text, and evidence in the article's own words", () => {
    const { text } = ARABIC_REPORT;
    const report = analyze({ title: '', text });
    expect(report.clauses.length).toBeGreaterThan(4);
    for (const c of report.clauses) {
      for (const p of c.passages) {
        expect(text.slice(p.start, p.end)).toBe(p.text);
        for (const e of p.evidence) expect(p.text.includes(e) || text.includes(e), e).toBe(true);
      }
    }
  });

  it('stays unrelated on a story with the same vocabulary about something else', () => {
    const report = analyze({
      title: 'US sanctions Russia over SolarWinds hack',
      text: [
        'The United States imposed sanctions on Russia, holding the Kremlin responsible for the SolarWinds cyber espionage campaign and for interference in the 2020 presidential election.',
        'President Joe Biden said he told Vladimir Putin that Washington would respond, and proposed a summit.',
      ].join('\n'),
    });
    expect(report.verdict).toBe('unrelated');
    expect(report.clauses).toEqual([]);
  });

  it('flags a "treaty" on non-interference in a positive article', () => {
    const report = analyze({
      title: 'Putin proposes cyber reset to Washington',
      text: [
        "Russian President Vladimir Putin proposed on September 25 that Russia and the United States exchange guarantees of non-interference in each other's internal affairs, including elections.",
        'He also proposed an agreement on preventing incidents in the information space, modelled on the 1972 Incidents at Sea agreement.',
        'Moscow media called it a treaty on non-interference in elections.',
      ].join('\n'),
    });
    expect(report.verdict).toBe('about');
    expect(report.flags.map((f) => f.id)).toContain('treaty-on-non-interference');
  });

  it('never throws on hostile input, and reports it as unrelated', () => {
    const inputs = [
      '',
      '\u0000\u0001\uFFFF',
      'a'.repeat(1_000_000),
      '\u202Eبوتين\u202C Путин Putin '.repeat(2_000),
      '«'.repeat(10_000),
    ];
    for (const text of inputs) {
      const report = analyze({ title: '', text });
      expect(report.verdict).toBe('unrelated');
    }
    expect(analyze({ title: 1 as unknown as string, text: null as unknown as string }).verdict).toBe('unrelated');
  });
});

describe('analyze across languages and wordings', () => {
  const ids = (title: string, text: string[], published?: string) => {
    const report = analyze({ title, text: text.join('\n'), published });
    return { verdict: report.verdict, clauses: report.clauses.map((c) => c.id), report };
  };

  it("finds paraphrased clauses in English coverage that never uses the statement's phrases", () => {
    const { verdict, clauses } = ids('Putin floats a cyber truce with Washington', [
      'Vladimir Putin on Friday asked the United States to sign up to a set of steps to repair relations on cybersecurity.',
      "Among them: both countries would promise to keep out of each other's domestic politics, elections included.",
      'He also wants every nation to pledge that it will not be the first to strike another with information technology.',
      'Washington did not respond.',
    ]);
    expect(verdict).toBe('about');
    expect(clauses).toEqual(expect.arrayContaining(['point-4', 'global-commitment']));
  });

  it('finds Russian and Arabic paraphrases, with Arabic spelling variants and Arabic-Indic digits', () => {
    const ru = ids('Путин предложил США договориться о киберправилах', [
      'Президент России Владимир Путин предложил Вашингтону обменяться обязательствами не вмешиваться во внутреннюю политику друг друга, включая выборы.',
      'Кроме того, Москва предлагает выработать соглашение о предотвращении инцидентов в киберпространстве по образцу советско-американского соглашения 1972 года.',
    ]);
    expect(ru.verdict).toBe('about');
    expect(ru.clauses).toEqual(expect.arrayContaining(['point-3', 'point-4']));
    const ar = ids('بوتين يقترح على واشنطن تعهدات متبادلة بعدم التدخل', [
      'اقترح الرئيس الروسي فلاديمير بوتين في ٢٥ سبتمبر ٢٠٢٠ أن يتبادل البلدان ضمانات بعدم التدخل في الشؤون الداخلية بما فيها الانتخابات.',
      'كما دعا جميع دول العالم إلى التعهد سياسيا بعدم البدء بشن هجمات على بعضها البعض عبر تكنولوجيا المعلومات والاتصالات في مجال ألامن ألالكتروني.',
    ]);
    expect(ar.verdict).toBe('about');
    expect(ar.clauses).toEqual(expect.arrayContaining(['point-4', 'global-commitment']));
  });

  it('calls an article about something else that has one passage on the proposal "mentions"', () => {
    const { verdict, clauses } = ids(
      'City council approves new budget for road repairs',
      [
        'The council voted 7-2 on Tuesday to spend $40 million on road repairs over the next three years.',
        'Council members argued for an hour over which neighbourhoods should come first, and residents packed the hall.',
        'The mayor said the work would start in spring and that contractors would be chosen by open tender in January.',
        "In unrelated news, Russian President Vladimir Putin proposed that Moscow and Washington exchange guarantees of non-interference in each other's elections, including by cyber means.",
        'The council meets again on Thursday to discuss parking fees and the new bus lanes downtown.',
      ],
      '2020-10-06',
    );
    expect(verdict).toBe('mentions');
    expect(clauses).toEqual(['point-4']);
  });

  it('reads the same offer as an earlier proposal when the page was published before the statement', () => {
    const title = 'Russia offers Washington guarantees of non-interference in elections';
    const text = [
      "Russian President Vladimir Putin proposed that Moscow and Washington exchange guarantees of non-interference in each other's internal affairs, including elections, by means of information and communication technologies.",
      'He also proposed an agreement on preventing incidents in the information space, modelled on the 1972 accord on incidents at sea.',
    ].join('\n');
    const later = analyze({ title, text, published: '2020-09-26' });
    expect(later.verdict).toBe('about');
    expect(later.published).toBe('2020-09-26');
    const earlier = analyze({ title, text, published: '2018-04-11' });
    expect(earlier.verdict).toBe('unrelated');
    expect(earlier.published).toBe('2018-04-11');
    // A date that is not a calendar day is not used.
    expect(analyze({ title, text, published: '2018-02-31' }).published).toBeUndefined();
  });

  it('dates an undated article by the date line its page prints, in the article’s language, before a capture date', () => {
    const title = 'Russia to offer the UN rules of conduct in cyberspace';
    const text =
      "Russia's special envoy said Moscow had again proposed to Washington to restore the bilateral dialogue on information security and to exchange guarantees of non-interference in each other's internal affairs, including elections.";
    expect(analyze({ title, text, dateline: 'Published 4 October 2018 · Jane Doe' }).published).toBe('2018-10-04');
    expect(analyze({ title, text, dateline: 'Published 4 October 2018', captured: '2020-09-26' }).published).toBe(
      '2018-10-04',
    );
    expect(analyze({ title, text, dateline: 'By Jane Doe', captured: '2020-09-26' }).published).toBe('2020-09-26');
    expect(analyze({ title, text, dateline: 'Published 4 October 2018' }).verdict).toBe('unrelated');
    expect(analyze({ title, text, published: '2020-09-25', dateline: 'Published 4 October 2018' }).published).toBe(
      '2020-09-25',
    );
  });

  it("does not take an envoy's title for the statement's author on an undated page (the envoys made the earlier offers)", () => {
    const offers =
      "said Russia had proposed to the United States to resume bilateral dialogue on information security and to exchange guarantees of non-interference in each other's internal affairs, including elections.";
    const envoy = analyze({
      title: "Putin's envoy: Washington ignores Moscow's offers",
      text: `Putin's special representative for international information security, Andrei Krutskikh, ${offers}`,
    });
    expect(envoy.verdict).toBe('unrelated');
    const russian = analyze({
      title: 'Спецпредставитель президента: США игнорируют предложения Москвы',
      text: 'Спецпредставитель президента по вопросам международного сотрудничества в области информационной безопасности Андрей Крутских заявил, что Россия предлагала США восстановить двусторонний диалог по информационной безопасности и обменяться гарантиями невмешательства во внутренние дела, в том числе в выборы.',
    });
    expect(russian.verdict).toBe('unrelated');
    // Putin himself proposing the same is the statement.
    const author = analyze({
      title: 'Putin offers US guarantees of non-interference',
      text: `Russian President Vladimir Putin ${offers.replace('said Russia had proposed', 'proposed')}`,
    });
    expect(author.verdict).toBe('about');
  });

  it('takes a call on information security addressed to another party (the CIS) for another of Putin’s calls, not a reference to the proposal', () => {
    const lead =
      'Выступая на заседании Совета глав государств СНГ, Владимир Путин призвал партнеров по Содружеству активнее взаимодействовать в сфере информационной безопасности.';
    const cis = analyze({
      title: 'Путин призвал страны СНГ совместно защищаться от киберугроз',
      text: lead,
      published: '2020-10-15',
    });
    expect(cis.verdict).toBe('unrelated');
    // The same call made to Washington refers to the proposal.
    const us = analyze({
      title: 'Путин призвал США совместно защищаться от киберугроз',
      text: lead.replace('Совета глав государств СНГ', 'саммите').replace('партнеров по Содружеству', 'Вашингтон'),
      published: '2020-10-15',
    });
    expect(us.verdict).not.toBe('unrelated');
  });

  it('takes «инициатива президента», «путинская» or «кремлёвская инициатива» for the author proposing, in Russian press that names no one', () => {
    const text = (who: string) =>
      `Министр напомнил, что ${who} о перезагрузке сотрудничества в сфере международной информационной безопасности осталась без ответа со стороны американцев.\nОн также прокомментировал ситуацию в Нагорном Карабахе и переговоры о продлении договора СНВ-3, которые идут в Женеве.`;
    const page = (who: string) =>
      analyze({ title: 'Лавров: Вашингтон не ответил', published: '2020-11-20', text: text(who) });
    for (const who of ['сентябрьская инициатива президента', 'путинская инициатива', 'кремлёвская инициатива'])
      expect(page(who).verdict, who).not.toBe('unrelated');
    // An initiative with no one named proposing it may be anyone's.
    expect(page('сентябрьская инициатива').verdict).toBe('unrelated');
  });

  it('reads «прошлогодние предложения» on a page published the next year as a look back to the statement', () => {
    const text = (which: string) =>
      `Представитель МИД напомнила, что Вашингтон так и не ответил на ${which} Путина восстановить регулярный межведомственный диалог по информационной безопасности на высоком уровне.\nОстальная часть брифинга была посвящена высылке дипломатов, пандемии и поставкам вакцины в разные страны мира.`;
    const page = (which: string) =>
      analyze({ title: 'МИД: Вашингтон молчит', published: '2021-04-20', text: text(which) });
    expect(page('прошлогодние предложения').verdict).not.toBe('unrelated');
    // Without the look back, a proposal of Putin's in a story of 2021 may be that year's.
    expect(page('предложения').verdict).toBe('unrelated');
  });

  it('reads an undated page a diplomat leads as his earlier offer, even where a later paragraph names the Kremlin', () => {
    const body =
      'Заступник голови МЗС Росії Сергій Рябков повідомив, що Москва запропонувала Вашингтону обмінятися гарантіями невтручання у внутрішні справи, зокрема у вибори.\n\nЗа його словами, російська сторона також пропонувала відновити двосторонні консультації з кібербезпеки.\n\nУ Вашингтоні вважають ініціативи Кремля пропагандою.';
    const diplomat = analyze({ title: 'Рябков: Москва запропонувала США гарантії невтручання', text: body });
    expect(diplomat.verdict).toBe('unrelated');
    // Putin proposing the same in the title is the statement.
    const author = analyze({ title: 'Путін запропонував США гарантії невтручання', text: body });
    expect(author.verdict).not.toBe('unrelated');
    const chinese = analyze({
      title: '俄副外长里亚布科夫：俄方建议美方交换不干涉选举的保证',
      text: '俄罗斯副外长里亚布科夫表示，俄方向美方提议交换互不干涉内政特别是选举的保证，并建议恢复网络安全领域的双边磋商。\n\n他说，美方至今没有给出答复，反而继续指责俄罗斯干预美国选举，这种做法无助于改善两国关系。\n\n美方认为克里姆林宫的倡议是宣传。',
    });
    expect(chinese.verdict).toBe('unrelated');
  });

  it('does not take Putin named at an earlier occasion for the author of an undated offer', () => {
    const offer =
      "Moscow's envoy told reporters that Russia had sent Washington a proposal on non-interference in each other's elections, with an exchange of guarantees and regular consultations between the two governments.";
    const title = 'Moscow sends envoys to offer Washington rules against election meddling';
    // Putin appears only at the July summit the offer follows: an earlier offer of his diplomats.
    const earlier = analyze({
      title,
      text: `${offer} The overture comes before the November midterms, the first since Putin and Trump met in Helsinki in July.`,
    });
    expect(earlier.verdict).toBe('unrelated');
    // Putin named with no other occasion is the author, as before.
    const author = analyze({
      title,
      text: `${offer} The overture comes before the November midterms, and Putin has backed it in public.`,
    });
    expect(author.verdict).not.toBe('unrelated');
  });

  it("reads a reaction titled on Putin's proposal, whose body quotes two of its clauses, as about it", () => {
    const text = [
      'The retired general and commentator did not mince his words on the evening news.',
      '"Moscow proposes an exchange of guarantees of non-interference in each other\'s elections after being caught doing exactly that," he said.',
      'A professor of international relations thinks the idea of a political commitment by all states not to be the first to launch cyber attacks deserves to be taken seriously.',
    ].join('\n');
    const reaction = analyze({ title: "Experts distrust Putin's proposal", text, published: '2020-09-27' });
    expect(reaction.verdict).toBe('about');
    // The same quotes under a title that names no proposal of Putin's are nobody's proposal.
    const untitled = analyze({ title: 'Experts on the evening news', text, published: '2020-09-27' });
    expect(untitled.verdict).toBe('unrelated');
  });

  it('attributes "the proposal he made in September" to the Putin named in the paragraph before', () => {
    const page = (lookBack: string) =>
      analyze({
        title: 'Em entrevista, Putin elogia Trump e comenta a campanha de Biden',
        text: [
          'No dia do seu aniversário, o presidente russo Vladimir Putin deu uma entrevista à televisão estatal e falou da campanha eleitoral nos Estados Unidos.',
          'Putin disse que Trump mostrou interesse em melhorar as relações, embora as sanções tenham aumentado no seu mandato.',
          `Questionado sobre a proposta que fez${lookBack} para restabelecer a cooperação com os EUA em segurança da informação, o presidente lamentou que Washington ainda não tenha respondido.`,
        ].join('\n'),
        published: '2020-10-07',
      });
    expect(page(' em setembro').verdict).not.toBe('unrelated');
    // Without the look back to the statement's time, "the proposal he made" could be any of his.
    expect(page('').verdict).toBe('unrelated');
  });

  it("reads the paragraph after Putin's proposal on information security as going on with it, on an undated page", () => {
    const page = (proposer: string) =>
      analyze({
        title: 'Deputado russo: o silêncio dos EUA sobre a proposta mostra quem não quer confiança',
        text: [
          `Um deputado da Duma disse que a falta de resposta de Washington à iniciativa ${proposer} sobre segurança da informação é reveladora.`,
          '"A proposta foi feita para criar confiança entre os nossos dois países e proteger os cidadãos de ambos", disse o parlamentar.',
        ].join('\n'),
      });
    expect(page('do presidente Vladimir Putin').verdict).toBe('about');
    // The same words after an envoy's initiative are the earlier offers his diplomats made.
    expect(page('do enviado especial de Putin').verdict).toBe('unrelated');
  });

  it("reads the paragraph after one naming Moscow's proposal to the US as speaking of that proposal", () => {
    const page = (opening: string) =>
      analyze({
        title: 'Departamento de Estado reage com frieza à oferta de Moscovo',
        text: [
          opening,
          '"Não aceitamos lições de quem interfere nas nossas eleições", disse um porta-voz sobre a ideia de troca de garantias de não ingerência.',
        ].join('\n'),
        published: '2020-09-26',
      });
    expect(
      page('O Departamento de Estado norte-americano reagiu com frieza à proposta russa de sexta-feira.').verdict,
    ).toBe('about');
    // Without Moscow's proposal to Washington just before, the spokesman's words are nobody's proposal.
    expect(
      page('O Departamento de Estado norte-americano reagiu com frieza às declarações de sexta-feira.').verdict,
    ).toBe('unrelated');
  });

  it('keeps a report "about" the proposal when captions, teasers and ads follow it, and at least "mentions" under any tail', () => {
    const title = 'Putin offers Washington a pact on cyber non-interference';
    const lead = [
      "Russian President Vladimir Putin on Friday proposed that Russia and the United States exchange guarantees of non-interference in each other's internal affairs, including elections, by means of information and communication technologies.",
      'He also proposed an intergovernmental agreement on preventing incidents in the information space, modelled on the 1972 Soviet-American accord on incidents at sea.',
    ];
    const clutter = Array.from({ length: 12 }, (_, i) => [
      `READ MORE: Russia denies hacking claims as sanctions loom (${i})`,
      'Advertisement',
      'Photo: Reuters',
    ]).flat();
    const tail = Array.from(
      { length: 12 },
      () =>
        'In other news, the city council approved a new budget for road repairs after a long debate about which neighbourhoods should come first, and residents packed the hall to hear the decision.',
    );
    expect(ids(title, lead, '2020-09-25').verdict).toBe('about');
    expect(ids(title, [...lead, ...clutter], '2020-09-25').verdict).toBe('about');
    expect(ids('City news', [...lead, ...clutter, ...tail], '2020-09-25').verdict).not.toBe('unrelated');
  });

  it('stays unrelated on hard negatives that share the vocabulary', () => {
    const negatives: [string, string[]][] = [
      [
        'Fifty years of the Incidents at Sea agreement',
        [
          'On May 25, 1972, the US and the Soviet Union signed the Agreement on the Prevention of Incidents On and Over the High Seas in Moscow.',
          'The accord set rules to avoid collisions between warships, and navies still meet every year to review incidents.',
        ],
      ],
      [
        'Russia and US agree cyber hotline',
        [
          'In June 2013, Presidents Obama and Putin agreed to set up a hotline between senior officials and to link their computer emergency response teams.',
          'The nuclear risk reduction centers will also carry notifications about cyber incidents.',
        ],
      ],
      [
        'Kremlin denies meddling in US vote',
        [
          'The Kremlin said on Monday that Russia has never interfered and does not interfere in the internal affairs of other countries, including elections.',
          'US intelligence agencies say Russian hackers targeted the campaigns.',
        ],
      ],
      [
        'Putin proposes one-year extension of New START',
        [
          'Russian President Vladimir Putin proposed on Friday to extend the New START treaty with the United States for one year without conditions.',
          'The treaty limits strategic nuclear warheads and expires in February.',
        ],
      ],
      [
        'Putin proposes verification measures for missile moratorium',
        [
          'Putin proposed mutual verification measures to build confidence between Russia and NATO on intermediate-range missiles.',
        ],
      ],
      [
        'Путин и Байден договорились о консультациях по кибербезопасности',
        [
          'По итогам встречи в Женеве в июне 2021 года президенты договорились начать консультации экспертов по кибербезопасности.',
          'Байден передал список из 16 объектов критической инфраструктуры.',
        ],
      ],
    ];
    for (const [title, text] of negatives) expect(ids(title, text).verdict, title).toBe('unrelated');
  });

  it("reads an undated page on another cyber proposal of Putin's as unrelated unless it looks back to the statement", () => {
    // Helsinki, July 2018: nothing on the page dates it, and no clause of the statement is stated.
    const page = (opening: string) =>
      analyze({
        title: 'Putin offers Trump a joint working group on cybersecurity',
        text: [
          opening,
          'Putin also said Russia had never interfered in American elections, and proposed that US investigators come to Moscow.',
          'Trump called the offer incredible; lawmakers of both parties criticised it.',
        ].join('\n'),
      });
    expect(
      page(
        'At a news conference in Helsinki on July 16, Vladimir Putin said he had offered Donald Trump a joint cyber working group.',
      ).verdict,
    ).toBe('unrelated');
    expect(
      page(
        'Last September, Vladimir Putin offered Washington a joint cyber working group, and he repeated the offer today.',
      ).verdict,
    ).not.toBe('unrelated');
  });

  it('ties each framing flag to the passage that triggered it', () => {
    const text = [
      'Russian President Vladimir Putin proposed on September 25 that Russia and the United States exchange guarantees of non-interference in elections.',
      'The statement, posted on the Russian government website, also calls for a global ban on cyberattacks.',
    ].join('\n');
    const report = analyze({ title: 'Putin proposes cyber deal', text });
    const byId = new Map(report.flags.map((f) => [f.id, f]));
    expect(byId.get('government-website')?.passage).toContain('Russian government website');
    expect(byId.get('ban-on-cyberattacks')?.passage).toContain('ban on cyberattacks');
    for (const f of report.flags) expect(text.slice(f.start, f.end)).toBe(f.passage);
  });
});
