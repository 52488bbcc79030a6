package org.claimdesk.archive;

/** The stored copy of a source: its snapshot's facts and the text read from it (null until archived). */
public record ArchivedCopy(SourceArchive snapshot, String contentType, String text, Integer rawBytes,
        boolean rawTruncated) {
}
