# French. Classes of abbreviations as in en.profile. "M. Dupont": a single capital is an initial.
[extends] generic
[lower-case-after-word] yes
# « Bonjour. » : the closing guillemet follows a (non-breaking) space.
[spaced-closers] »

[titles]
m, mm, mme, mmes, mlle, mlles, dr, pr, me, mgr, st, ste, gal, col, cdt, lt, sgt, prof

[never-end]
p. ex, ex, e.g, i.e, vs, cf, c.-à-d, c-à-d

[before-numbers]
n, no, nº, nos, art, p, pp, vol, chap, fig, tél, tel, av, bd, janv, févr, fév, mars, avr, juil, sept,
oct, nov, déc, env, t

[abbreviations]
etc, env, av, bd, cie, s.a, éd, dép, univ, janv, févr, fév, avr, juil, sept, oct, nov, déc, min, max, tél,
boul, hab, qqn, qqch, apr, av. j.-c, j.-c, ibid

# Abbreviations that usually end their sentence: any capitalised word after them starts a new one.
[ends-often]
etc

[starters]
le, la, les, l', un, une, des, du, de, il, elle, ils, elles, on, je, tu, nous, vous, ce, cet, cette, ces,
cela, ça, ceci, son, sa, ses, leur, leurs, mon, ma, mes, notre, nos, mais, et, ou, ni, car, donc, or,
sans, avec, en, dans, par, pour, depuis, jusqu'à, selon, après, avant, entre, sur, sous, contre, pendant,
comme, quand, lorsque, où, bien, parce, puisque, si, non, oui, déjà, aussi, ainsi, aujourd'hui, hier,
demain, maintenant, puis, ensuite, alors, enfin, ici, là, il y a, c'est, est, était, sont, a, ont, autre,
autres, chaque, tous, toutes, tout, toute, plusieurs, certains, certaines, personne, rien, aucun, aucune,
qui, que, quoi, comment, pourquoi, pendant, cependant, pourtant, toutefois, néanmoins, même, encore, plus,
moins, seulement, presque, jamais, toujours, tel, telle, très, d'abord, au, aux, à, y, c'était, qu'il,
qu'elle, d'après, lors, face, outre

[dangling]
le, la, les, un, une, des, du, de, en, dans, avec, par, pour, et, ou, que, son, sa, ses, à, au, aux

[months]
janvier, février, mars, avril, mai, juin, juillet, août, septembre, octobre, novembre, décembre

[speech-verbs]
a déclaré, a dit, a affirmé, a assuré, a expliqué, a indiqué, a ajouté, a souligné, a estimé, a précisé,
a annoncé, a averti, a reconnu, a admis, a confirmé, a répondu, a demandé, a écrit, a rappelé, a insisté,
a dénoncé, a martelé, a jugé, a lancé, a promis, a nié, a raconté, a confié, a prévenu, a tweeté,
a-t-il déclaré, a-t-elle déclaré, a-t-il dit, a-t-elle dit, a-t-il affirmé, a-t-elle affirmé,
a-t-il ajouté, a-t-elle ajouté, a-t-il expliqué, a-t-elle expliqué, a-t-il souligné, a-t-elle souligné,
a-t-il estimé, a-t-elle estimé, a-t-il précisé, a-t-elle précisé, a-t-il assuré, a-t-elle assuré,
déclare, dit, affirme, assure, explique, indique, ajoute, souligne, estime, précise, annonce, avertit,
reconnaît, admet, confirme, répond, écrit, rappelle, insiste, dénonce, juge, lance, promet, nie, raconte,
confie, déclarait, disait, affirmait, expliquait, déclara, dit-il, dit-elle, explique-t-il,
explique-t-elle, ajoute-t-il, ajoute-t-elle, estime-t-il, estime-t-elle, souligne-t-il, souligne-t-elle,
affirme-t-il, affirme-t-elle, assure-t-il, assure-t-elle, précise-t-il, précise-t-elle
[according-to]
selon, d'après, de l'avis de, aux dires de
[pronouns]
il, elle
[articles]
le, la, les, l', un, une
[not-names]
le, la, les, l', un, une, ce, cette, ces, en, dans, mais, et, ou, si, quand, lorsque, après, avant, comme,
il, elle, ils, elles, on, son, sa, ses, aussi, puis, hier, selon, pour
[unnamed-sources]
procureurs, procureur, parquet, police, gendarmerie, autorités, enquêteurs, analystes, experts, critiques,
témoins, sources, diplomates, parlementaires, économistes, porte-parole, responsables, responsable,
avocat, avocate, avocats, ministère, gouvernement, entreprise, société, armée, tribunal, juge,
communiqué, rapport, sondage, étude, données, chiffres, registres, documents, documents judiciaires,
pièces du dossier
[organisation-words]
ministère, gouvernement, banque, conseil, département, bureau, agence, entreprise, société, tribunal, police, parti, comité, union, commission, université, maison blanche, élysée, kremlin, assemblée, sénat, parquet, institut, fondation, groupe, association, fédération, parlement
[source-determiners]
le, la, les, l', un, une, des, ses, son, sa, plusieurs, certains, certaines

[number-words]
pour cent, pourcent, million, millions, milliard, milliards, mille, douzaine, moitié
[date-words]
lundi, mardi, mercredi, jeudi, vendredi, samedi, dimanche, janvier, février, mars, avril, mai, juin,
juillet, août, septembre, octobre, novembre, décembre, hier, la semaine dernière, le mois dernier,
l'an dernier, l'année dernière
[comparison-words]
plus, moins, davantage, supérieur, inférieur, meilleur, pire, premier, première, seul, seule, jamais,
toujours, record, double, moitié, doublé, triplé, augmenté, augmentation, hausse, baisse, diminué, chute
[cause-words]
parce que, à cause de, en raison de, grâce à, a provoqué, a causé, a entraîné, cause, provoque,
entraîne, résultat, due à, dû à
[prediction-words]
va, vont, sera, seront, aura, auront, devrait, devraient, pourrait, pourraient, peut, peuvent, prévoit,
prévu, probablement, risque de
[opinion-words]
je pense, je crois, nous pensons, à mon avis, selon moi, doit, doivent, il faut, honte, honteux, terrible,
horrible, merveilleux, formidable, meilleur, pire, désastre, absurde, injuste, ridicule, incroyable
