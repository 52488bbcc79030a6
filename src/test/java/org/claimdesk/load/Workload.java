package org.claimdesk.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.percent;
import static io.gatling.javaapi.core.CoreDsl.randomSwitch;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.util.concurrent.ThreadLocalRandom;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

/**
 * One kind of arrival in the open model: each Gatling virtual user arrives, sends one request as one of the fixture's
 * accounts (its own token) and leaves. {@link #MIX} draws the kind per arrival, as a desk's traffic would.
 */
public enum Workload {
    ARTICLE("GET an article"),
    CLAIM("GET a claim"),
    VERDICT("POST a verdict"),
    DECISION("POST a decision"),
    EXPORT("GET the JSON export"),
    MIX("mix (REST) + UI");

    private static final String VERDICT_BODY = "{\"verdict\":\"#{verdict}\",\"rationale\":\"Checked against the"
            + " official record (load run #{n}).\",\"sources\":[{\"url\":\"https://records.example.org/#{n}\","
            + "\"title\":\"Record #{n}\",\"quote\":\"As stated.\",\"stance\":\"supports\"}]#{note}}";
    private static final String[] VERDICTS = {"supported", "disputed", "misleading"};

    public final String label;

    Workload(String label) {
        this.label = label;
    }

    ChainBuilder chain(Fixture f, Tally tally) {
        ChainBuilder pick = exec(session -> {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            int n = random.nextInt(1_000_000);
            return session.set("token", Fixture.any(f.reviewerTokens())).set("editor", Fixture.any(f.editorTokens()))
                    .set("article", Fixture.any(f.reviewArticles())).set("claim", Fixture.any(f.reviewClaims()))
                    .set("exported", Fixture.any(f.exportArticles()))
                    .set("decided", Fixture.any(f.deskClaims())).set("n", n).set("verdict", VERDICTS[n % 3])
                    .set("note", "");
        });
        return switch (this) {
            case ARTICLE -> pick.exec(article(tally));
            case CLAIM -> pick.exec(claim(tally));
            case VERDICT -> pick.exec(verdict(tally));
            case DECISION -> pick.exec(decision(tally));
            case EXPORT -> pick.exec(export(tally));
            case MIX -> pick.exec(randomSwitch().on(
                    percent(10.0).then(timed(http("list").get("/api/v1/articles?size=20"), 200, tally, Kind.READ)),
                    percent(25.0).then(article(tally)),
                    percent(25.0).then(claim(tally)),
                    percent(25.0).then(verdict(tally)),
                    percent(5.0).then(timed(http("history").get("/api/v1/claims/#{claim}/history?page=0&size=20"),
                            200, tally, Kind.READ)),
                    percent(5.0).then(decision(tally)),
                    percent(5.0).then(export(tally))));
        };
    }

    private static ChainBuilder article(Tally tally) {
        return timed(http("article").get("/api/v1/articles/#{article}"), 200, tally, Kind.READ);
    }

    private static ChainBuilder claim(Tally tally) {
        return timed(http("claim").get("/api/v1/claims/#{claim}"), 200, tally, Kind.READ);
    }

    private static ChainBuilder export(Tally tally) {
        return timed(http("export").get("/api/v1/articles/#{exported}/export?format=json"), 200, tally, Kind.READ);
    }

    private static ChainBuilder verdict(Tally tally) {
        return timed(http("verdict").post("/api/v1/claims/#{claim}/verdicts").body(StringBody(VERDICT_BODY))
                .header("Content-Type", "application/json"), 201, tally, Kind.VERDICT);
    }

    /** An editor's decision; a claim decided before takes a correction note (a first decision ignores it). */
    private static ChainBuilder decision(Tally tally) {
        return exec(session -> session.set("note", ",\"correctionNote\":\"Re-decided under load.\""))
                .exec(timed(http("decision").post("/api/v1/claims/#{decided}/decision").body(StringBody(VERDICT_BODY))
                        .header("Content-Type", "application/json").header("Authorization", "Bearer #{editor}"),
                        201, tally, Kind.DECISION));
    }

    private enum Kind { READ, VERDICT, DECISION }

    /** The request as the user's token, its answer's time and status recorded in the step's tally. */
    private static ChainBuilder timed(HttpRequestActionBuilder request, int expected, Tally tally, Kind kind) {
        HttpRequestActionBuilder signed = kind == Kind.DECISION ? request
                : request.header("Authorization", "Bearer #{token}");
        return exec(signed.check(responseTimeInMillis().saveAs("rt"), status().saveAs("status"),
                status().is(expected)))
                .exec(session -> {
                    long micros = session.contains("rt") ? session.getInt("rt") * 1000L : -1;
                    if (session.isFailed()) {
                        tally.error(micros, kind + " answered " + (session.contains("status") ? session.getInt("status")
                                : "not at all (timeout or refused)"));
                    } else {
                        tally.ok(micros);
                        if (kind == Kind.VERDICT) {
                            tally.verdictAccepted();
                        } else if (kind == Kind.DECISION) {
                            tally.decisionAccepted();
                        }
                    }
                    return session.removeAll("rt", "status").markAsSucceeded();
                });
    }
}
