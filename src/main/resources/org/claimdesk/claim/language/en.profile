# English. Abbreviation classes decide what a full stop after them can mean:
#   titles          always precede a name: never a sentence end ("Dr. Fauci")
#   never-end       never end a sentence ("e.g.", "vs.")
#   before-numbers  not an end before a number ("No. 5", "pp. 4-9")
#   abbreviations   end a sentence only before a word that typically opens one ("Acme Inc. Nobody ...")
[extends] generic
[lower-case-after-word] yes

[titles]
mr, mrs, ms, messrs, mmes, dr, drs, prof, gen, sen, sens, gov, govs, rep, reps, rev, lt, col, capt, cpt,
sgt, maj, adm, cmdr, cdr, brig, cpl, pvt, lieut, hon, pres, atty, supt, det, insp, amb, msgr, fr, gens, sra

[never-end]
e.g, i.e, vs, v, cf, viz, ibid, eg, ie, approx

[before-numbers]
no, nos, vol, vols, p, pp, art, fig, figs, ch, sec, para, approx, ca, c, op, ed, nr, tel, ext, jan, feb,
mar, apr, jun, jul, aug, sep, sept, oct, nov, dec, st, rt, hwy, rte, gen, ver, v, ref, ex, no

[abbreviations]
inc, corp, co, ltd, llc, plc, bros, etc, al, dept, univ, assn, ave, blvd, rd, hwy, jan, feb, mar, apr, jun,
jul, aug, sep, sept, oct, nov, dec, mon, tue, tues, wed, thu, thur, thurs, fri, sat, sun, est, mln, bln,
min, max, ca, jr, sr, st, mt, ft, assoc, admin, intl, natl, govt, mfg, dist, div, est, ala, ariz, ark,
calif, colo, conn, del, fla, ga, ill, ind, kan, ky, la, md, mass, mich, minn, miss, mo, mont, neb, nev,
okla, ore, pa, tenn, tex, vt, va, wash, wis, wyo, ed, eds, esp, gov't, sq, pct, yr, yrs, hr, hrs, mins

# Initialisms that name a place or a time of day and so may end a sentence ("moved to the U.S."); after them
# a capitalised word continues the phrase if it is a name continuation or another capital follows it.
[place-initialisms]
u.s, u.k, e.u, u.n, d.c, u.s.a, n.y, l.a, u.a.e, s.f, n.j, p.r, a.m, p.m

[name-continuations]
president, vice, mayor, senator, representative, secretary, ambassador, embassy, senate, house, congress,
commission, commissioner, council, parliament, army, navy, air, marine, marines, coast, forces, supreme,
court, department, government, treasury, capitol, attorney, justice, olympic, census, bureau, open, prime,
minister, chancellor, foreign, defense, defence, state, federal, central, trade, chamber, postal, border,
customs, agency, ministry, office, steel, federation, space, circuit, district, military, intelligence,
monday, tuesday, wednesday, thursday, friday, saturday, sunday, january, february, march, april, may,
june, july, august, september, october, november, december, est, edt, cst, cdt, mst, mdt, pst, pdt, et, ct,
mt, pt, gmt, utc, bst, cet, cest

# Closed-class words that open sentences (pronouns, determiners, conjunctions, prepositions, sentence
# adverbs, auxiliaries), and plural nouns that open news sentences as unnamed subjects.
# Abbreviations that usually end their sentence: any capitalised word after them starts a new one.
[ends-often]
etc

[starters]
the, a, an, he, she, it, they, we, i, you, this, that, these, those, there, their, his, her, its, our, my,
your, but, and, or, so, yet, still, however, meanwhile, moreover, also, in, on, at, for, from, by, with,
without, after, before, during, since, until, when, while, where, why, what, who, whom, which, how, if,
as, although, though, because, some, many, most, several, few, all, both, each, every, no, none, one,
nobody, nothing, everyone, everybody, someone, somebody, anyone, nor, earlier, later, now, then, today,
yesterday, tomorrow, last, next, according, such, other, another, despite, under, over, among, nearly,
about, more, less, only, even, not, instead, here, thus, nevertheless, nonetheless, furthermore, indeed,
overall, separately, similarly, elsewhere, further, once, twice, was, is, are, were, do, does, did, can,
could, will, would, should, might, must, has, have, had, neither, either, whether, unlike, like,
against, following, amid, throughout, to, of, officials, critics, analysts, police, experts, authorities,
shares, prices, sales, asked, residents, investors, voters, lawmakers, researchers, scientists, doctors,
prosecutors, witnesses, let, please, yes, well, oh, sometimes, often, perhaps, maybe, first, second,
finally, instead, besides, otherwise, hence, therefore, accordingly, whatever, whoever, let's, it's,
there's, that's, he's, she's, they're, we're, i'm, i've, don't, doesn't, didn't, won't, can't

