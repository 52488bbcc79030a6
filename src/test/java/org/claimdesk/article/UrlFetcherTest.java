package org.claimdesk.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import javax.net.ssl.SSLContext;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import org.claimdesk.base.InvalidInputException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UrlFetcherTest {

    static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

    final UrlFetcher fetcher = new UrlFetcher(new ImportLimits(1024, 5 * 1024, 2000, 2000, List.of()));
    HttpServer server;

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.stop(0);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "10.1.2.3", "172.16.0.9", "192.168.1.1", "169.254.169.254", "0.0.0.0",
            "0.1.2.3", "100.64.0.1", "198.18.0.1", "240.0.0.1", "255.255.255.255", "::1", "::", "fc00::1", "fe80::1",
            "224.0.0.1", "::127.0.0.1", "::ffff:127.0.0.1", "::ffff:10.0.0.1", "64:ff9b::7f00:1", "2002:c0a8:101::1"})
    void loopback_private_link_local_reserved_and_multicast_addresses_are_internal_in_ipv4_and_ipv6(String address)
            throws Exception {
        assertThat(InternalAddresses.isInternal(InetAddress.getByName(address))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"8.8.8.8", "1.1.1.1", "151.101.1.69", "2001:4860:4860::8888", "::ffff:8.8.8.8",
            "64:ff9b::808:808", "2002:808:808::1"})
    void public_addresses_are_not_internal_even_inside_ipv6(String address) throws Exception {
        assertThat(InternalAddresses.isInternal(InetAddress.getByName(address))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8080/admin", "http://localhost/", "http://169.254.169.254/latest/meta-data",
            "http://[::1]/", "http://[::127.0.0.1]/", "http://[::ffff:127.0.0.1]/", "http://[64:ff9b::7f00:1]/",
            "http://0.0.0.0/", "http://[::]/"})
    void a_local_address_is_refused_unless_allow_listed(String url) {
        assertThatThrownBy(() -> fetcher.fetch(url)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("private or local network");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://2130706433/", "http://0177.0.0.1/", "http://0x7f.0.0.1/", "http://127.1/",
            "http://0x7f000001/", "http://017700000001/"})
    void ipv4_written_as_one_number_in_octal_hex_or_shortened_is_refused(String url) {
        assertThatThrownBy(() -> fetcher.fetch(url)).isInstanceOf(InvalidInputException.class)
                .hasMessageMatching(".*(unusual form|usual form \\(four decimal numbers\\)).*");
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "file:///etc/passwd", "ftp://example.com/x", "data:text/html,hi",
            "not a url", ""})
    void only_http_and_https_addresses_are_accepted(String url) {
        assertThatThrownBy(() -> fetcher.fetch(url)).isInstanceOf(InvalidInputException.class)
                .hasMessageMatching(".*(http:// or https://|not a valid web address).*");
    }

    @Test
    void an_allow_listed_loopback_host_is_fetched() throws Exception {
        serve(exchange -> respond(exchange, "<p>Crime fell 20%.</p>"));
        UrlFetcher allowing = new UrlFetcher(new ImportLimits(1024, 5 * 1024, 2000, 2000, List.of("127.0.0.1")));

        UrlFetcher.Page page = allowing.fetch("http://127.0.0.1:" + port() + "/story");

        assertThat(new String(page.body(), StandardCharsets.UTF_8)).isEqualTo("<p>Crime fell 20%.</p>");
        assertThat(page.html()).isTrue();
    }

    @Test
    void the_fetch_connects_to_the_address_it_checked_resolving_once_and_keeps_the_name_as_host() throws Exception {
        AtomicReference<String> hostHeader = new AtomicReference<>();
        serve(exchange -> {
            hostHeader.set(exchange.getRequestHeaders().getFirst("Host"));
            respond(exchange, "<p>Hello</p>");
        });
        AtomicInteger lookups = new AtomicInteger();
        UrlFetcher pinned = new UrlFetcher(new ImportLimits(1024, 5 * 1024, 2000, 2000, List.of("news.test")),
                host -> {
                    lookups.incrementAndGet();
                    return resolveNewsTest(host);
                }, SSLContext.getDefault());

        pinned.fetch("http://news.test:" + port() + "/story");

        assertThat(lookups).hasValue(1);
        assertThat(hostHeader).hasValue("news.test:" + port());
    }

    @Test
    void what_the_resolver_answers_is_what_is_checked_so_a_name_for_a_local_address_is_refused() throws Exception {
        UrlFetcher strict = new UrlFetcher(new ImportLimits(1024, 5 * 1024, 2000, 2000, List.of()),
                UrlFetcherTest::resolveNewsTest, SSLContext.getDefault());

        assertThatThrownBy(() -> strict.fetch("http://news.test/story")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("private or local network");
    }

    @Test
    void a_redirect_to_a_local_address_is_checked_again_and_refused() throws Exception {
        serve(exchange -> {
            exchange.getResponseHeaders().add("Location", "http://127.0.0.1:" + port() + "/admin");
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        UrlFetcher allowingName = new UrlFetcher(new ImportLimits(1024, 5 * 1024, 2000, 2000, List.of("news.test")),
                UrlFetcherTest::resolveNewsTest, SSLContext.getDefault());

        assertThatThrownBy(() -> allowingName.fetch("http://news.test:" + port() + "/story"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("private or local network");
    }

    @Test
    void a_server_that_sends_headers_then_trickles_bytes_is_cut_off_at_the_deadline_for_the_whole_response()
            throws Exception {
        serve(exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 0; i < 100; i++) { // one byte every 200 ms: each read is quick, the whole is not
                    out.write('a');
                    out.flush();
                    Thread.sleep(200);
                }
            } catch (IOException | InterruptedException gone) {
                // the client hung up: what the deadline is for
            }
        });
        UrlFetcher deadline = new UrlFetcher(new ImportLimits(1024, 1024 * 1024, 1000, 1000, List.of("127.0.0.1")));
        long start = System.nanoTime();

        assertThatThrownBy(() -> deadline.fetch("http://127.0.0.1:" + port() + "/slow"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("did not send the whole page within 1.0 seconds");
        assertThat((System.nanoTime() - start) / 1_000_000).isBetween(900L, 2500L);
    }

    static InetAddress[] resolveNewsTest(String host) throws UnknownHostException {
        return host.equals("news.test") ? new InetAddress[] {LOOPBACK} : InetAddress.getAllByName(host);
    }

    void serve(HttpHandler handler) throws IOException {
        server = HttpServer.create(new InetSocketAddress(LOOPBACK, 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", handler);
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    static void respond(HttpExchange exchange, String html) throws IOException {
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
