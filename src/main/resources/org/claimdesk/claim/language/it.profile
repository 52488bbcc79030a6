# Italian. Classes of abbreviations as in en.profile.
[extends] generic
[lower-case-after-word] yes

[titles]
sig, sigg, sig.ra, sig.na, sigra, dott, dott.ssa, dr, prof, prof.ssa, avv, ing, arch, geom, rag, on, sen,
mons, gen, col, magg, cap, ten, p, fra, suor, s, ss, sant, mr, mrs

[never-end]
es, cfr, vs, e.g, i.e, ca, ad es, p. es, rispett

[before-numbers]
v, n, nn, nr, no, art, artt, att, l, lit, p, pp, pag, pagg, vol, cap, co, comma, lett, fig, tab, tel, km,
gen, feb, mar, apr, mag, giu, lug, ago, set, ott, nov, dic, d.lgs, d.l, d.p.r, c.c, c.p, cod

[abbreviations]
ecc, etc, spa, s.p.a, srl, s.r.l, snc, ltd, inc, dott, tel, gen, feb, mar, apr, mag, giu, lug, ago, set,
ott, nov, dic, min, max, sec, dipart, univ, ist, naz, reg, prov, com, pres, vd, cit, ibid, ndr, n.d.r,
d.c, a.c

# Abbreviations that usually end their sentence: any capitalised word after them starts a new one.
[ends-often]
ecc, etc

[starters]
il, lo, la, i, gli, le, l', un, uno, una, un', lui, lei, loro, io, tu, noi, voi, egli, ella, esso, essa,
questo, questa, questi, queste, quello, quella, quelli, quelle, ciò, suo, sua, suoi, sue, mio, mia,
nostro, nostra, ma, e, ed, o, né, però, senza, con, in, nel, nella, nei, nelle, nello, negli, di, del,
della, dei, delle, dello, degli, a, al, alla, ai, alle, allo, agli, da, dal, dalla, dai, dalle, per, su,
sul, sulla, tra, fra, dopo, prima, secondo, durante, contro, come, quando, dove, mentre, anche, sebbene,
benché, perché, poiché, se, non, sì, già, inoltre, oggi, ieri, domani, ora, adesso, poi, allora, così,
qui, qua, lì, là, c'è, ci, è, era, sono, erano, ha, hanno, aveva, altro, altra, altri, altre, ogni,
ciascuno, tutti, tutte, tutto, tutta, molti, molte, alcuni, alcune, diversi, nessuno, niente, nulla, chi,
che, cosa, quale, perciò, quindi, dunque, tuttavia, comunque, infatti, invece, pure, ancora, più, meno,
solo, soltanto, quasi, mai, sempre, tale, tanto, molto, anzitutto, infine, insomma, intanto, si, mi, ti,
vi, ne, dall', dell', nell', all', sull', quest', quell'

[dangling]
il, lo, la, i, gli, le, un, una, di, del, della, a, al, alla, da, in, nel, nella, con, per, su, e, o, che

[months]
gennaio, febbraio, marzo, aprile, maggio, giugno, luglio, agosto, settembre, ottobre, novembre, dicembre

[speech-verbs]
ha detto, ha dichiarato, ha affermato, ha spiegato, ha aggiunto, ha sottolineato, ha ribadito,
ha precisato, ha annunciato, ha avvertito, ha ammesso, ha confermato, ha risposto, ha chiesto, ha scritto,
ha ricordato, ha insistito, ha denunciato, ha assicurato, ha garantito, ha osservato, ha commentato,
ha concluso, ha promesso, ha negato, ha raccontato, ha spiegato, ha sostenuto, ha evidenziato,
ha rilevato, ha twittato, aveva detto, disse, dice, dichiara, afferma, spiega, aggiunge, sottolinea,
ribadisce, precisa, annuncia, avverte, ammette, conferma, risponde, chiede, scrive, ricorda, insiste,
denuncia, assicura, garantisce, osserva, commenta, conclude, promette, nega, racconta, sostiene,
dichiarò, affermò, spiegò, aggiunse, sottolineò, ribadì, annunciò, scrisse, ricordò, rispose
[according-to]
secondo, stando a, a detta di, a giudizio di, nelle parole di
[pronouns]
lui, lei, egli, ella
[articles]
il, lo, la, i, gli, le, l', un, uno, una
[not-names]
il, lo, la, i, gli, le, l', un, uno, una, questo, questa, in, nel, nella, ma, e, o, se, quando, mentre,
dopo, prima, come, lui, lei, loro, suo, sua, anche, poi, ieri, oggi, secondo, per
[unnamed-sources]
procuratori, procuratore, procura, pm, polizia, carabinieri, autorità, inquirenti, investigatori,
analisti, esperti, critici, testimoni, fonti, diplomatici, parlamentari, economisti, portavoce,
funzionari, funzionario, avvocato, avvocati, legale, legali, ministero, governo, azienda, società,
esercito, tribunale, giudice, nota, comunicato, rapporto, sondaggio, studio, dati, cifre, registri,
documenti, atti, atti giudiziari, carte processuali
[organisation-words]
ministero, governo, banca, consiglio, dipartimento, ufficio, agenzia, azienda, società, tribunale, polizia, partito, comitato, unione, commissione, università, casa bianca, cremlino, camera, senato, procura, istituto, fondazione, gruppo, associazione, federazione, parlamento, quirinale, palazzo chigi
[source-determiners]
il, lo, la, i, gli, le, l', un, uno, una, alcuni, alcune, diversi, diverse, suoi, sue

[number-words]
per cento, percento, milione, milioni, miliardo, miliardi, mila, mille, dozzina, metà
[date-words]
lunedì, martedì, mercoledì, giovedì, venerdì, sabato, domenica, gennaio, febbraio, marzo, aprile, maggio,
giugno, luglio, agosto, settembre, ottobre, novembre, dicembre, ieri, la settimana scorsa,
il mese scorso, l'anno scorso
[comparison-words]
più, meno, maggiore, minore, migliore, peggiore, primo, prima, unico, unica, mai, sempre, record, doppio,
metà, raddoppiato, triplicato, aumentato, aumento, salito, sceso, calato, cresciuto, diminuito, calo
[cause-words]
perché, a causa di, per colpa di, grazie a, ha provocato, ha causato, causato, provocato, dovuto a,
in seguito a, di conseguenza
[prediction-words]
sarà, saranno, avrà, avranno, potrebbe, potrebbero, può, possono, dovrebbe, dovrebbero, prevede,
previsto, probabilmente, si prevede, si aspetta, intende
[opinion-words]
penso, credo, crediamo, secondo me, a mio avviso, deve, devono, bisogna, occorre, vergogna, vergognoso,
terribile, orribile, meraviglioso, fantastico, migliore, peggiore, disastro, assurdo, ingiusto, ridicolo,
incredibile
