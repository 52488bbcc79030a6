package org.claimdesk;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;

import com.sun.net.httpserver.HttpServer;

/** A tiny HTTP server on 127.0.0.1 that serves fixed pages, for URL-import tests, or runs a test's handler. */
public final class LocalWebServer implements AutoCloseable {

    private final HttpServer server;

    public LocalWebServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.start();
    }

    public LocalWebServer serve(String path, int status, String contentType, byte[] body) {
        server.createContext(path, exchange -> {
            if (contentType != null) {
                exchange.getResponseHeaders().add("Content-Type", contentType);
            }
            if (status >= 300 && status < 400) {
                exchange.getResponseHeaders().add("Location", new String(body));
                exchange.sendResponseHeaders(status, -1);
                exchange.close();
                return;
            }
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        return this;
    }

    /** A path answered by the test's own handler, e.g. a receiver that records what it is sent. */
    public LocalWebServer handle(String path, com.sun.net.httpserver.HttpHandler handler) {
        server.createContext(path, handler);
        return this;
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
