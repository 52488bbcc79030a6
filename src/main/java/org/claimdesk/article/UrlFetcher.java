package org.claimdesk.article;

import java.io.IOException;
import java.io.InputStream;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import org.claimdesk.base.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * Fetches a page to import: http(s) only, timeouts, a size limit, text/html or text/plain only, and no
 * loopback, link-local or private addresses (checked again at every redirect) unless the host is on the
 * configured allow-list. Known limit: a host that changes its DNS answer between our check and the
 * connection (DNS rebinding) is not caught; run ClaimDesk where its network cannot reach internal services.
 */
@Component
class UrlFetcher {

    record Page(URI uri, String contentType, byte[] body) {
        boolean html() {
            return contentType.contains("html");
        }
    }

    private static final int MAX_REDIRECTS = 5;

    private final ImportLimits limits;
    private final HttpClient client;

    UrlFetcher(ImportLimits limits) {
        this.limits = limits;
        this.client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofMillis(limits.connectTimeoutMillis())).build();
    }

    Page fetch(String address) {
        URI uri = parse(address);
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            checkHost(uri);
            HttpResponse<InputStream> response = send(uri);
            int status = response.statusCode();
            Optional<String> location = response.headers().firstValue("Location");
            if (status >= 300 && status < 400 && location.isPresent()) {
                close(response);
                uri = parse(uri.resolve(location.get()).toString());
                continue;
            }
            if (status >= 400) {
                close(response);
                throw new InvalidInputException("The page answered HTTP " + status + "; nothing was imported.");
            }
            String type = response.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
            if (!type.startsWith("text/html") && !type.startsWith("text/plain")
                    && !type.startsWith("application/xhtml+xml")) {
                close(response);
                throw new InvalidInputException("The address serves '" + (type.isEmpty() ? "unknown content" : type)
                        + "', not a web page or plain text.");
            }
            return new Page(uri, type, read(response));
        }
        throw new InvalidInputException("The address redirects more than " + MAX_REDIRECTS + " times.");
    }

    private static URI parse(String address) {
        try {
            URI uri = new URI(address == null ? "" : address.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                throw new InvalidInputException("Enter a web address starting with http:// or https://.");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new InvalidInputException("That is not a valid web address.");
        }
    }

    private void checkHost(URI uri) {
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (limits.allowedHosts().contains(host)) {
            return;
        }
        try {
            for (InetAddress address : InetAddress.getAllByName(host)) {
                if (isInternal(address)) {
                    throw new InvalidInputException("The address points into a private or local network ("
                            + host + "), which ClaimDesk does not fetch from.");
                }
            }
        } catch (UnknownHostException e) {
            throw new InvalidInputException("The host '" + host + "' could not be found.");
        }
    }

    static boolean isInternal(InetAddress a) {
        byte[] b = a.getAddress();
        boolean uniqueLocalV6 = a instanceof Inet6Address && (b[0] & 0xfe) == 0xfc;
        boolean sharedV4 = b.length == 4 && (b[0] & 0xff) == 100 && (b[1] & 0xc0) == 64;
        return a.isLoopbackAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress() || a.isAnyLocalAddress()
                || a.isMulticastAddress() || uniqueLocalV6 || sharedV4;
    }

    private HttpResponse<InputStream> send(URI uri) {
        HttpRequest request = HttpRequest.newBuilder(uri).GET()
                .timeout(Duration.ofMillis(limits.readTimeoutMillis()))
                .header("User-Agent", "ClaimDesk article import")
                .header("Accept", "text/html,application/xhtml+xml,text/plain;q=0.9").build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException e) {
            throw new InvalidInputException("The site did not answer in time; try again later.");
        } catch (IOException e) {
            throw new InvalidInputException("The site could not be reached (" + e.getClass().getSimpleName() + ").");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InvalidInputException("The fetch was interrupted.");
        }
    }

    private byte[] read(HttpResponse<InputStream> response) {
        try (InputStream in = response.body()) {
            byte[] body = in.readNBytes(limits.maxHtmlBytes() + 1);
            if (body.length > limits.maxHtmlBytes()) {
                throw new InvalidInputException("The page is larger than " + limits.maxHtmlBytes() / (1024 * 1024)
                        + " MB; nothing was imported.");
            }
            return body;
        } catch (IOException e) {
            throw new InvalidInputException("The page could not be read to the end; try again.");
        }
    }

    private static void close(HttpResponse<InputStream> response) {
        try {
            response.body().close();
        } catch (IOException ignored) {
            // the connection is discarded either way
        }
    }
}
