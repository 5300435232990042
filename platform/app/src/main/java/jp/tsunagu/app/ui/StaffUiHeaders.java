package jp.tsunagu.app.ui;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import jp.tsunagu.tenants.access.RealmIssuers;

/**
 * Security headers of the staff UI's files: scripts, styles and requests only from the application itself, plus
 * Keycloak's token endpoint (the code exchange and the refresh); the pages may not be framed, and they are revalidated
 * on every load so that a new version of the UI is never mixed with an old one.
 */
@WebFilter("/ui/*")
public class StaffUiHeaders extends HttpFilter {

    @Inject
    RealmIssuers realms;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; "
                + "img-src 'self' data:; connect-src 'self' " + realms.publicBase() + "; form-action 'self'; "
                + "frame-ancestors 'none'; base-uri 'none'; object-src 'none'");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Cache-Control", "no-cache");
        chain.doFilter(request, response);
    }
}
