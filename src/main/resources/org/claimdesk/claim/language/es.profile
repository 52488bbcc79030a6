# Spanish. Classes of abbreviations as in en.profile. "EE. UU." (doubled initials) is handled by shape.
[extends] generic
[lower-case-after-word] yes

[titles]
sr, sra, srta, sres, sras, dr, dra, drs, d, dña, lic, ing, arq, prof, profa, gral, excmo, excma, ilmo,
ilma, mons, pdte, pdta, sto, sta, fr, sor, pbro, cnel, tte, cap, dip, sen, gob

[never-end]
p. ej, ej, e.g, i.e, vs, cf, vid, v. gr

[before-numbers]
núm, nº, art, arts, pág, págs, p, pp, vol, vols, cap, n, no, tel, fig, ap, apdo, c, ca, km, av, avda,
ene, feb, mar, abr, may, jun, jul, ago, sep, sept, oct, nov, dic

[abbreviations]
etc, aprox, av, avda, cía, s.a, hnos, ud, uds, vd, vds, dpto, depto, admón, gob, univ, ee, uu, ff, aa, cc, oo,
rr, hh, ss, ltda, s.l, col, bco, ene, feb, mar, abr, may, jun, jul, ago, sep, sept, oct, nov, dic, min, máx,
mín, pral, izq, dcha, tel

# Abbreviations that usually end their sentence: any capitalised word after them starts a new one.
[ends-often]
etc

[starters]
el, la, los, las, un, una, unos, unas, lo, él, ella, ellos, ellas, yo, tú, usted, ustedes, nosotros,
nosotras, este, esta, estos, estas, ese, esa, esos, esas, eso, esto, aquel, aquella, su, sus, mi, mis,
nuestro, nuestra, pero, y, e, o, u, ni, sin, con, en, de, del, al, a, por, para, desde, hasta, según, tras,
entre, sobre, ante, bajo, contra, durante, mediante, como, cuando, donde, aunque, porque, pues, si, no, sí,
ya, también, tampoco, además, hoy, ayer, mañana, ahora, luego, después, antes, así, aquí, allí, ahí, hay,
es, fue, era, son, está, están, ha, han, había, otro, otra, otros, otras, cada, todos, todas, todo, toda,
muchos, muchas, varios, varias, algunos, algunas, nadie, nada, ninguno, ninguna, quien, quienes, qué, cómo,
dónde, cuándo, cuál, mientras, incluso, entonces, finalmente, asimismo, sin, embargo, tanto, más, menos,
solo, sólo, casi, aún, todavía, nunca, siempre, tal, tan, muy, primero, por, se, le, les, me, te, nos

[dangling]
el, la, los, las, un, una, de, del, al, a, en, con, por, para, y, o, que, su, sus

[months]
enero, febrero, marzo, abril, mayo, junio, julio, agosto, septiembre, setiembre, octubre, noviembre,
diciembre

[speech-verbs]
dijo, dice, decía, ha dicho, había dicho, afirmó, afirma, ha afirmado, declaró, declara, ha declarado,
aseguró, asegura, ha asegurado, señaló, señala, ha señalado, explicó, explica, ha explicado, indicó,
indica, ha indicado, añadió, añade, agregó, agrega, sostuvo, sostiene, advirtió, advierte, denunció,
denuncia, admitió, reconoció, reconoce, anunció, anuncia, insistió, insiste, subrayó, destacó, destaca,
manifestó, expresó, comentó, comenta, apuntó, apunta, precisó, respondió, responde, preguntó, escribió,
escribe, tuiteó, publicó, confirmó, confirma, negó, niega, aclaró, recordó, recuerda, criticó, alertó,
prometió, insistió, concluyó, puntualizó, detalló, informó, informa, sentenció, remarcó, planteó

[according-to]
según, de acuerdo con, conforme a, a juicio de, en palabras de, a decir de
[pronouns]
él, ella
[articles]
el, la, los, las, un, una, lo
[not-names]
el, la, los, las, un, una, este, esta, estos, estas, ese, esa, en, pero, y, o, si, cuando, mientras, tras,
después, antes, como, él, ella, ellos, ellas, su, sus, también, luego, ayer, hoy
[unnamed-sources]
fiscales, fiscal, fiscalía, policía, autoridades, investigadores, analistas, expertos, críticos, testigos,
fuentes, diplomáticos, legisladores, economistas, portavoz, vocero, vocera, funcionarios, funcionario,
abogado, abogados, ministerio, gobierno, empresa, compañía, ejército, tribunal, juez, jueza, comunicado,
informe, encuesta, sondeo, estudio, datos, cifras, registros, documentos, documentos judiciales,
registros judiciales, expertos
[organisation-words]
ministerio, gobierno, banco, consejo, departamento, oficina, agencia, empresa, compañía, tribunal, policía, partido, comité, unión, comisión, universidad, casa blanca, kremlin, congreso, senado, fiscalía, instituto, fundación, grupo, asociación, federación, parlamento
[source-determiners]
el, la, los, las, un, una, unos, unas, sus, su, varios, varias, algunos, algunas

[number-words]
por ciento, millón, millones, mil, billón, billones, millardos, docena, mitad
[date-words]
lunes, martes, miércoles, jueves, viernes, sábado, domingo, enero, febrero, marzo, abril, mayo, junio,
julio, agosto, septiembre, octubre, noviembre, diciembre, ayer, la semana pasada, el mes pasado,
el año pasado
[comparison-words]
más, menos, mayor, menor, mejor, peor, primero, primera, único, única, nunca, siempre, récord, doble,
mitad, duplicó, triplicó, aumentó, aumento, subió, cayó, bajó, creció, disminuyó, descenso
[cause-words]
porque, causó, causa, provocó, debido a, a causa de, por culpa de, gracias a, desencadenó, como resultado
[prediction-words]
será, serán, va a, van a, habrá, se espera, prevé, previsto, planea, probablemente, podría, podrían,
puede, pueden, tendrá, tendrán
[opinion-words]
creo, creemos, pienso, en mi opinión, debe, deben, debería, deberían, hay que, vergüenza, vergonzoso,
terrible, horrible, maravilloso, genial, mejor, peor, desastre, absurdo, injusto, ridículo, increíble
