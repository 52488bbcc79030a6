# Portuguese (Brazil and Portugal). Classes of abbreviations as in en.profile.
[extends] generic
[lower-case-after-word] yes

[titles]
sr, sra, srta, srs, dr, dra, drs, dras, prof, profa, eng, enga, exmo, exma, revmo, pe, d, dom, gen, cel,
cap, ten, sarg, dep, sen, gov, pres, min, des, arq

[never-end]
e.g, i.e, vs, cf, p. ex, ex

[before-numbers]
n, nº, n.º, no, nos, art, arts, p, pp, pág, págs, vol, cap, fl, fls, tel, av, km, inc, al, par, jan, fev,
mar, abr, mai, jun, jul, ago, set, out, nov, dez

[abbreviations]
etc, aprox, av, ltda, cia, s.a, dept, depto, adm, univ, jan, fev, mar, abr, mai, jun, jul, ago, set, out, nov,
dez, máx, mín, tel, obs, séc, ed, eua

# Abbreviations that usually end their sentence: any capitalised word after them starts a new one.
[ends-often]
etc

[starters]
o, a, os, as, um, uma, uns, umas, ele, ela, eles, elas, eu, tu, você, vocês, nós, este, esta, estes,
estas, esse, essa, esses, essas, isso, isto, aquele, aquela, aquilo, seu, sua, seus, suas, meu, minha,
nosso, nossa, mas, e, ou, nem, sem, com, em, no, na, nos, nas, de, do, da, dos, das, ao, aos, à, às, por,
pelo, pela, para, desde, até, segundo, após, entre, sobre, ante, contra, durante, como, quando, onde,
embora, porque, pois, se, não, sim, já, também, além, hoje, ontem, amanhã, agora, depois, antes, assim,
aqui, ali, lá, há, é, foi, era, são, está, estão, tem, têm, outro, outra, outros, outras, cada, todos,
todas, tudo, muitos, muitas, vários, várias, alguns, algumas, ninguém, nada, nenhum, nenhuma, quem, que,
como, mesmo, ainda, então, finalmente, contudo, porém, entretanto, apesar, mais, menos, só, apenas,
quase, nunca, sempre, tal, tão, muito, primeiro, lhe, me

[dangling]
o, a, os, as, um, uma, de, do, da, dos, das, em, no, na, com, por, para, e, ou, que, seu, sua

[months]
janeiro, fevereiro, março, abril, maio, junho, julho, agosto, setembro, outubro, novembro, dezembro

[speech-verbs]
disse, diz, dizia, tem dito, afirmou, afirma, declarou, declara, assegurou, assegura, garantiu, garante,
explicou, explica, indicou, indica, acrescentou, acrescenta, sustentou, sustenta, advertiu, adverte,
alertou, alerta, denunciou, denuncia, admitiu, admite, reconheceu, reconhece, anunciou, anuncia,
insistiu, insiste, sublinhou, destacou, destaca, salientou, ressaltou, ressalta, comentou, comenta,
apontou, aponta, respondeu, responde, perguntou, escreveu, escreve, publicou, confirmou, confirma, negou,
nega, lembrou, lembra, criticou, prometeu, concluiu, informou, informa, contou, conta, avaliou, avalia,
defendeu, defende, argumentou, observou, frisou, revelou
[according-to]
segundo, de acordo com, conforme, na opinião de, nas palavras de
[pronouns]
ele, ela
[articles]
o, a, os, as, um, uma
[not-names]
o, a, os, as, um, uma, este, esta, esse, essa, em, mas, e, ou, se, quando, enquanto, após, depois, antes,
como, ele, ela, eles, elas, seu, sua, também, ontem, hoje, no, na, segundo
[unnamed-sources]
promotores, promotor, procuradores, procurador, procuradoria, ministério público, polícia, autoridades,
investigadores, analistas, especialistas, críticos, testemunhas, fontes, diplomatas, parlamentares,
economistas, porta-voz, funcionários, assessoria, advogado, advogados, ministério, governo, empresa,
companhia, exército, tribunal, juiz, juíza, nota, comunicado, relatório, pesquisa, sondagem, estudo,
dados, números, registros, documentos, documentos judiciais, autos do processo
[organisation-words]
ministério, governo, banco, conselho, departamento, escritório, agência, empresa, companhia, tribunal, polícia, partido, comitê, comité, união, comissão, universidade, casa branca, kremlin, congresso, senado, procuradoria, instituto, fundação, grupo, associação, federação, parlamento, petrobras
[source-determiners]
o, a, os, as, um, uma, uns, umas, seus, suas, vários, várias, alguns, algumas

[number-words]
por cento, milhão, milhões, mil, bilhão, bilhões, mil milhões, dúzia, metade
[date-words]
segunda-feira, terça-feira, quarta-feira, quinta-feira, sexta-feira, sábado, domingo, janeiro, fevereiro,
março, abril, maio, junho, julho, agosto, setembro, outubro, novembro, dezembro, ontem, semana passada,
mês passado, ano passado
[comparison-words]
mais, menos, maior, menor, melhor, pior, primeiro, primeira, único, única, nunca, sempre, recorde, dobro,
metade, dobrou, triplicou, aumentou, aumento, subiu, caiu, cresceu, diminuiu, queda
[cause-words]
porque, causou, causa, provocou, devido a, por causa de, graças a, desencadeou, como resultado, resultou em
[prediction-words]
será, serão, vai, vão, haverá, espera-se, prevê, previsto, planeja, provavelmente, poderia, poderiam,
pode, podem, deverá, deverão, terá, terão
[opinion-words]
acho, achamos, penso, creio, na minha opinião, deve, devem, deveria, deveriam, é preciso, vergonha,
vergonhoso, terrível, horrível, maravilhoso, ótimo, melhor, pior, desastre, absurdo, injusto, ridículo
