package org.claimdesk.article;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLContext;

import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.ssl.SSLContexts;
import org.apache.hc.core5.util.Timeout;
import org.claimdesk.base.InvalidInputException;
import org.claimdesk.base.Label;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Fetches a page to import: http(s) only, a size limit, text/html or text/plain only, and no loopback,
 * link-local, private or reserved address ({@link InternalAddresses}), unless the host is on the allow-list.
 * <p>
 * Each hop (redirects included) resolves the host once, checks every address, and connects to exactly those
 * addresses: Apache HttpClient's {@link DnsResolver} hook answers with the checked addresses, while the URL
 * keeps the host name, so the Host header, TLS SNI and certificate check still use the name. A DNS answer
 * that changes after the check (rebinding) is never asked for. (The JDK's HttpClient has no such hook.)
 * <p>
 * The read timeout is a deadline for the whole response, headers and body: a server that trickles bytes is
 * cut off when it passes, by aborting the connection.
 */
@Component
class UrlFetcher {

    record Page(URI uri, String contentType, byte[] body) {
        boolean html() {
            return contentType.contains("html");
        }
    }

    /** Resolves a host name to addresses; the system's DNS, or a fixed table in tests. */
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private static final int MAX_REDIRECTS = 5;
    static final ScheduledExecutorService DEADLINES = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "url-fetch-deadline");
        thread.setDaemon(true);
        return thread;
    });

    private final ImportLimits limits;
    private final Resolver resolver;
    private final SSLContext tls;

    @Autowired
    UrlFetcher(ImportLimits limits) {
        this(limits, InetAddress::getAllByName, SSLContexts.createDefault());
    }

    /** With a fixed resolver and trust store: for tests against loopback servers that pose as named hosts. */
    UrlFetcher(ImportLimits limits, Resolver resolver, SSLContext tls) {
        this.limits = limits;
        this.resolver = resolver;
        this.tls = tls;
    }

    Page fetch(String address) {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(limits.readTimeoutMillis());
        URI uri = parse(address);
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            InetAddress[] checked = checkedAddresses(uri);
            HttpGet request = new HttpGet(uri);
            request.setHeader("User-Agent", "ClaimDesk article import");
            request.setHeader("Accept", "text/html,application/xhtml+xml,text/plain;q=0.9");
            long left = Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()));
            ScheduledFuture<?> abort = DEADLINES.schedule(request::cancel, left, TimeUnit.MILLISECONDS);
            try (CloseableHttpClient client = client(checked, left);
                 ClassicHttpResponse response = client.executeOpen(null, request, null)) {
                int status = response.getCode();
                Header location = response.getFirstHeader("Location");
                if (status >= 300 && status < 400 && location != null) {
                    uri = parse(uri.resolve(location.getValue()).toString());
                    continue;
                }
                return page(uri, status, response);
            } catch (IOException | RuntimeException e) {
                if (e instanceof InvalidInputException invalid) {
                    throw invalid;
                }
                throw System.nanoTime() - deadline >= 0 || request.isCancelled()
                        ? new InvalidInputException("error.fetch.timeout",
                                limits.readTimeoutMillis() / 1000.0)
                        : new InvalidInputException("error.fetch.unreachable",
                                e.getClass().getSimpleName());
            } finally {
                abort.cancel(false);
            }
        }
        throw new InvalidInputException("error.fetch.redirects", MAX_REDIRECTS);
    }

    private Page page(URI uri, int status, ClassicHttpResponse response) throws IOException {
        if (status >= 400) {
            throw new InvalidInputException("error.fetch.http-status", status);
        }
        Header header = response.getFirstHeader("Content-Type");
        String type = header == null ? "" : header.getValue().toLowerCase(Locale.ROOT);
        if (!type.startsWith("text/html") && !type.startsWith("text/plain") && !type.startsWith("application/xhtml+xml")) {
            throw new InvalidInputException("error.fetch.content-type",
                    type.isEmpty() ? new Label("error.fetch.unknown-content") : type);
        }
        if (response.getEntity() == null) {
            return new Page(uri, type, new byte[0]);
        }
        try (InputStream in = response.getEntity().getContent()) {
            byte[] body = in.readNBytes(limits.maxHtmlBytes() + 1);
            if (body.length > limits.maxHtmlBytes()) {
                throw new InvalidInputException("error.fetch.too-large",
                        limits.maxHtmlBytes() / (1024 * 1024));
            }
            return new Page(uri, type, body);
        }
    }

    /** One client per hop, whose only "DNS" is the addresses already checked: it cannot connect elsewhere. */
    CloseableHttpClient client(InetAddress[] checked, long timeoutMillis) {
        DnsResolver pinned = new DnsResolver() {
            @Override
            public InetAddress[] resolve(String host) {
                return checked.clone();
            }

            @Override
            public String resolveCanonicalHostname(String host) {
                return host;
            }
        };
        Timeout whole = Timeout.ofMilliseconds(timeoutMillis);
        return HttpClients.custom().disableRedirectHandling().disableAutomaticRetries().disableCookieManagement()
                .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(whole).build())
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create().setDnsResolver(pinned)
                        .setTlsSocketStrategy(new DefaultClientTlsStrategy(tls))
                        .setDefaultConnectionConfig(ConnectionConfig.custom().setSocketTimeout(whole)
                                .setConnectTimeout(Timeout.ofMilliseconds(Math.min(timeoutMillis,
                                        limits.connectTimeoutMillis()))).build()).build())
                .build();
    }

    static URI parse(String address) {
        try {
            URI uri = new URI(address == null ? "" : address.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                throw new InvalidInputException("error.fetch.web-only");
            }
            if (uri.getHost() == null) { // java.net.URI finds no host in 127.1 or 0x7f.0.0.1, say
                throw new InvalidInputException("error.fetch.no-host", uri.getRawAuthority());
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new InvalidInputException("error.fetch.invalid-url");
        }
    }

    /** Resolves once; every address must be public unless the host is allow-listed. */
    InetAddress[] checkedAddresses(URI uri) {
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        boolean allowed = limits.allowedHosts().stream().anyMatch(h -> h.strip().equalsIgnoreCase(host));
        if (!allowed && InternalAddresses.unusualIpv4(host)) {
            throw new InvalidInputException("error.fetch.unusual-ipv4", host);
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
        } catch (UnknownHostException e) {
            throw new InvalidInputException("error.fetch.unknown-host", host);
        }
        if (addresses.length == 0) {
            throw new InvalidInputException("error.fetch.unknown-host", host);
        }
        if (!allowed && Arrays.stream(addresses).anyMatch(InternalAddresses::isInternal)) {
            throw new InvalidInputException("error.fetch.internal", host);
        }
        return addresses;
    }
}
