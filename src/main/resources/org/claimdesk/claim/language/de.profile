# German. Classes of abbreviations as in en.profile. Every noun is capitalised, so a capital after an
# abbreviation is weak evidence: only a word that typically opens a sentence counts. An ordinal number is
# written with a dot ("am 3. Oktober"): see [ordinal-before].
[extends] generic
[lower-case-after-word] yes
[ordinal-dot] yes
# Every noun starts with a capital: a capitalised word mid-sentence is no evidence of a name.
[capitalised-nouns] yes

[titles]
dr, prof, hr, hrn, fr, frl, dipl, ing, st, mag, präs, gen, abg, sen, min, bgm

[never-end]
bzw, z.b, d.h, u.a, o.ä, u.ä, z.t, s.o, s.u, vgl, ggf, evtl, ca, zzgl, inkl, exkl, i.d.r, u.u, sog, bspw,
v.a, z.zt, u.v.m, o.g, e.v, e.g, i.e, vs, resp, od, allg

[before-numbers]
nr, no, s, art, abs, bd, hft, tel, str, ziff, kap, abb, tab, ca, gr, jan, feb, febr, mär, apr, jun, jul, aug,
sep, sept, okt, nov, dez, az, anm, fn, pkt

[abbreviations]
usw, etc, std, min, sek, mio, mrd, tsd, jh, jhd, jhdt, str, pl, gmbh, ag, kg, co, inc, corp, ltd, jan, feb,
febr, mär, apr, jun, jul, aug, sep, sept, okt, nov, dez, mo, di, mi, do, fr, sa, so, abt, dt, engl, franz,
geb, gest, verh, ges, hrsg, ggü, zt, lt, bzgl, max, tsd, mill, ev, kath, jr, sr, bzw, dgl, vorm, nachm

# Abbreviations that usually end their sentence: any capitalised word after them starts a new one.
[ends-often]
usw, etc

# Abbreviations that end compounds: "Hauptstr." is a "Str.".
[compound-tails]
str

[starters]
der, die, das, den, dem, des, ein, eine, einen, einem, einer, eines, er, sie, es, ich, du, wir, ihr,
man, dies, diese, dieser, dieses, diesen, jener, jene, sein, seine, seiner, seinen, ihre, ihren, ihrer,
mein, meine, unser, unsere, aber, und, oder, doch, denn, sondern, ohne, mit, in, im, ins, an, am, auf,
aus, bei, beim, für, von, vom, vor, nach, seit, bis, zu, zum, zur, über, unter, gegen, während, wegen,
trotz, laut, wie, als, wenn, wo, obwohl, weil, da, ob, nicht, kein, keine, ja, nein, schon, auch, so,
heute, gestern, morgen, jetzt, nun, dann, danach, damals, hier, dort, es gibt, ist, war, sind, waren,
hat, haben, wird, werden, wurde, wurden, kann, können, soll, sollen, muss, müssen, andere, anderen,
jeder, jede, jedes, alle, alles, viele, einige, mehrere, niemand, nichts, wer, was, warum, wieso,
zudem, außerdem, allerdings, jedoch, trotzdem, dennoch, deshalb, daher, also, sogar, noch, mehr,
weniger, nur, fast, nie, immer, sehr, zunächst, erst, zuerst, bereits, inzwischen, mittlerweile, damit,
dabei, darauf, dazu, dafür, hinzu, ebenfalls, gleichzeitig, schließlich, insgesamt, bisher, künftig,
vielleicht, wohl, habe, hatte, hatten, gibt, bitte, leider, super, toll, danke, vielen

[dangling]
der, die, das, den, dem, des, ein, eine, einen, einem, einer, von, vom, zu, zum, zur, mit, für, und,
oder, in, im, an, am, auf, bei, aus, nach, dass

[months]
januar, jänner, februar, märz, april, mai, juni, juli, august, september, oktober, november, dezember,
jan, feb, febr, mär, apr, jun, jul, aug, sep, sept, okt, nov, dez

