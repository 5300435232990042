package jp.tsunagu.provisioning.services;

import java.net.URI;
import java.util.Optional;

import jp.tsunagu.tenants.problem.InvalidRequestException;

/**
 * A portal's webhook address as registered by the prefecture admin: https, or http to the loopback interface only
 * (a portal on the same host, and tests). Residents' references leave through it, so plain http over a network is refused.
 */
final class WebhookAddress {

    private WebhookAddress() {
    }

    static Optional<URI> parse(String text, String field) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = URI.create(text.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(field, "webhookUrl is an absolute https URL");
        }
        if (!uri.isAbsolute() || uri.getHost() == null || uri.getUserInfo() != null || text.length() > 500) {
            throw new InvalidRequestException(field, "webhookUrl is an absolute https URL");
        }
        boolean loopback = "127.0.0.1".equals(uri.getHost()) || "localhost".equals(uri.getHost()) || "[::1]".equals(uri.getHost());
        if (!"https".equals(uri.getScheme()) && !("http".equals(uri.getScheme()) && loopback)) {
            throw new InvalidRequestException(field, "webhookUrl is https (plain http only to the loopback interface)");
        }
        return Optional.of(uri);
    }
}
