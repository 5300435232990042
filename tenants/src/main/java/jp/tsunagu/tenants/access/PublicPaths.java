package jp.tsunagu.tenants.access;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The paths, relative to the REST application, that need no token ({@code v1/public}, health, ...). A prefix
 * matches whole segments. A path with percent-escapes, backslashes, matrix parameters or dot segments is never
 * public: the router might read it differently than this check, so such a request must carry a token instead.
 */
public final class PublicPaths {

    private final List<List<String>> prefixes;

    public PublicPaths(List<String> prefixes) {
        this.prefixes = prefixes.stream().map(String::strip).filter(p -> !p.isEmpty()).map(PublicPaths::segments).toList();
        if (this.prefixes.stream().anyMatch(List::isEmpty)) {
            throw new IllegalArgumentException("a public path prefix names at least one segment");
        }
    }

    /** @param rawPath the request path relative to the application, not decoded */
    public boolean matches(String rawPath) {
        Objects.requireNonNull(rawPath, "rawPath");
        if (rawPath.contains("%") || rawPath.contains("\\") || rawPath.contains(";")) {
            return false;
        }
        List<String> path = segments(rawPath);
        if (path.stream().anyMatch(segment -> segment.isEmpty() || segment.equals(".") || segment.equals(".."))) {
            return false;
        }
        return prefixes.stream().anyMatch(prefix -> path.size() >= prefix.size()
                && path.subList(0, prefix.size()).equals(prefix));
    }

    private static List<String> segments(String path) {
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        trimmed = trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
        return trimmed.isEmpty() ? List.of() : Arrays.asList(trimmed.split("/", -1));
    }
}
