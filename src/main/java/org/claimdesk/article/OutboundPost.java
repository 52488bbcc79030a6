package org.claimdesk.article;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.springframework.stereotype.Component;

/**
 * Sends a POST to an address someone configured (a webhook endpoint), through exactly the checks and pinning of
 * {@link UrlFetcher}: http(s) only, no loopback, private, link-local or reserved address unless the host is on
 * the import allow-list (CLAIMDESK_IMPORT_ALLOWED_HOSTS), each request connecting only to the addresses it
 * checked, no redirects followed (a 3xx is an answer, not a hop).
 */
@Component
public class OutboundPost {

    /** The receiver's HTTP status. */
    public record Answer(int status) {
        public boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    private final UrlFetcher fetcher;

    OutboundPost(UrlFetcher fetcher) {
        this.fetcher = fetcher;
    }

    /** Refuses, with the import's reason, an address ClaimDesk would not send to; resolves the host once. */
    public void check(String address) {
        fetcher.checkedAddresses(UrlFetcher.parse(address));
    }

    /**
     * Posts a JSON body; the address is checked again (its DNS may have changed since registration). Refused
     * addresses throw {@link org.claimdesk.base.InvalidInputException}; network failures an {@link IOException}.
     */
    public Answer postJson(String address, byte[] body, Map<String, String> headers, long timeoutMillis)
            throws IOException {
        URI uri = UrlFetcher.parse(address);
        InetAddress[] checked = fetcher.checkedAddresses(uri);
        HttpPost request = new HttpPost(uri);
        request.setHeader("User-Agent", "ClaimDesk webhooks");
        headers.forEach(request::setHeader);
        request.setEntity(new ByteArrayEntity(body, ContentType.APPLICATION_JSON));
        // a deadline for the whole exchange, as for imports: a receiver that trickles its answer is cut off
        ScheduledFuture<?> abort = UrlFetcher.DEADLINES.schedule(request::cancel, timeoutMillis, TimeUnit.MILLISECONDS);
        try (CloseableHttpClient client = fetcher.client(checked, timeoutMillis);
             ClassicHttpResponse response = client.executeOpen(null, request, null)) {
            if (response.getEntity() != null) {
                try (InputStream in = response.getEntity().getContent()) {
                    in.readNBytes(64 * 1024); // read a little so the connection closes cleanly; never kept
                }
            }
            return new Answer(response.getCode());
        } finally {
            abort.cancel(false);
        }
    }
}
