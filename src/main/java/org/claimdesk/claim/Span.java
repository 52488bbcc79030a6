package org.claimdesk.claim;

/** A half-open range {@code [start, end)} of an article's text: {@code text.substring(start, end)}. */
public record Span(int start, int end) {

    public Span {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("not a span: [" + start + ", " + end + ")");
        }
    }

    public String of(String text) {
        return text.substring(start, end);
    }
}