# Words right before a number that make it an ordinal ("der 18. Wirtschaftsgipfel", "ab 7. November").
[ordinal-before]
am, vom, zum, zur, bis, ab, seit, der, die, das, den, dem, des, im, ins, beim, für, um, nach, vor, zwischen,
jeden, jedes, jede, jeder, ihr, ihre, ihrem, ihren, ihrer, sein, seine, seinem, seinen, seiner, unserem,
unserer, einem, einer, eines, ein, eine, dieser, diesem, dieses, diese, zu, an, auf, in, über, unter, bis zum,
mit, von

[name-particles]
für, zu, im, am

[speech-verbs]
sagte, sagt, sagten, hat gesagt, erklärte, erklärt, betonte, betont, meinte, meint, fügte hinzu,
ergänzte, ergänzt, bestätigte, bestätigt, kritisierte, kritisiert, warnte, warnt, forderte, fordert,
räumte ein, gab zu, teilte mit, teilt mit, berichtete, berichtet, schrieb, schreibt, twitterte,
versicherte, versichert, behauptete, behauptet, kündigte an, erläuterte, unterstrich, stellte klar,
sagte er, sagte sie, so, antwortete, antwortet, fragte, fragt, verwies, verweist, hieß es, heißt es,
argumentierte, bekräftigte, beklagte, beteuerte, verkündete, zitiert, zitierte, sprach, spricht
[according-to]
laut, nach Angaben von, nach Angaben der, nach Angaben des, nach Worten von, gemäß
[according-after]
zufolge
[pronouns]
er, sie
[articles]
der, die, das, den, dem, des, ein, eine
[not-names]
der, die, das, den, dem, des, ein, eine, dies, diese, dieser, in, im, am, aber, und, oder, wenn, als,
nach, vor, er, sie, es, wir, sein, seine, ihre, auch, dann, gestern, heute, laut, wie, so, man
[unnamed-sources]
staatsanwaltschaft, staatsanwälte, polizei, behörden, ermittler, analysten, experten, kritiker, zeugen,
quellen, diplomaten, abgeordnete, ökonomen, sprecher, sprecherin, beamte, anwalt, anwältin, anwälte,
ministerium, regierung, unternehmen, konzern, armee, bundeswehr, gericht, richter, richterin,
mitteilung, erklärung, bericht, umfrage, studie, daten, zahlen, akten, unterlagen, gerichtsakten,
gerichtsunterlagen
[organisation-words]
ministerium, regierung, bank, rat, amt, behörde, agentur, unternehmen, konzern, gericht, polizei, partei, ausschuss, union, kommission, universität, weißes haus, kreml, bundestag, bundesrat, staatsanwaltschaft, institut, stiftung, gruppe, verband, verein, parlament, spd, cdu, csu, fdp, grüne
[source-determiners]
der, die, das, den, dem, des, ein, eine, einem, einer, seine, ihre, mehrere, einige

[number-words]
prozent, millionen, million, milliarden, milliarde, tausend, hundert, dutzend, hälfte
[date-words]
montag, dienstag, mittwoch, donnerstag, freitag, samstag, sonnabend, sonntag, januar, februar, märz,
april, mai, juni, juli, august, september, oktober, november, dezember, gestern, letzte woche,
vergangene woche, letzten monat, vergangenen monat, letztes jahr, vergangenes jahr, vorjahr
[comparison-words]
mehr, weniger, höher, niedriger, größer, kleiner, größte, kleinste, höchste, niedrigste, meisten, erste,
einzige, nie, immer, rekord, doppelt, hälfte, verdoppelt, verdreifacht, gestiegen, stieg, gesunken, sank,
wuchs, gewachsen, anstieg, rückgang
[cause-words]
weil, wegen, aufgrund, verursacht, verursachte, führte zu, führt zu, dank, infolge, ausgelöst, auslöste,
deshalb, daher
[prediction-words]
wird, werden, soll, sollen, dürfte, dürften, könnte, könnten, kann, voraussichtlich, erwartet, plant,
planen, wahrscheinlich, vermutlich
[opinion-words]
ich glaube, ich denke, ich finde, wir glauben, meiner meinung nach, muss, müssen, sollte, sollten,
schande, skandal, schrecklich, furchtbar, wunderbar, großartig, beste, schlimmste, katastrophe, absurd,
unfair, lächerlich, unglaublich
