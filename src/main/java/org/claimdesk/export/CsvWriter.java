package org.claimdesk.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.claimdesk.claim.StaleMark;
import org.claimdesk.review.ClaimReview;
import org.claimdesk.review.DecisionView;

/**
 * RFC 4180 CSV, UTF-8, one row per claim. A cell that a spreadsheet would run as a formula (starting with
 * =, +, -, @, tab or carriage return) gets a leading apostrophe, as OWASP advises. The stale columns are
 * filled when a re-check found the claim's sentence changed (or gone: sentence_now empty); archived_copies has,
 * line by line beside source_urls, the address of each final source's stored copy (empty while none).
 */
final class CsvWriter {

    static final CSVFormat FORMAT = CSVFormat.RFC4180;

    static final String[] HEADER = {"ordinal", "claim", "speaker", "status", "final_verdict", "rationale",
            "source_urls", "reviewers", "agreement", "correction_note", "language", "stale_since", "stale_reason",
            "sentence_before", "sentence_now", "archived_copies"};

    void write(ExportData data, boolean bom, OutputStream out) throws IOException {
        // the BOM helps Excel read UTF-8; other tools ignore it
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        if (bom) {
            writer.write('\uFEFF');
        }
        CSVPrinter csv = new CSVPrinter(writer, FORMAT.builder().setHeader(HEADER).get());
        for (ClaimReview claim : data.claims()) {
            DecisionView decision = claim.decision();
            StaleMark stale = claim.claim().stale();
            csv.printRecord(claim.claim().ordinal(), safe(claim.claim().reviewedText()), safe(claim.claim().speaker()),
                    claim.claim().dismissed() ? "not a claim" : claim.claim().status().label(),
                    decision == null ? "" : decision.verdict().label(), safe(decision == null ? "" : decision.rationale()),
                    safe(decision == null ? "" : Cells.sourceUrls(decision.sources())), safe(Cells.reviewers(claim)),
                    Cells.agreement(claim), safe(decision == null || decision.correctionNote() == null ? ""
                            : decision.correctionNote()), safe(data.article().language()),
                    stale == null ? "" : stale.since().toString(), stale == null ? "" : stale.reason().name(),
                    safe(stale == null ? "" : stale.before()), safe(stale == null ? "" : stale.after()),
                    decision == null ? "" : decision.sources().stream().map(s -> data.archivedCopy(s.url()))
                            .collect(java.util.stream.Collectors.joining("\n")));
        }
        csv.flush();
    }

    /** Neutralises spreadsheet formulas; everything else passes unchanged. */
    static String safe(String value) {
        if (value == null || value.isEmpty()) {
            return value == null ? "" : value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }
}
