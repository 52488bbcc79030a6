package org.claimdesk.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.claimdesk.base.WebAddress;
import org.claimdesk.review.ClaimReview;
import org.claimdesk.review.DecisionView;
import org.claimdesk.review.Source;
import org.claimdesk.review.VerdictType;

/** A readable Markdown report; all user text is escaped so it cannot turn into links, images or HTML. */
final class MarkdownWriter {

    void write(ExportData data, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        var a = data.article();
        w.write("# " + esc(a.title()) + "\n\n");
        w.write(line("Source", a.sourceUrl()) + line("Publisher", a.publisher()) + line("Author", a.author())
                + line("Published", a.publishedOn() == null ? null : a.publishedOn().toString())
                + line("Fact-checked by", data.organization()) + "\n");
        w.write("## Summary\n\n| Final verdict | Claims |\n|---|---|\n");
        for (VerdictType type : VerdictType.values()) {
            w.write("| " + type.label() + " | " + data.summary().finalVerdicts().getOrDefault(type, 0) + " |\n");
        }
        w.write("\n" + data.summary().approved() + " of " + data.summary().claims() + " claims approved."
                + (data.summary().agreementSentence() == null ? "" : " " + data.summary().agreementSentence())
                + "\n\n");
        w.write("## Article\n\n" + markedText(data) + "\n\n## Claims\n\n");
        for (ClaimReview claim : data.claims()) {
            writeClaim(w, claim);
        }
        w.flush();
    }

    private static String markedText(ExportData data) {
        String text = data.article().text();
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (ClaimReview claim : data.claims()) {
            out.append(esc(text.substring(at, claim.claim().start()))).append("**[").append(claim.claim().ordinal())
                    .append("]** ").append(esc(text.substring(claim.claim().start(), claim.claim().end())));
            at = claim.claim().end();
        }
        return out.append(esc(text.substring(at))).toString().replace("\n", "\n\n");
    }

    private static void writeClaim(Writer w, ClaimReview claim) throws IOException {
        w.write("### " + claim.claim().ordinal() + ". " + esc(claim.claim().reviewedText()) + "\n\n");
        w.write(line("Speaker", claim.claim().speaker()) + "- Status: "
                + (claim.claim().dismissed() ? "not a claim" : claim.claim().status().label()) + "\n");
        DecisionView decision = claim.decision();
        if (decision == null) {
            w.write("- Final verdict: none yet\n\n");
            return;
        }
        w.write("- Final verdict: **" + decision.verdict().label() + "** (" + esc(decision.editor()) + ", "
                + decision.createdAt().toString().substring(0, 10) + ")\n");
        if (decision.attribution() != null && claim.claim().speaker() != null) {
            w.write("- Attribution: " + decision.attribution().label() + " (" + esc(decision.attribution()
                    .finding(claim.claim().speaker())) + ")\n");
        }
        w.write("- Rationale: " + esc(decision.rationale()).replace("\n", " ") + "\n");
        for (Source s : decision.sources()) {
            w.write("- Source: " + link(s) + " · "
                    + s.stance().label() + " · accessed " + s.accessedOn()
                    + (s.quote() == null ? "" : " · “" + esc(s.quote()).replace("\n", " ") + "”") + "\n");
        }
        if (decision.correctionNote() != null) {
            w.write("- **Correction:** " + esc(decision.correctionNote()).replace("\n", " ") + "\n");
        }
        w.write("\n");
    }

    /** A Markdown link for a web address; anything else (javascript:, data:, ...) as escaped text, never a link. */
    private static String link(Source s) {
        return WebAddress.isWeb(s.url())
                ? "[" + esc(s.title()) + "](<" + s.url().replace(" ", "%20").replace(">", "%3E") + ">)"
                : esc(s.title()) + " (" + esc(s.url()) + ")";
    }

    private static String line(String label, String value) {
        return value == null || value.isBlank() ? "" : "- " + label + ": " + esc(value) + "\n";
    }

    /**
     * Backslash-escapes what Markdown (and HTML inside it) would act on: emphasis, code, links, tables and
     * tags anywhere, and heading, list and quote markers at the start of a line.
     */
    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        boolean lineStart = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (lineStart && Character.isDigit(c) && i + 1 < s.length() && (s.charAt(i + 1) == '.' || s.charAt(i + 1) == ')')) {
                out.append(c).append('\\').append(s.charAt(++i));
                lineStart = false;
                continue;
            }
            boolean blockMarker = lineStart && (c == '#' || c == '+' || c == '-' || c == '=');
            if ("\\`*_[]<>|~".indexOf(c) >= 0 || blockMarker) {
                out.append('\\');
            }
            out.append(c);
            lineStart = c == '\n' || lineStart && c == ' ';
        }
        return out.toString();
    }
}
