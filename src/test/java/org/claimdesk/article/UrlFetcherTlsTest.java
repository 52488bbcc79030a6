package org.claimdesk.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.FileInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import org.claimdesk.base.InvalidInputException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * HTTPS to a pinned address: the fetch connects to the checked IP (loopback here) but speaks TLS to the
 * name in the URL, so SNI carries the name and the certificate must be issued for it.
 */
class UrlFetcherTlsTest {

    static final char[] PASSWORD = "changeit".toCharArray();
    static HttpsServer server;
    static SSLContext trusting;

    @BeforeAll
    static void httpsServerForNewsTest(@TempDir Path dir) throws Exception {
        Path keystore = dir.resolve("news-test.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "news", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=news.test",
                "-ext", "SAN=dns:news.test", "-validity", "2", "-storetype", "PKCS12", "-keystore", keystore.toString(),
                "-storepass", new String(PASSWORD), "-keypass", new String(PASSWORD)).redirectErrorStream(true).start();
        assertThat(keytool.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(keytool.exitValue()).as(new String(keytool.getInputStream().readAllBytes())).isZero();
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = new FileInputStream(keystore.toFile())) {
            store.load(in, PASSWORD);
        }
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(store, PASSWORD);
        SSLContext serverTls = SSLContext.getInstance("TLS");
        serverTls.init(keys.getKeyManagers(), null, null);
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(store);
        trusting = SSLContext.getInstance("TLS");
        trusting.init(null, trust.getTrustManagers(), null);

        server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(serverTls) {
            @Override
            public void configure(HttpsParameters params) {
                var ssl = getSSLContext().getDefaultSSLParameters();
                ssl.setSNIMatchers(List.of(SNIHostName.createSNIMatcher("news\\.test"))); // any other name fails
                params.setSSLParameters(ssl);
            }
        });
        server.createContext("/", exchange -> {
            byte[] body = "<p>Over TLS.</p>".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        Files.deleteIfExists(keystore);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    UrlFetcher fetcher(String allowed) {
        return new UrlFetcher(new ImportLimits(1024, 5 * 1024, 2000, 2000, List.of(allowed)),
                host -> new InetAddress[] {InetAddress.getLoopbackAddress()}, trusting);
    }

    @Test
    void https_to_the_pinned_address_sends_the_name_as_sni_and_accepts_its_certificate() {
        UrlFetcher.Page page = fetcher("news.test").fetch("https://news.test:" + server.getAddress().getPort() + "/");

        assertThat(new String(page.body(), StandardCharsets.UTF_8)).isEqualTo("<p>Over TLS.</p>");
    }

    @Test
    void a_certificate_for_another_name_is_refused_although_the_address_is_the_same() {
        assertThatThrownBy(() -> fetcher("other.test").fetch("https://other.test:" + server.getAddress().getPort() + "/"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("could not be reached");
    }
}
