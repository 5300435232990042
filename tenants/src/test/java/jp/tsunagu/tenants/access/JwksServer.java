package jp.tsunagu.tenants.access;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/** Serves Keycloak-shaped JWK set endpoints on loopback, counting fetches per realm. */
final class JwksServer implements AutoCloseable {

    private static final String PREFIX = "/realms/";
    private static final String SUFFIX = "/protocol/openid-connect/certs";

    private final HttpServer server;
    private final Map<String, JWKSet> published = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> fetches = new ConcurrentHashMap<>();
    private final Set<String> failing = ConcurrentHashMap.newKeySet();

    private JwksServer(HttpServer server) {
        this.server = server;
    }

    static JwksServer start() throws IOException {
        HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        JwksServer jwks = new JwksServer(http);
        http.createContext(PREFIX, jwks::serve);
        http.start();
        return jwks;
    }

    URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Publishes the public parts of these keys as the realm's whole key set. */
    void publish(String realm, JWK... keys) {
        published.put(realm, new JWKSet(List.of(keys)).toPublicJWKSet());
    }

    void failFor(String realm) {
        failing.add(realm);
    }

    int fetches(String realm) {
        return fetches.computeIfAbsent(realm, r -> new AtomicInteger()).get();
    }

    private void serve(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String realm = path.endsWith(SUFFIX) ? path.substring(PREFIX.length(), path.length() - SUFFIX.length()) : "";
        fetches.computeIfAbsent(realm, r -> new AtomicInteger()).incrementAndGet();
        JWKSet keys = published.get(realm);
        if (keys == null || failing.contains(realm)) {
            exchange.sendResponseHeaders(failing.contains(realm) ? 503 : 404, -1);
            exchange.close();
            return;
        }
        byte[] body = keys.toString().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
