package jp.tsunagu.stack;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One HTML page of Keycloak's login theme, reduced to what a script needs: which step it asks for, where its form
 * posts, the values its form already carries (hidden fields, checked boxes) and the error it shows. It recognises
 * the step by the names of the form's inputs, which are stable across themes and languages.
 */
record LoginPage(Kind kind, Optional<URI> action, Map<String, String> fields, Optional<String> error, String title) {

    enum Kind {
        USERNAME_AND_PASSWORD, USERNAME, PASSWORD, OTP, TOTP_SETUP, UPDATE_PASSWORD, OTHER
    }

    private static final Pattern FORM = Pattern.compile("<form\\b([^>]*)>(.*?)</form>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern INPUT = Pattern.compile("<input\\b([^>]*)>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTRIBUTE = Pattern.compile("([a-zA-Z_:][-a-zA-Z0-9_:.]*)(?:\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'))?");
    private static final Pattern FEEDBACK = Pattern.compile("class=\"[^\"]*kc-feedback-text[^\"]*\"[^>]*>(.*?)</span>", Pattern.DOTALL);
    private static final Pattern TITLE = Pattern.compile("<title>(.*?)</title>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern TAG = Pattern.compile("<[^>]+>");

    static LoginPage parse(String html, URI pageUri) {
        Optional<String> error = firstMatch(FEEDBACK, html).map(LoginPage::text).filter(s -> !s.isEmpty());
        String title = firstMatch(TITLE, html).map(LoginPage::text).orElse("");
        for (Matcher form = FORM.matcher(html); form.find(); ) {
            Map<String, String> formAttributes = attributes(form.group(1));
            if (!"post".equalsIgnoreCase(formAttributes.getOrDefault("method", ""))) {
                continue;
            }
            List<Map<String, String>> inputs = inputs(form.group(2));
            Kind kind = kindOf(inputs);
            if (kind == Kind.OTHER) {
                continue;
            }
            URI action = pageUri.resolve(formAttributes.getOrDefault("action", pageUri.toString()));
            return new LoginPage(kind, Optional.of(action), carriedValues(inputs), error, title);
        }
        return new LoginPage(Kind.OTHER, Optional.empty(), Map.of(), error, title);
    }

    private static Kind kindOf(List<Map<String, String>> inputs) {
        List<String> names = inputs.stream().map(i -> i.getOrDefault("name", "")).toList();
        if (names.contains("totpSecret")) {
            return Kind.TOTP_SETUP;
        }
        if (names.contains("password-new")) {
            return Kind.UPDATE_PASSWORD;
        }
        if (names.contains("otp")) {
            return Kind.OTP;
        }
        boolean username = names.contains("username");
        boolean password = names.contains("password");
        if (username && password) {
            return Kind.USERNAME_AND_PASSWORD;
        }
        if (username) {
            return Kind.USERNAME;
        }
        if (password) {
            return Kind.PASSWORD;
        }
        return Kind.OTHER;
    }

    /** Hidden fields and checked boxes/radios: what a browser would send without the user typing. */
    private static Map<String, String> carriedValues(List<Map<String, String>> inputs) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Map<String, String> input : inputs) {
            String name = input.get("name");
            if (name == null || name.isEmpty()) {
                continue;
            }
            String type = input.getOrDefault("type", "text").toLowerCase();
            boolean carried = type.equals("hidden")
                    || ((type.equals("checkbox") || type.equals("radio")) && input.containsKey("checked"));
            if (carried && !values.containsKey(name)) {
                values.put(name, input.getOrDefault("value", type.equals("checkbox") ? "on" : ""));
            }
        }
        return values;
    }

    private static List<Map<String, String>> inputs(String formBody) {
        List<Map<String, String>> inputs = new ArrayList<>();
        for (Matcher input = INPUT.matcher(formBody); input.find(); ) {
            inputs.add(attributes(input.group(1)));
        }
        return inputs;
    }

    private static Map<String, String> attributes(String tagBody) {
        Map<String, String> attributes = new LinkedHashMap<>();
        for (Matcher a = ATTRIBUTE.matcher(tagBody); a.find(); ) {
            String value = a.group(2) != null ? a.group(2) : a.group(3) != null ? a.group(3) : "";
            attributes.putIfAbsent(a.group(1).toLowerCase(), unescape(value));
        }
        return attributes;
    }

    private static Optional<String> firstMatch(Pattern pattern, String html) {
        Matcher m = pattern.matcher(html);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static String text(String html) {
        return unescape(TAG.matcher(html).replaceAll(" ")).replaceAll("\\s+", " ").strip();
    }

    static String unescape(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder();
        Matcher m = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);").matcher(s);
        while (m.find()) {
            String entity = m.group(1);
            String replacement = switch (entity) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                default -> new String(Character.toChars(entity.startsWith("#x")
                        ? Integer.parseInt(entity.substring(2), 16)
                        : Integer.parseInt(entity.substring(1))));
            };
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }
}