[dangling]
the, a, an, of, on, in, at, to, for, with, by, from, and, or, but, that, as, which, who, is, was, were,
are, its, their, his, her, late, early

# Names that contain an exclamation mark: "Yahoo! said ..." is one sentence.
[bang-names]
yahoo, jeopardy, wham, panic, oklahoma, e, hello, mamma, oh, airplane, wow

[months]
january, february, march, april, may, june, july, august, september, october, november, december

# ---- speakers ----
[speech-verbs]
said, says, told, tells, added, adds, stated, states, confirmed, confirms, claimed, claims, argued, argues,
noted, notes, insisted, insists, warned, warns, wrote, writes, tweeted, posted, announced, announces,
explained, explains, asked, asks, replied, replies, admitted, admits, acknowledged, acknowledges, declared,
declares, stressed, stresses, maintained, maintains, contended, contends, alleged, alleges, conceded,
concedes, predicted, predicts, promised, promises, vowed, vows, testified, testifies, recalled, recalls,
suggested, suggests, estimated, estimates, denied, denies, observed, emphasized, emphasised, pointed out,
concluded, cautioned, boasted, complained, countered, disclosed, revealed, urged

[according-to]
according to, as reported by, in the words of
[pronouns]
he, she
[articles]
the, a, an
[not-names]
the, a, an, this, that, these, those, it, he, she, they, we, i, you, in, on, at, but, and, or, so, if, when,
while, after, before, as, reports, then, also, later, earlier, his, her, their, our, its, my
# Unnamed sources and documents are kept as written ("prosecutors", "a spokesperson", "court records").
[unnamed-sources]
officials, prosecutors, police, authorities, investigators, analysts, experts, critics, witnesses,
sources, diplomats, lawmakers, economists, researchers, scientists, doctors, residents, aides, advisers,
spokesperson, spokesman, spokeswoman, official, prosecutor, lawyer, lawyers, attorney, attorneys,
ministry, government, company, department, agency, embassy, army, military, court, judge, statement,
campaign, party, committee, report, survey, poll, study, data, figures, records, documents, filings,
estimates, court records, court documents, police records
# Words that mark a name as an organisation, not a person (a pronoun never refers to it).
[organisation-words]
house, ministry, bank, council, department, government, office, agency, company, court, police, party,
committee, union, commission, inc, corp, university, news, times, post, reuters, press, kremlin, pentagon,
army, navy, embassy, institute, foundation, group, association, federation, parliament, congress, senate
[source-determiners]
the, a, an, one, two, several, some, many, his, her, their, its, our, local, senior, federal, state, u.s.,
government, company, police, military, white house, court, official, unnamed, anonymous

# ---- check-worthiness hints ----
[number-words]
percent, per cent, million, billion, trillion, bn, thousand, hundred, dozen, half, quarter
[date-words]
monday, tuesday, wednesday, thursday, friday, saturday, sunday, january, february, march, april, may,
june, july, august, september, october, november, december, yesterday, last week, last month, last year
[comparison-words]
more, less, fewer, higher, lower, larger, smaller, biggest, largest, smallest, highest, lowest, most,
least, first, only, never, always, record, twice, half, doubled, tripled, increase, increased, increases,
decrease, decreased, decreases, rose, fell, grew, dropped
[cause-words]
because, caused, causes, led to, leads to, due to, sparked, triggered, resulted in, as a result,
thanks to, blamed
[prediction-words]
will, won't, shall, going to, expected to, plan to, plans to, set to, likely, unlikely, forecast,
forecasts, predict, predicts, may, might, could, would
[opinion-words]
i think, i believe, we believe, i feel, in my view, should, must, ought to, need to, disgrace,
disgraceful, shameful, terrible, horrible, wonderful, beautiful, great, best, worst, mess, outrageous,
ridiculous, disaster, disastrous, incredible, amazing, sad, bad, good, mistake, unfair, wrong,
right thing, absurd
