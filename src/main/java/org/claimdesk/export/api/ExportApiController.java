package org.claimdesk.export.api;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.claimdesk.base.InvalidInputException;
import org.claimdesk.base.SiteAddress;
import org.claimdesk.export.ExportDocument;
import org.claimdesk.export.ExportFormat;
import org.claimdesk.export.ExportImporter;
import org.claimdesk.export.ExportService;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** Exports of one article or many, streamed; and the admin's import of a JSON export. */
@RestController
class ExportApiController {

    private final ExportService exports;
    private final ExportImporter importer;

    ExportApiController(ExportService exports, ExportImporter importer) {
        this.exports = exports;
        this.importer = importer;
    }

    @GetMapping("/api/v1/articles/{id}/export")
    ResponseEntity<StreamingResponseBody> export(@PathVariable Long id, @RequestParam String format,
            @RequestParam(defaultValue = "false") boolean all, @RequestParam(defaultValue = "false") boolean bom,
            HttpServletRequest request) {
        ExportFormat chosen = ExportFormat.parse(format);
        exports.ensureExists(id);
        var auth = SecurityContextHolder.getContext();
        String site = SiteAddress.of(request);
        StreamingResponseBody body = out -> withContext(auth, () -> exports.write(id, chosen,
                new ExportService.Options(all, bom, site), out));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(chosen.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + chosen.fileName(id) + "\"")
                .body(body);
    }

    @GetMapping("/api/v1/exports")
    ResponseEntity<StreamingResponseBody> bulk(@RequestParam String from, @RequestParam String to,
            @RequestParam(defaultValue = "ndjson") String format, HttpServletRequest request) {
        ExportService.Bulk bulk;
        try {
            bulk = ExportService.Bulk.valueOf(format.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("error.api.bulk-format");
        }
        List<Long> ids = exports.approvedBetween(instant(from, false), instant(to, true));
        var auth = SecurityContextHolder.getContext();
        String site = SiteAddress.of(request);
        StreamingResponseBody body = out -> withContext(auth, () -> exports.writeBulk(ids, bulk, site, out, done -> { }));
        boolean zip = bulk == ExportService.Bulk.ZIP;
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(zip ? "application/zip" : "application/x-ndjson"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"claimdesk-export." + (zip ? "zip" : "ndjson") + "\"")
                .header("X-ClaimDesk-Articles", String.valueOf(ids.size()))
                .body(body);
    }

    @PostMapping("/api/v1/imports")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<Map<String, Long>> importExport(@RequestBody ExportDocument document) {
        Long id = importer.importDocument(document);
        return ResponseEntity.created(URI.create("/api/v1/articles/" + id)).body(Map.of("id", id));
    }

    /** Streaming runs after the controller returns, on another thread: it carries the caller's identity along. */
    private static void withContext(SecurityContext context, Runnable work) {
        var previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(context);
        try {
            work.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /** A date (2026-11-01, the whole day) or an instant; 'to' dates include their whole day. */
    private static Instant instant(String value, boolean endOfDay) {
        try {
            if (value.length() == 10) {
                LocalDate day = LocalDate.parse(value);
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay().toInstant(ZoneOffset.UTC);
            }
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("error.api.from-to");
        }
    }
}
