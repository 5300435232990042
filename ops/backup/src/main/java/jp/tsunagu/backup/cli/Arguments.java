package jp.tsunagu.backup.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jp.tsunagu.tenants.reference.InvalidCodeException;
import jp.tsunagu.tenants.reference.PrefectureCode;

/** A command's options: {@code --name value} pairs and bare flags, each allowed at most once. */
final class Arguments {

    private final Map<String, String> values;

    private Arguments(Map<String, String> values) {
        this.values = values;
    }

    /**
     * @param withValue the options that take a value
     * @param flags     the options that stand alone
     */
    static Arguments parse(List<String> args, Set<String> withValue, Set<String> flags) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String name = args.get(i);
            String value;
            if (flags.contains(name)) {
                value = "";
            } else if (withValue.contains(name)) {
                if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
                    throw new UsageException(name + " needs a value");
                }
                value = args.get(++i);
            } else {
                throw new UsageException("unknown option " + (name.startsWith("--") ? name : "(an argument that is not an option)"));
            }
            if (values.put(name, value) != null) {
                throw new UsageException(name + " is given twice");
            }
        }
        return new Arguments(values);
    }

    String required(String name) {
        return optional(name).orElseThrow(() -> new UsageException(name + " is required"));
    }

    Optional<String> optional(String name) {
        return Optional.ofNullable(values.get(name));
    }

    boolean flag(String name) {
        return values.containsKey(name);
    }

    Path path(String name) {
        return Path.of(required(name));
    }

    Optional<PrefectureCode> tenant(String name) {
        return optional(name).map(code -> {
            try {
                return PrefectureCode.of(code);
            } catch (InvalidCodeException e) {
                throw new UsageException(name + ": " + e.getMessage());
            }
        });
    }
}
