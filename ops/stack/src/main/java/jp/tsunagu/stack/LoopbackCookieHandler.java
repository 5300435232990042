package jp.tsunagu.stack;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.CookieHandler;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A cookie jar for talking to Keycloak over plain HTTP on loopback. Keycloak marks its cookies {@code Secure}
 * even on http://127.0.0.1, and Java's cookie manager would then never send them back; on loopback hosts this
 * handler drops that flag before storing. Cookies from any other host are kept as they are.
 */
final class LoopbackCookieHandler extends CookieHandler {

    private static final Pattern SECURE_ATTRIBUTE = Pattern.compile(";\\s*Secure\\s*(?=;|$)", Pattern.CASE_INSENSITIVE);

    private final CookieManager delegate = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

    @Override
    public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) throws IOException {
        return delegate.get(uri, requestHeaders);
    }

    @Override
    public void put(URI uri, Map<String, List<String>> responseHeaders) throws IOException {
        if (!isLoopback(uri)) {
            delegate.put(uri, responseHeaders);
            return;
        }
        Map<String, List<String>> relaxed = new HashMap<>();
        responseHeaders.forEach((name, values) -> {
            boolean setCookie = name != null && (name.equalsIgnoreCase("Set-Cookie") || name.equalsIgnoreCase("Set-Cookie2"));
            relaxed.put(name, setCookie
                    ? values.stream().map(value -> SECURE_ATTRIBUTE.matcher(value).replaceAll("")).toList()
                    : values);
        });
        delegate.put(uri, relaxed);
    }

    static boolean isLoopback(URI uri) {
        String host = uri.getHost();
        return host != null && (host.equals("127.0.0.1") || host.equalsIgnoreCase("localhost")
                || host.equals("[::1]") || host.equals("::1"));
    }
}
