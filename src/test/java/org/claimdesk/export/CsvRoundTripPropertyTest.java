package org.claimdesk.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.constraints.WithNull;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/** Any text, with quotes, commas, newlines and formula prefixes, reads back from our CSV as it was written. */
class CsvRoundTripPropertyTest {

    @Property(tries = 2000)
    void every_cell_reads_back_as_written_apart_from_the_neutralising_apostrophe(
            @ForAll @StringLength(max = 200) String a, @ForAll @StringLength(max = 50) String b,
            @ForAll @WithNull(0.1) String c) throws IOException {
        List<String> cells = java.util.Arrays.asList(a, b, c == null ? "" : c);
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CsvWriter.FORMAT)) {
            printer.printRecord(cells.stream().map(CsvWriter::safe).toList());
        }

        List<CSVRecord> records = CsvWriter.FORMAT.parse(new StringReader(out.toString())).getRecords();

        assertThat(records).hasSize(1);
        for (int i = 0; i < cells.size(); i++) {
            String written = cells.get(i);
            boolean formula = !written.isEmpty() && "=+-@\t\r".indexOf(written.charAt(0)) >= 0;
            assertThat(records.getFirst().get(i)).isEqualTo(formula ? "'" + written : written);
        }
    }

    @Property
    void no_cell_ever_starts_with_a_formula_character(@ForAll String cell) {
        String safe = CsvWriter.safe(cell);

        assertThat(safe.isEmpty() || "=+-@\t\r".indexOf(safe.charAt(0)) < 0).isTrue();
    }
}
